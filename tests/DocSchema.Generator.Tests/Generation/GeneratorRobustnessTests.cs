using System.Text;
using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Through Roslyn, on hostile schema files: the generator reports diagnostics and never
/// crashes (CS8785 would hide every schema problem behind "the generator failed"), and what it
/// does generate still compiles.
/// </summary>
public class GeneratorRobustnessTests
{
    private const int Seed = 20_251_122;

    [Fact]
    public void MutatedSchemasNeverCrashTheGenerator()
    {
        foreach (var (index, text) in SchemaMutations.Of(SchemaTexts.WireStory, Seed, 40))
        {
            var run = GeneratorHarness.Run(("/project/schemas/wire.docschema.yaml", text));

            var context = $"seed {Seed}, mutation {index}\n{run.Describe()}\n--- input ---\n{text}\n---";
            Assert.True(run.Exception is null, context);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void MutatedLibrariesNeverCrashTheGenerator()
    {
        const string library = """
            library: chinese
            patterns:
              zh-caption-text:
                pattern: |
                  any+ '(' ('图' ('取自' | '截自'))? [^()]+ ')'   # a caption and its credit
                doc: A caption.
              zh-section: "han{1,4}"
            """;
        const string schema = "schema: a\nimport: [lib.patterns.yaml]\nlayout:\n  - kicker: {match: \"@zh-section\"}\n";

        foreach (var (index, text) in SchemaMutations.Of(library, Seed, 40))
        {
            var run = GeneratorHarness.Run(("/project/a.docschema.yaml", schema), ("/project/lib.patterns.yaml", text));

            var context = $"seed {Seed}, mutation {index}\n{run.Describe()}\n--- input ---\n{text}\n---";
            Assert.True(run.Exception is null, context);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        }
    }

    [Theory]
    // Every pattern uses the one before twice: a schema of 42 lines whose patterns expand to 2^40
    // copies of `p0`. Every walk over references (can it match nothing, the captures it makes, the
    // characters it starts and ends with, whether it spends budget steps before its first
    // character) must visit each named pattern once, not once per path.
    [InlineData("'x'", "@prev @prev", null)]
    [InlineData("'x'", "@prev | @prev", null)]
    [InlineData("{letter: 'x'}", "@prev @prev", null)]
    // The repetition of p40 is reported: it can match nothing, like `'x'?` at its root.
    [InlineData("'x'?", "@prev @prev", "DS0014")]
    // Under a lookahead, which may be settled by its first character (StepSpending).
    [InlineData("'x'", "@prev | @prev", null, "!@last any* '!'")]
    [InlineData("'x'", "@prev @prev", null, "&@last any* '!'")]
    [InlineData("'x'+", "@prev | (@prev 'y')", null, "!@last any* '!'")]
    public void DeepChainsOfDoubleReferencesAreGeneratedFast(string first, string step, string? expected, string match = "(@last)* '!'")
    {
        const int depth = 40;
        var schema = new StringBuilder("schema: chain\npatterns:\n");
        schema.Append("  p0: \"").Append(first).Append("\"\n");
        for (var i = 1; i <= depth; i++)
            schema.Append("  p").Append(i).Append(": \"").Append(step.Replace("@prev", "@p" + (i - 1), StringComparison.Ordinal)).Append("\"\n");
        schema.Append("layout:\n  - kicker: {match: \"").Append(match.Replace("@last", "@p" + depth, StringComparison.Ordinal)).Append("\"}\n  - body: {}\n");

        // A generous limit: the failure guarded against is exponential (2^40 paths, never
        // finishing), so a wide margin misses nothing, and it keeps a test host slowed by parallel
        // test runs from failing a linear walk.
        var run = TimeBound.Run(TimeSpan.FromSeconds(60), () => GeneratorHarness.Run(("/project/chain.docschema.yaml", schema.ToString())), "generating the chain");

        Assert.True(run.Exception is null, run.Describe());
        Assert.Equal(expected is null ? [] : new[] { expected }, run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.NotNull(run.Source("DocSchema.Schemas.ChainArticle.g.cs"));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
