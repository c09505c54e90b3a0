using System.Text.Json;
using DocSchema.Bench.Benchmarks;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Json;
using DocSchema.Schemas;

namespace DocSchema.Bench.Tests;

/// <summary>
/// The throughput tables' "reading every text" row must read every value an article holds: its
/// total is checked against the values the article's JSON holds, found by their JSON paths.
/// </summary>
public class ArticleTextsTests
{
    [Fact]
    public void Every_value_of_the_bilingual_page_is_read_once_with_each_of_its_sections()
    {
        var article = AbcNewsBilingualArticle.Parse(SampleArticle.AbcNewsBilingual.Text, SampleArticle.AbcNewsBilingual.Name).Value!;
        using var json = JsonDocument.Parse(ArticleJsonWriter.ToJson(article, indented: false));

        Assert.Equal(2, article.Sections.Count);
        Assert.Equal(ValueLengths(json.RootElement), ArticleTexts.ReadAll(article));
    }

    [Fact]
    public void Every_value_of_the_teaser_list_page_is_read()
    {
        var article = OrientalDailyArticle.Parse(SampleArticle.OrientalDaily.Text, SampleArticle.OrientalDaily.Name).Value!;
        using var json = JsonDocument.Parse(ArticleJsonWriter.ToJson(article, indented: false));

        Assert.NotEmpty(article.Related);
        Assert.NotNull(article.Dateline);
        Assert.Equal(ValueLengths(json.RootElement), ArticleTexts.ReadAll(article));
    }

    // The characters of the values in an article's JSON (docs/article-json.md): the body's, the
    // boilerplate's start, the teasers', and each section's body again. Speakers' quotes repeat
    // the quotes, and the other strings (languages, kinds, names) are no values.
    private static long ValueLengths(JsonElement article)
    {
        long length = BodyLengths(article);
        if (article.TryGetProperty("boilerplate", out var boilerplate) && boilerplate.ValueKind == JsonValueKind.Object)
            length += Length(boilerplate, "start");
        foreach (var related in Items(article, "related"))
            length += Length(related, "caption") + Length(related, "headline") + Length(related, "section") + Length(related, "teaser") + DatelineLength(related);
        foreach (var section in Items(article, "sections")) length += BodyLengths(section);
        return length;
    }

    private static long BodyLengths(JsonElement body)
    {
        long length = Length(body, "headline") + DatelineLength(body);
        foreach (var caption in Items(body, "captions"))
            length += Length(caption, "text") + Length(caption, "credit") + Items(caption, "quotes").Sum(quote => Length(quote, "text"));
        length += Items(body, "subheadings").Sum(subheading => Length(subheading, "text"));
        length += Items(body, "paragraphs").Sum(paragraph => Length(paragraph, "text"));
        length += Items(body, "quotes").Sum(quote => Length(quote, "text"));
        return length;
    }

    private static long DatelineLength(JsonElement owner)
    {
        if (!owner.TryGetProperty("dateline", out var dateline) || dateline.ValueKind != JsonValueKind.Object) return 0;
        return Length(dateline, "raw") + Length(dateline, "agency") + dateline.GetProperty("places").EnumerateArray().Sum(place => (long)place.GetString()!.Length);
    }

    private static IEnumerable<JsonElement> Items(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static long Length(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : 0;
}
