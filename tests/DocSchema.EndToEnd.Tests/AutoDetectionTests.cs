using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Generated;
using DocSchema.Runtime.Registry;

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
}
