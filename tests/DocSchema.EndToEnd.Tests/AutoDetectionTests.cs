using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Generated;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Text;

namespace DocSchema.EndToEnd.Tests;

/// <summary>`--schema auto`: the registry's scores pick each sample's own schema (the gold file's `source`).</summary>
public sealed class AutoDetectionTests
{
    public static TheoryData<string> Samples() => new(SampleFiles.GoldNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Auto_picks_the_schema_the_gold_file_names(string name)
    {
        var best = SchemaInfo.Best(DocSchemaRegistry.All, SampleFiles.ReadArticle(name));
        Assert.Equal(GoldNode.Load(name)["source"].String(), best?.Name);
    }

    [Fact]
    public void Registry_lists_the_shipped_schemas() =>
        Assert.Equal(["abc-news-bilingual", "generic-news", "oriental-daily"], DocSchemaRegistry.All.Select(s => s.Name));

    [Fact]
    public void Generic_news_wins_on_text_no_source_claims() =>
        Assert.Equal("generic-news", SchemaInfo.Best(DocSchemaRegistry.All, "A plain story.\n\nIt has two paragraphs.")?.Name);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parsing_the_source_text_that_was_scored_gives_the_fresh_parse(string name)
    {
        // Scoring keeps the blocks it split with the SourceText, and the parse reads those; the
        // parser must not be able to tell. Every schema scores first, as under --schema auto.
        var text = SampleFiles.ReadArticle(name);
        foreach (var schema in DocSchemaRegistry.All)
        {
            var scored = SourceText.From(text, name);
            foreach (var scorer in DocSchemaRegistry.All) scorer.Score(scored);
            var afterScoring = schema.Parse(scored);
            var fresh = schema.Parse(SourceText.From(text, name));
            Assert.Equal(ArticleJsonWriter.ToJson(fresh.Article!), ArticleJsonWriter.ToJson(afterScoring.Article!));
            Assert.Equal(fresh.Diagnostics, afterScoring.Diagnostics);
        }
    }
}
