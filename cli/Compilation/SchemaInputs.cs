using System.Reflection;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;

namespace DocSchema.Cli.Compilation;

/// <summary>
/// The files the generator needs for one schema file: the schema and the pattern libraries it
/// imports. An import is read from disk relative to the schema; when it is not there, the
/// libraries shipped in schemas/common (embedded in the CLI) stand in, so a shipped schema copied
/// anywhere still compiles.
/// </summary>
internal static class SchemaInputs
{
    private const string EmbeddedPrefix = "DocSchema.Cli.ShippedLibraries.";

    /// <summary>(path, text) of the schema and of every library it imports, transitively by name.</summary>
    public static IReadOnlyList<(string Path, string Text)> Collect(string schemaPath)
    {
        var fullPath = Path.GetFullPath(schemaPath);
        var text = File.ReadAllText(fullPath);
        var inputs = new List<(string, string)> { (fullPath, text) };
        var parsed = SchemaFileReader.Read(fullPath, text);
        if (parsed.Schema is null) return inputs;
        foreach (var import in parsed.Schema.Imports)
        {
            var resolved = ImportPath.Resolve(fullPath, import.Path);
            if (File.Exists(resolved)) inputs.Add((resolved, File.ReadAllText(resolved)));
            else if (Shipped(import.Path) is { } shipped) inputs.Add((resolved, shipped));
        }
        return inputs;
    }

    /// <summary>The shipped library whose file name matches the end of <paramref name="import"/>, or null.</summary>
    private static string? Shipped(string import)
    {
        var fileName = Path.GetFileName(import.Replace('\\', '/'));
        var assembly = typeof(SchemaInputs).Assembly;
        using var stream = assembly.GetManifestResourceStream(EmbeddedPrefix + fileName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
