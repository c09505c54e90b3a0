using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Nothing in a schema can put code into the generated file: literals full of C# syntax still
/// compile, and the compiled parser matches exactly the characters the schema wrote.
/// </summary>
public class HostileSchemaTests
{
    [Theory]
    // Each is written with the pattern language's own escapes inside a single-quoted YAML scalar
    // (YAML leaves backslashes alone there), so the pattern parser sees them as written.
    [InlineData(@"\u0022);} class X {//", "\");} class X {//")]
    [InlineData(@"*/ \u005C\u005C #region \u0023if", "*/ \\\\ #region #if")]
    [InlineData(@"\u005Cu0041 $@{x} \u0027", "\\u0041 $@{x} '")]
    public void LiteralsFullOfCSharpMatchExactlyWhatTheyDescribe(string patternLiteral, string text)
    {
        var schema = $$"""
            schema: hostile
            layout:
              - marker:
                  match: '{lead: ''{{patternLiteral}}''} any*'
              - body: {}
            """;
        var run = GeneratorHarness.Run(("/project/hostile.docschema.yaml", schema));
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

        using var json = CompiledArticle.ParseToJson(run, "DocSchema.Schemas.HostileArticle", text + " and the rest\n\nA paragraph.");
        Assert.Equal(text, json.RootElement.GetProperty("marker").GetProperty("lead").GetString());
        Assert.Equal("A paragraph.", json.RootElement.GetProperty("paragraphs")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void LineSeparatorsInLiteralsAndDocsStayInsideTheirStringsAndComments()
    {
        var schema = "schema: hostile\ndoc: \"a\\u2028b\\u2029c\\u0085d */ </summary>\"\nlayout:\n  - marker:\n      match: \"'\\\\u2028' | '\\\\u0085' | '*/'\"\n      doc: \"x\\u2028// y\"\n";
        var run = GeneratorHarness.Run(("/project/hostile.docschema.yaml", schema));
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var source = run.Source("DocSchema.Schemas.HostileArticle.g.cs")!.Text;
        Assert.DoesNotContain('\u2028', source);
        Assert.DoesNotContain('\u2029', source);
        Assert.DoesNotContain('\u0085', source);
    }
}
