using System.Text;
using DocSchema.Bench.Commands;
using DocSchema.Bench.Corpus;
using DocSchema.Schemas;

namespace DocSchema.Bench.Tests;

/// <summary>The synthetic documents are made of the real page's parts, in the sizes the tables claim.</summary>
public class CorpusTests
{
    [Fact]
    public void The_page_parts_join_back_into_the_real_page_byte_for_byte()
    {
        var page = OrientalDailyPage.Real;
        var joined = OrientalDailyPage.Join(page.Caption, page.Body, page.PromotionAndHeading, page.Teasers);

        Assert.Equal(SampleArticle.OrientalDaily.Utf8, Encoding.UTF8.GetBytes(joined));
        Assert.Equal(19 + 1, page.Body.Count); // 19 paragraphs and the subheading
        Assert.Equal(16, page.Teasers.Count);
    }

    [Theory]
    [InlineData("oriental-daily", "samples/articles/oriental-daily-trump-zelensky-call.txt", "oriental-daily")]
    [InlineData("abc-news-bilingual", "samples/articles/abc-news-bilingual-ceasefire-call.txt", "abc-news-bilingual")]
    [InlineData("teaser-heavy", "teaser-heavy", "oriental-daily")]
    public void The_loop_commands_pages_come_with_the_schema_they_are_parsed_with(string name, string source, string schema)
    {
        var (page, schemaName) = RepeatPage.Named("repeat", name);

        Assert.Equal(source, page.Name);
        Assert.Equal(schema, schemaName);
    }

    [Fact]
    public void An_unknown_loop_page_is_refused_with_the_names_there_are()
    {
        var error = Assert.Throws<BenchUsageException>(() => RepeatPage.Named("json", "bbc"));
        Assert.Equal($"json: no sample page 'bbc' ({RepeatPage.Names})", error.Message);
    }

    [Fact]
    public void Repeating_the_teasers_multiplies_the_related_articles()
    {
        var once = OrientalDailyArticle.Parse(OrientalDailyPage.Real.WithTeasersRepeated(1)).Value!;
        var eight = OrientalDailyArticle.Parse(OrientalDailyPage.Real.WithTeasersRepeated(8)).Value!;

        Assert.Equal(once.Related.Count * 8, eight.Related.Count);
        Assert.Equal(once.Paragraphs.Count, eight.Paragraphs.Count);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(64)]
    [InlineData(1024)]
    public void A_scaled_page_is_within_one_part_of_its_target_and_keeps_the_body_share(int kibibytes)
    {
        var target = kibibytes * 1024L;
        var text = OrientalDailyPage.Real.Scaled(target);
        var bytes = Encoding.UTF8.GetByteCount(text);

        // The largest part (a teaser item) is well under 1 KiB.
        Assert.InRange(bytes, target, target + 1024);
        var article = OrientalDailyArticle.Parse(text).Value!;
        Assert.NotEmpty(article.Related);
        var bodyBytes = article.Paragraphs.Sum(p => Encoding.UTF8.GetByteCount(p.Text.Text));
        Assert.InRange((double)bodyBytes / bytes, 0.25, 0.6);
    }

    [Fact]
    public void A_one_kibibyte_page_still_has_its_dateline_paragraph_and_a_few_teasers()
    {
        var article = OrientalDailyArticle.Parse(OrientalDailyPage.Real.Scaled(1024)).Value!;

        Assert.Single(article.Paragraphs);
        Assert.InRange(article.Related.Count, 1, 3);
        Assert.NotNull(article.Dateline);
    }
}
