using System.Text.Json.Nodes;
using DocSchema.EndToEnd.Tests.Support;

namespace DocSchema.EndToEnd.Tests;

/// <summary>docs/docschema.schema.json: every shipped schema and library validates, and it catches mistakes editors should flag.</summary>
public sealed class EditorSchemaTests
{
    private static readonly string SchemasFolder = Path.Combine(AppContext.BaseDirectory, "Schemas");
    private static readonly JsonSchemaValidator Validator =
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docschema.schema.json")))!.AsObject());

    public static TheoryData<string> ShippedFiles() =>
        new(Directory.EnumerateFiles(SchemasFolder, "*.yaml", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(SchemasFolder, p)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Shipped_file_validates(string file)
    {
        var errors = Validator.Validate(YamlToJson.Convert(File.ReadAllText(Path.Combine(SchemasFolder, file))));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Shipped_file_points_editors_at_the_schema(string file)
    {
        var first = File.ReadLines(Path.Combine(SchemasFolder, file)).First();
        Assert.StartsWith("# yaml-language-server: $schema=", first);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine("/repo/schemas", file))!, first["# yaml-language-server: $schema=".Length..]));
        Assert.Equal("/repo/docs/docschema.schema.json", target);
    }

    [Theory]
    [InlineData("schema: x\nlayuot: [body]\n", "unknown property 'layuot'")]
    [InlineData("schema: X\nlayout: [body]\n", "does not match")]
    [InlineData("schema: x\n", "missing required 'layout'")]
    [InlineData("schema: x\nblocks: paragraph\nlayout: [body]\n", "is not one of")]
    [InlineData("schema: x\nlayout:\n  - caption: {count: \"?\"}\n", "oneOf")]
    [InlineData("schema: x\nlayout:\n  - body: {datelin: \"@zh-dateline\"}\n", "oneOf")]
    public void Mistakes_are_flagged(string yaml, string expected)
    {
        var errors = Validator.Validate(YamlToJson.Convert(yaml));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
