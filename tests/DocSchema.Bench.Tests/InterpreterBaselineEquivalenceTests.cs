using DocSchema.Bench.Baselines;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Text;
using DocSchema.Schemas;

namespace DocSchema.Bench.Tests;

/// <summary>
/// Baseline S, the Sprache interpreter the throughput tables time, must write exactly the JSON the
/// generated parser writes on the same inputs, or the comparison would compare different work.
/// </summary>
public class InterpreterBaselineEquivalenceTests
{
    [Fact]
    public void Oriental_daily_interpreted_writes_the_generated_parsers_json()
    {
        var page = SampleArticle.OrientalDaily;
        var generated = ArticleJsonWriter.ToJson(OrientalDailyArticle.Parse(page.Text, page.Name).Value!);

        SameJson.Assert(generated, Interpret("oriental-daily", page.Text, page.Name), "sprache");
        Assert.Contains("法新社档案照", generated);
    }

    [Fact]
    public void Abc_bilingual_interpreted_writes_the_generated_parsers_json()
    {
        var page = SampleArticle.AbcNewsBilingual;
        var generated = ArticleJsonWriter.ToJson(AbcNewsBilingualArticle.Parse(page.Text, page.Name).Value!);

        SameJson.Assert(generated, Interpret("abc-news-bilingual", page.Text, page.Name), "sprache");
        Assert.Contains("\"fromCount\": 1", generated);
    }

    [Fact]
    public void Oriental_daily_interpreted_agrees_on_the_teaser_heavy_page()
    {
        var text = OrientalDailyPage.Real.WithTeasersRepeated(8);
        var generated = ArticleJsonWriter.ToJson(OrientalDailyArticle.Parse(text, "teasers").Value!);

        SameJson.Assert(generated, Interpret("oriental-daily", text, "teasers"), "sprache");
    }

    private static string Interpret(string schema, string text, string name) =>
        ArticleJsonWriter.ToJson(InterpretedSchemas.Get(schema).Parse(SourceText.From(text, name)).Value!);
}
