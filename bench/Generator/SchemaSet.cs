using System.Text.RegularExpressions;
using DocSchema.Bench.Corpus;

namespace DocSchema.Bench.Generator;

/// <summary>
/// The schema files a generator run is given: the shipped schemas with their pattern libraries,
/// or <c>n</c> copies of the shipped schemas (cycling through them) under distinct
/// <c>schema:</c> and <c>type:</c> names, as a project with many sources would have.
/// </summary>
public static partial class SchemaSet
{
    private static readonly string[] s_shippedSchemas =
        ["oriental-daily", "abc-news-bilingual", "generic-news"];

    private static readonly string[] s_libraries =
        ["common/chinese-news.patterns.yaml", "common/english-news.patterns.yaml"];

    /// <summary>The shipped schemas and libraries, read from schemas/ at their real paths.</summary>
    public static IReadOnlyList<InMemorySchemaFile> Shipped() =>
        [.. s_shippedSchemas.Select(name => Read(name + ".docschema.yaml")), .. Libraries()];

    /// <summary><paramref name="count"/> renamed copies of the shipped schemas, and the libraries.</summary>
    public static IReadOnlyList<InMemorySchemaFile> Copies(int count)
    {
        var originals = s_shippedSchemas.Select(name => Read(name + ".docschema.yaml")).ToArray();
        var files = new List<InMemorySchemaFile>(count + s_libraries.Length);
        for (var i = 1; i <= count; i++)
        {
            var original = originals[(i - 1) % originals.Length];
            var name = s_shippedSchemas[(i - 1) % originals.Length] + "-copy" + i;
            var text = SchemaLine().Replace(original.Text, "schema: " + name, 1);
            text = TypeLine().Replace(text, m => m.Value + "Copy" + i, 1);
            // Copies sit next to the originals so that their imports resolve to the same libraries.
            files.Add(new InMemorySchemaFile(Path.Combine(Path.GetDirectoryName(original.Path)!, name + ".docschema.yaml"), text));
        }
        files.AddRange(Libraries());
        return files;
    }

    /// <summary><paramref name="file"/> with its <c>doc:</c> text edited: a change that reaches the generated code.</summary>
    public static InMemorySchemaFile Edited(InMemorySchemaFile file)
    {
        var text = DocStart().Replace(file.Text, m => m.Value + "Edited. ", 1);
        if (text == file.Text) throw new InvalidOperationException($"{file.Path} has no `doc: >-` block to edit");
        return new InMemorySchemaFile(file.Path, text);
    }

    private static IEnumerable<InMemorySchemaFile> Libraries() => s_libraries.Select(Read);

    private static InMemorySchemaFile Read(string relativePath)
    {
        var path = RepositoryFiles.PathOf("schemas/" + relativePath);
        return new InMemorySchemaFile(path, File.ReadAllText(path));
    }

    [GeneratedRegex("^schema: .*$", RegexOptions.Multiline)]
    private static partial Regex SchemaLine();

    [GeneratedRegex("^type: [A-Za-z]+", RegexOptions.Multiline)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^doc: >-\r?\n  ", RegexOptions.Multiline)]
    private static partial Regex DocStart();
}
