using DocSchema.Bench.Baselines;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Json;
using DocSchema.Schemas;

namespace DocSchema.Bench.Tests;

/// <summary>
/// Baseline R must write exactly the JSON the generated parser writes for the same text — same
/// members, same values, same order — or the throughput comparison would compare different work.
/// </summary>
public class RegexBaselineEquivalenceTests
{
    [Fact]
    public void Oriental_daily_regex_baseline_writes_the_generated_parsers_json()
    {
        var page = SampleArticle.OrientalDaily;
        var generated = ArticleJsonWriter.ToJson(OrientalDailyArticle.Parse(page.Text, page.Name).Value!);
        var regex = RegexArticleJsonWriter.ToJson(OrientalDailyRegexParser.Parse(page.Text, page.Name));

        AssertSameJson(generated, regex);
        // Guard against two empty outputs agreeing: the page has a subheading before paragraph 11 and a credited caption.
        Assert.Contains("\"beforeParagraph\": 11", generated);
        Assert.Contains("法新社档案照", generated);
    }

    [Fact]
    public void Abc_bilingual_regex_baseline_writes_the_generated_parsers_json()
    {
        var page = SampleArticle.AbcNewsBilingual;
        var generated = ArticleJsonWriter.ToJson(AbcNewsBilingualArticle.Parse(page.Text, page.Name).Value!);
        var regex = RegexArticleJsonWriter.ToJson(AbcNewsBilingualRegexParser.Parse(page.Text, page.Name));

        AssertSameJson(generated, regex);
        Assert.Contains("\"language\": \"mixed\"", generated);
        Assert.Contains("\"fromCount\": 1", generated);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Oriental_daily_regex_baseline_agrees_on_the_teaser_heavy_page(int repeats)
    {
        var text = OrientalDailyPage.Real.WithTeasersRepeated(repeats);
        var generated = ArticleJsonWriter.ToJson(OrientalDailyArticle.Parse(text, "teasers").Value!);
        var regex = RegexArticleJsonWriter.ToJson(OrientalDailyRegexParser.Parse(text, "teasers"));

        AssertSameJson(generated, regex);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(64)]
    public void Oriental_daily_regex_baseline_agrees_on_scaled_pages(int kibibytes)
    {
        var text = OrientalDailyPage.Real.Scaled(kibibytes * 1024);
        var generated = ArticleJsonWriter.ToJson(OrientalDailyArticle.Parse(text, "scaled").Value!);
        var regex = RegexArticleJsonWriter.ToJson(OrientalDailyRegexParser.Parse(text, "scaled"));

        AssertSameJson(generated, regex);
    }

    private static void AssertSameJson(string generated, string regex) => SameJson.Assert(generated, regex, "regex");
}
