using DocSchema.Generator.Model;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;

namespace DocSchema.Interpreter;

/// <summary>Reads schema files for interpretation, with the generator's own reader and resolver (so both see the same model).</summary>
public static class SchemaInterpreter
{
    /// <summary>
    /// Every schema among <paramref name="files"/> (path, text), with the pattern libraries among them.
    /// Throws <see cref="InvalidDataException"/> listing the diagnostics when a schema has errors.
    /// </summary>
    public static IReadOnlyList<InterpretedSchema> Load(IEnumerable<(string Path, string Text)> files)
    {
        var parsed = files.Select(f => SchemaFileReader.Read(f.Path, f.Text)).ToList();
        var libraries = parsed.Where(p => p.Library is not null).Select(p => p.Library!).ToList();
        var schemas = new List<InterpretedSchema>();
        foreach (var file in parsed.Where(p => SchemaFileReader.IsSchemaPath(p.Path)))
        {
            var unit = SchemaResolver.Resolve(file, libraries);
            if (unit.Schema is null)
                throw new InvalidDataException(string.Join(Environment.NewLine, unit.Diagnostics.Select(d => d.ToString())));
            schemas.Add(new InterpretedSchema(unit.Schema));
        }
        return schemas;
    }

    /// <summary>Every schema and library below <paramref name="directory"/>.</summary>
    public static IReadOnlyList<InterpretedSchema> LoadDirectory(string directory) =>
        Load(Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path))));
}
