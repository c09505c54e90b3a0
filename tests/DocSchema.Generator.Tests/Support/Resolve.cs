using DocSchema.Generator.Model;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Tests.Support;

/// <summary>Reads a schema (and libraries) from text and resolves it, as the generator's pipeline does.</summary>
internal static class Resolve
{
    public const string SchemaPath = "schemas/test.docschema.yaml";

    /// <summary>Resolves <paramref name="schemaText"/>, which must read without diagnostics, against the given libraries.</summary>
    public static SchemaUnit Schema(string schemaText, params (string Path, string Text)[] libraries) =>
        SchemaAt(SchemaPath, schemaText, libraries);

    public static SchemaUnit SchemaAt(string schemaPath, string schemaText, params (string Path, string Text)[] libraries)
    {
        var models = new List<LibraryModel>();
        foreach (var (path, text) in libraries)
        {
            var library = SchemaFileReader.Read(path, text);
            DiagnosticAssert.None(library.Diagnostics);
            models.Add(library.Library!);
        }
        var file = SchemaFileReader.Read(schemaPath, schemaText);
        // Reading problems are the reader's tests' business: here the schema must read cleanly.
        DiagnosticAssert.None(file.Diagnostics);
        return SchemaResolver.Resolve(file, models);
    }
}
