using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Schemas;

namespace DocSchema.EndToEnd.Tests;

/// <summary>The abc-news-bilingual schema on the real bilingual ABC News article, against its gold file.</summary>
public sealed class AbcBilingualGoldTests
{
    private const string Name = "abc-news-bilingual-ceasefire-call";
    private static readonly GoldNode Gold = GoldNode.Load(Name);
    private static readonly Lazy<AbcNewsBilingualArticle> Parsed = new(() =>
        AbcNewsBilingualArticle.Parse(SampleFiles.ReadArticle(Name), "samples/articles/" + Name + ".txt").Value!);

    private static AbcNewsBilingualArticle Article => Parsed.Value;

    [Fact]
    public void Gold_names_this_schema() => Assert.Equal(Gold["source"].String(), Article.SchemaName);

    [Fact]
    public void Article_language_is_mixed() => Assert.Equal(Gold["language"].String(), Article.Language);

    [Fact]
    public void Sections_language_headline_dateline()
    {
        var gold = Gold["sections"].Items();
        Assert.Equal(gold.Count, Article.Sections.Count);
        for (var i = 0; i < gold.Count; i++)
        {
            Assert.Equal(gold[i]["language"].String(), Article.Sections[i].Language);
            Assert.Equal(gold[i]["headline"].String(), Article.Sections[i].Headline?.Text);
            Assert.Equal(gold[i]["dateline"].IsNull, Article.Sections[i].Dateline is null);
        }
    }

    [Fact]
    public void Sections_paragraphs_count_starts_and_language()
    {
        var gold = Gold["sections"].Items();
        for (var i = 0; i < gold.Count; i++)
        {
            var section = Article.Sections[i];
            Assert.Equal(gold[i]["paragraphs"]["count"].Int(), section.Paragraphs.Count);
            var starts = gold[i]["paragraphs"]["starts"].Strings();
            for (var p = 0; p < starts.Count; p++)
                GoldText.AssertStarts(starts[p], section.Paragraphs[p].Text.Text, $"section {i + 1} paragraph {p + 1}");
            Assert.All(section.Paragraphs, paragraph => Assert.Equal(gold[i]["language"].String(), paragraph.Language));
        }
    }

    [Fact]
    public void Each_paragraphs_language_is_the_detectors_for_its_text()
    {
        // The English half's paragraphs are whole blocks the section split found Latin, so they go
        // to the Latin classifier without the detector's letter tally (ArticleBuilder): what they
        // get must be what the detector gives their text.
        Assert.All(Article.Sections.SelectMany(s => s.Paragraphs), p => Assert.Equal(LanguageOf(p.Text.Text), p.Language));
    }

    [Fact]
    public void Top_level_members_are_the_first_section()
    {
        Assert.Equal(Article.Sections[0].Paragraphs, Article.Paragraphs);
        Assert.Equal(Article.Sections[0].Headline, Article.Headline);
    }

    [Fact]
    public void Alignment_pairs_each_paragraph_with_its_translation()
    {
        var gold = Gold["alignment"];
        Assert.Equal(gold["pairs"].Int(), Article.Alignment.Count);
        Assert.Equal("identity", gold["rule"].String());
        for (var i = 0; i < Article.Alignment.Count; i++)
        {
            var bead = Article.Alignment[i];
            Assert.Equal((i + 1, 1, i + 1, 1), (bead.From, bead.FromCount, bead.To, bead.ToCount));
        }
    }

    [Theory]
    [InlineData("zh", 0)]
    [InlineData("en", 1)]
    public void Every_gold_quote_span_is_found(string language, int section)
    {
        var quotes = Article.Sections[section].Quotes;
        foreach (var gold in Gold["quotes"][language].Items())
        {
            var paragraph = gold["paragraph"].Int();
            var starts = gold["starts"].String()!;
            Assert.True(quotes.Any(q => q.Paragraph == paragraph && GoldText.StartsWith(q.Text.Text, starts)),
                $"{language} quote «{starts}» in paragraph {paragraph} not found; found: {string.Join(" | ", quotes.Where(q => q.Paragraph == paragraph).Select(q => q.Text.Text))}");
        }
    }

    [Fact]
    public void Parse_reports_no_warnings_on_the_real_article() => Assert.Empty(Article.Diagnostics);

    [Fact]
    public void The_english_original_alone_is_a_single_section_article()
    {
        // The same source without its translation: one language, so no sections (JSON contract),
        // and the English section's gold values at the top level.
        var lines = SampleFiles.ReadArticle(Name).Split('\n');
        var english = string.Join('\n', lines.SkipWhile(l => LanguageOf(l) != "en"));
        var article = AbcNewsBilingualArticle.Parse(english).Value!;
        var gold = Gold["sections"].Items().Single(s => s["language"].String() == "en");

        Assert.Empty(article.Sections);
        Assert.Empty(article.Alignment);
        Assert.Equal("en", article.Language);
        Assert.Equal(gold["headline"].String(), article.Headline?.Text);
        Assert.Equal(gold["paragraphs"]["count"].Int(), article.Paragraphs.Count);
    }

    private static string LanguageOf(string line) => DocSchema.Runtime.Languages.LanguageDetector.Detect(line);
}
