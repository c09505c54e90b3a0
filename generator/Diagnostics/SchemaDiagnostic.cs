using DocSchema.Generator.Model;

namespace DocSchema.Generator.Diagnostics;

/// <summary>
/// A problem found in a schema, as plain data (id, message, location) so it can travel through
/// the incremental pipeline and compare by value; turned into a Roslyn diagnostic at the end.
/// </summary>
internal sealed record SchemaDiagnostic(string Id, string Message, SourceLocation Location)
{
    public bool IsError => DiagnosticDescriptors.IsError(Id);

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
