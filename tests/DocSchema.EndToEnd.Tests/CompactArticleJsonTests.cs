using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Json;
using DocSchema.Schemas;

namespace DocSchema.EndToEnd.Tests;

/// <summary>
/// Compact article JSON (the CLI's jsonl) is written as bytes by the runtime's compact writer, and a
/// bilingual article's first-section members, which the top level repeats, are written once and
/// copied: the bytes must be those of writing them out with a Utf8JsonWriter.
/// </summary>
public sealed class CompactArticleJsonTests
{
    private const string Bilingual = "abc-news-bilingual-ceasefire-call";
    private const string SingleSection = "oriental-daily-trump-zelensky-call";

    // The section members the top level repeats, in the contract's order (docs/article-json.md).
    private static readonly string[] SectionMembers = ["headline", "dateline", "captions", "subheadings", "paragraphs", "quotes", "speakers"];

    public static TheoryData<string, bool> ArticlesAndEncoders => new()
    {
        { Bilingual, false },
        { Bilingual, true },
        { SingleSection, false },
        { SingleSection, true },
    };

    [Theory]
    [MemberData(nameof(ArticlesAndEncoders))]
    public void Compact_json_is_the_indented_json_without_its_whitespace(string name, bool defaultEncoder)
    {
        var article = Parse(name);
        var compact = Write(article, Options(indented: false, defaultEncoder));
        var indented = Write(article, Options(indented: true, defaultEncoder));

        Assert.Equal(WithoutWhitespace(indented), compact);
    }

    [Fact]
    public void Top_level_members_are_the_first_sections_bytes_and_the_second_section_its_own()
    {
        var article = Parse(Bilingual);
        using var json = JsonDocument.Parse(Write(article, ArticleJsonWriter.Options(indented: false)));
        var root = json.RootElement;
        var sections = root.GetProperty("sections");
        Assert.Equal(2, sections.GetArrayLength());

        foreach (var member in SectionMembers)
            Assert.Equal(root.GetProperty(member).GetRawText(), sections[0].GetProperty(member).GetRawText());
        Assert.Equal(article.Sections[1].Headline?.Text, sections[1].GetProperty("headline").GetString());
        Assert.Equal(article.Sections[1].Paragraphs.Count, sections[1].GetProperty("paragraphs").GetArrayLength());
        Assert.NotEqual(root.GetProperty("paragraphs").GetRawText(), sections[1].GetProperty("paragraphs").GetRawText());
    }

    [Fact]
    public void Articles_written_in_turn_with_different_encoders_on_one_thread_keep_their_own_encoding()
    {
        // The compact writer is kept per thread, and only the article encoder's output is its own: a
        // change of encoder must not carry over.
        var article = Parse(Bilingual);
        var ours = Write(article, Options(indented: false, defaultEncoder: false));
        var escaping = Write(article, Options(indented: false, defaultEncoder: true));

        Assert.NotEqual(ours, escaping);
        Assert.Contains("\\u", escaping);
        Assert.Equal(ours, Write(article, Options(indented: false, defaultEncoder: false)));
        Assert.Equal(escaping, Write(article, Options(indented: false, defaultEncoder: true)));
        Assert.Equal(WithoutWhitespace(Write(article, Options(indented: true, defaultEncoder: true))), escaping);
    }

    [Fact]
    public void An_article_inside_an_array_is_copied_with_the_separators_it_needs()
    {
        // A caller may write compact articles one after another into an array of its own.
        var article = Parse(Bilingual);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options(indented: false)))
        {
            writer.WriteStartArray();
            ArticleJsonWriter.Write(writer, article);
            ArticleJsonWriter.Write(writer, Parse(SingleSection));
            ArticleJsonWriter.Write(writer, article);
            writer.WriteEndArray();
        }

        var single = Write(article, ArticleJsonWriter.Options(indented: false));
        var expected = "[" + single + "," + Write(Parse(SingleSection), ArticleJsonWriter.Options(indented: false)) + "," + single + "]";
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void An_article_as_a_property_value_or_by_a_writer_that_skips_validation_is_the_same_bytes()
    {
        var article = Parse(Bilingual);
        var single = Write(article, ArticleJsonWriter.Options(indented: false));

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("batch", "one");
            writer.WritePropertyName("article");
            ArticleJsonWriter.Write(writer, article);
            writer.WriteEndObject();
        }
        Assert.Equal("{\"batch\":\"one\",\"article\":" + single + "}", Encoding.UTF8.GetString(buffer.ToArray()));

        var unchecked_ = ArticleJsonWriter.Options(indented: false);
        unchecked_.SkipValidation = true;
        Assert.Equal(single, Write(article, unchecked_));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_depth_limit_throws_where_indented_json_throws_and_otherwise_gives_its_bytes(bool insideArray)
    {
        // The compact bytes are not checked against the writer's depth limit: near it the article is
        // written member by member, so that the limit holds as for any article. Without its straight quotes the
        // page's English section (the second) quotes nobody and nests less than the Chinese one,
        // whose members are the ones copied.
        var text = SampleFiles.ReadArticle(Bilingual).Replace("\"", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var article = AbcNewsBilingualArticle.Parse(text, Bilingual + ".txt").Value!;
        Assert.NotEmpty(article.Sections[0].Speakers);
        Assert.Empty(article.Sections[1].Quotes);
        var thrown = 0;
        for (var maxDepth = 1; maxDepth <= 12; maxDepth++)
        {
            var compact = TryWrite(article, Options(indented: false, defaultEncoder: false) with { MaxDepth = maxDepth }, insideArray);
            var indented = TryWrite(article, Options(indented: true, defaultEncoder: false) with { MaxDepth = maxDepth }, insideArray);

            Assert.True((compact is null) == (indented is null), $"max depth {maxDepth}: compact {(compact is null ? "threw" : "wrote")}, indented {(indented is null ? "threw" : "wrote")}");
            if (compact is null) thrown++;
            else Assert.Equal(WithoutWhitespace(indented!), compact);
        }

        // The deepest object is a quote under sections[0]: root, "sections", the section, "speakers",
        // a speaker, "quotes", so it opens at depth 6 (7 in an array) and a limit up to that throws.
        Assert.Equal(insideArray ? 7 : 6, thrown);
    }

    private static string? TryWrite(Article article, JsonWriterOptions options, bool insideArray)
    {
        var buffer = new MemoryStream();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, options);
            if (insideArray) writer.WriteStartArray();
            ArticleJsonWriter.Write(writer, article);
            if (insideArray) writer.WriteEndArray();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Article Parse(string name) => name == Bilingual
        ? AbcNewsBilingualArticle.Parse(SampleFiles.ReadArticle(name), name + ".txt").Value!
        : OrientalDailyArticle.Parse(SampleFiles.ReadArticle(name), name + ".txt").Value!;

    private static JsonWriterOptions Options(bool indented, bool defaultEncoder) => defaultEncoder
        ? new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.Default }
        : ArticleJsonWriter.Options(indented);

    private static string Write(Article article, JsonWriterOptions options)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options)) ArticleJsonWriter.Write(writer, article);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Indented JSON is compact JSON with whitespace between tokens; strings are escaped alike.
    private static string WithoutWhitespace(string json)
    {
        var compact = new StringBuilder(json.Length);
        bool inString = false, escaped = false;
        foreach (var c in json)
        {
            if (inString)
            {
                compact.Append(c);
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
            }
            else if (c is not (' ' or '\n' or '\r' or '\t'))
            {
                compact.Append(c);
                inString = c == '"';
            }
        }
        return compact.ToString();
    }
}
