using DocSchema.Cli.Compilation;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Commands;

/// <summary>
/// Turns a <c>--schema</c> value that names one schema — a compiled-in name, or a schema file
/// compiled now by the same generator as the build (cached by content) — into that schema, or
/// says on standard error why it cannot. Shared by every command that takes <c>--schema</c>.
/// </summary>
internal static class SchemaChoice
{
    /// <summary>The schema <paramref name="value"/> names, or null after writing a one-line reason to <paramref name="error"/>.</summary>
    public static SchemaInfo? Resolve(string value, IReadOnlyList<SchemaInfo> schemas, TextWriter error)
    {
        if (SchemaFileLoader.IsSchemaFile(value)) return SchemaFileLoader.Load(value, error);
        var schema = schemas.FirstOrDefault(s => s.Name == value);
        if (schema is null)
            error.WriteLine($"docschema: unknown schema '{value}' (known: {string.Join(", ", schemas.Select(s => s.Name))})");
        return schema;
    }
}
