using DocSchema.Runtime.Articles;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// A schema whose first block is matched by one pattern as an optional marker, then a body: the
/// shape in which the pattern-engine tests compile a pattern and run it against lines.
/// </summary>
internal static class MarkerSchema
{
    /// <summary>
    /// Generates and compiles schema <paramref name="name"/> (type <paramref name="typeName"/>) with
    /// <paramref name="match"/> as its marker's pattern (written in YAML double quotes): the
    /// generated source and a parse of a text with it.
    /// </summary>
    public static (string Source, Func<string, Article> Parse) Compile(string name, string typeName, string match)
    {
        var schema = $$"""
            schema: {{name}}
            layout:
              - marker:
                  count: "?"
                  match: "{{match}}"
              - body: {}
            """;
        var generated = GeneratorHarness.Run(($"/project/{name}.docschema.yaml", schema));
        Assert.True(generated.GeneratorDiagnostics.IsEmpty, generated.Describe());
        Assert.DoesNotContain(generated.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var fullName = "DocSchema.Schemas." + typeName;
        return (generated.Source(fullName + ".g.cs")!.Text, CompiledArticle.ArticleParser(generated, fullName));
    }
}
