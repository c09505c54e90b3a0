using System.Reflection;
using DocSchema.Generator.Tests.Support;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// A schema's <c>contains</c> signals score what a search for each text gives, whether one is
/// searched alone or several are looked for in one pass (<c>DetectLiterals</c>).
/// </summary>
public class ContainsSignalScoreTests
{
    // Texts sharing first characters (東方日報, 東方), one the start of another, one Latin, weights
    // that tell every subset apart by their sum.
    private const string Schema = """
        schema: wire
        detect:
          - {contains: "東方日報", weight: 1}
          - {contains: "東方", weight: 2}
          - {contains: "Reuters", weight: 4}
          - {contains: "日報", weight: -8}
        layout: [body]
        """;

    [Theory]
    [InlineData("", 0)]
    [InlineData("東方日報 Reuters", 1 + 2 + 4 - 8)]
    [InlineData("東方 日報", 2 - 8)]
    [InlineData("東 方日報 東方", 2 - 8)]
    [InlineData("Reuter Reuters 東", 4)]
    [InlineData("东方日报 (Reuters)", 4)]
    public void ScoreIsTheSumOfTheWeightsOfTheTextsFound(string text, int score)
    {
        var run = Run(Schema);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.True(!run.CompilationDiagnostics.Any(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), run.Describe());
        Assert.Contains("s_detectLiterals.FoundIn(text)", run.ArticleSource);

        Assert.Equal(score, CompiledScore(run, "DocSchema.Schemas.WireArticle")(text));
    }

    [Fact]
    public void OneContainsSignalIsAStringSearch()
    {
        var run = Run("schema: wire\ndetect:\n  - {contains: Reuters, weight: 3}\nlayout: [body]\n");
        var source = run.ArticleSource;

        Assert.Contains("text.Contains(\"Reuters\", global::System.StringComparison.Ordinal)", source);
        Assert.DoesNotContain("s_detectLiterals", source);
        Assert.Equal(3, CompiledScore(run, "DocSchema.Schemas.WireArticle")("via Reuters"));
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void UpToSixtyFourContainsSignalsShareOneSearchAndMoreAreSearchedOneByOne(int count, bool shared)
    {
        var signals = string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{contains: \"s{i};\", weight: 1}}\n"));
        var run = Run($"schema: wire\ndetect:\n{signals}layout: [body]\n");
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.Equal(shared, run.ArticleSource.Contains("s_detectLiterals.FoundIn(text)", StringComparison.Ordinal));

        // The first, the last and one between: three signals' weights.
        var score = CompiledScore(run, "DocSchema.Schemas.WireArticle");
        Assert.Equal(3, score($"s0; s{count / 2}; s{count - 1};"));
        Assert.Equal(count, score(string.Concat(Enumerable.Range(0, count).Select(i => $"s{i};"))));
    }

    private static GeneratorRun Run(string schema) => GeneratorHarness.Run(("/project/schemas/wire.docschema.yaml", schema));

    private static Func<string, int> CompiledScore(GeneratorRun run, string typeName)
    {
        var score = CompiledArticle.Load(run).GetType(typeName)!.GetMethod("Score", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
        return text => (int)score.Invoke(null, [text])!;
    }
}
