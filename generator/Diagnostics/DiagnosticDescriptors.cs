using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. The message is built where the problem is found and
/// says how to fix it; the descriptor gives the id, title, severity and a link to the docs.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "DocSchema";
    private const string HelpBase = "docs/diagnostics.md#";

    public const string YamlSyntax = "DS0001";
    public const string UnknownKey = "DS0002";
    public const string PatternSyntax = "DS0003";
    public const string DuplicateName = "DS0004";
    public const string UndefinedPattern = "DS0005";
    public const string MissingKey = "DS0006";
    public const string InvalidValue = "DS0007";
    public const string InvalidName = "DS0008";
    public const string RecursivePattern = "DS0009";
    public const string ImportNotFound = "DS0010";
    public const string CaptureNotAllowed = "DS0011";
    public const string FieldTypeMismatch = "DS0012";
    public const string DuplicateSchema = "DS0013";
    public const string EmptyRepetition = "DS0014";
    public const string AmbiguousImport = "DS0015";
    public const string FileKindMismatch = "DS0016";
    public const string InternalError = "DS0099";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [YamlSyntax] = Error(YamlSyntax, "YAML syntax error"),
        [UnknownKey] = Error(UnknownKey, "Unknown key"),
        [PatternSyntax] = Error(PatternSyntax, "Pattern syntax error"),
        [DuplicateName] = Error(DuplicateName, "Duplicate name"),
        [UndefinedPattern] = Error(UndefinedPattern, "Undefined pattern"),
        [MissingKey] = Error(MissingKey, "Missing required key"),
        [InvalidValue] = Error(InvalidValue, "Invalid value"),
        [InvalidName] = Error(InvalidName, "Invalid name"),
        [RecursivePattern] = Error(RecursivePattern, "Recursive pattern"),
        [ImportNotFound] = Error(ImportNotFound, "Import not found"),
        [CaptureNotAllowed] = Error(CaptureNotAllowed, "Capture not allowed here"),
        [FieldTypeMismatch] = Error(FieldTypeMismatch, "Field type contradicts the pattern"),
        [DuplicateSchema] = Error(DuplicateSchema, "Duplicate schema"),
        [EmptyRepetition] = Create(EmptyRepetition, "Repetition of a pattern that can match nothing", DiagnosticSeverity.Warning),
        [AmbiguousImport] = Error(AmbiguousImport, "Pattern defined by two imports"),
        [FileKindMismatch] = Error(FileKindMismatch, "File named for the other kind"),
        [InternalError] = Error(InternalError, "Internal generator error"),
    };

    /// <summary>The descriptor for <paramref name="id"/>.</summary>
    public static DiagnosticDescriptor Get(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : ById[InternalError];

    /// <summary>True when diagnostics with this id are errors.</summary>
    public static bool IsError(string id) => Get(id).DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>Every descriptor, for documentation and tests.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    private static DiagnosticDescriptor Error(string id, string title) => Create(id, title, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
