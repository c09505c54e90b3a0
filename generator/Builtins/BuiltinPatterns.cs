using System;
using System.IO;
using DocSchema.Generator.Model;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Builtins;

/// <summary>
/// The built-in pattern library, embedded in the generator as YAML (builtins.patterns.yaml) and
/// read once with the same reader as users' libraries, so built-ins are ordinary patterns.
/// </summary>
internal static class BuiltinPatterns
{
    public const string Origin = "built-in";

    private static readonly Lazy<ParsedFile> Parsed = new(Load);

    /// <summary>The built-in library (its diagnostics, which a test keeps empty, are in <see cref="File"/>).</summary>
    public static LibraryModel Library => Parsed.Value.Library ?? new LibraryModel(Origin, "builtins", EquatableArray<NamedPattern>.Empty);

    /// <summary>The parsed file, diagnostics included.</summary>
    public static ParsedFile File => Parsed.Value;

    private static ParsedFile Load()
    {
        using var stream = typeof(BuiltinPatterns).Assembly.GetManifestResourceStream("DocSchema.Generator.Builtins.builtins.patterns.yaml");
        if (stream is null) return new ParsedFile(Origin, null, null, EquatableArray<Diagnostics.SchemaDiagnostic>.Empty);
        using var reader = new StreamReader(stream);
        return SchemaFileReader.Read(Origin, reader.ReadToEnd());
    }
}
