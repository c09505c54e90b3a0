using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Runtime.Articles;
using DocSchema.Schemas;

namespace DocSchema.EndToEnd.Tests;

/// <summary>The oriental-daily schema on the real Oriental Daily page, against every value of its gold file.</summary>
public sealed class OrientalDailyGoldTests
{
    private const string Name = "oriental-daily-trump-zelensky-call";
    private static readonly GoldNode Gold = GoldNode.Load(Name);
    private static readonly Lazy<OrientalDailyArticle> Parsed = new(() =>
        OrientalDailyArticle.Parse(SampleFiles.ReadArticle(Name), "samples/articles/" + Name + ".txt").Value!);

    private static OrientalDailyArticle Article => Parsed.Value;

    [Fact]
    public void Gold_names_this_schema() => Assert.Equal(Gold["source"].String(), Article.SchemaName);

    [Fact]
    public void Language() => Assert.Equal(Gold["language"].String(), Article.Language);

    [Fact]
    public void Headline() => Assert.Equal(Gold["headline"].String(), Article.Headline?.Text);

    [Fact]
    public void Dateline()
    {
        var dateline = Article.Dateline;
        Assert.NotNull(dateline);
        Assert.Equal(Gold["dateline"]["raw"].String(), dateline.Raw.Text);
        Assert.Equal(Gold["dateline"]["places"].Strings(), dateline.Places.Select(p => p.Text));
        Assert.Equal(Gold["dateline"]["day"].Int(), dateline.Day);
    }

    [Fact]
    public void Captions()
    {
        var gold = Gold["captions"].Items();
        Assert.Equal(gold.Count, Article.Captions.Count);
        for (var i = 0; i < gold.Count; i++)
        {
            GoldText.AssertStarts(gold[i]["starts"].String()!, Article.Captions[i].Text.Text, $"caption {i + 1}");
            Assert.Equal(gold[i]["credit"].String(), Article.Captions[i].Credit?.Text);
        }
    }

    [Fact]
    public void Caption_quotes_are_found()
    {
        var quotes = Article.Captions.SelectMany(c => c.Quotes).ToList();
        foreach (var gold in Gold["caption_quotes"].Items())
            Assert.Contains(quotes, q => GoldText.StartsWith(q.Text.Text, gold["starts"].String()!));
    }

    [Fact]
    public void Subheadings()
    {
        var gold = Gold["subheadings"].Items();
        Assert.Equal(gold.Select(s => (s["text"].String(), s["before_paragraph"].Int())),
            Article.Subheadings.Select(s => ((string?)s.Text.Text, s.BeforeParagraph)));
    }

    [Fact]
    public void Paragraphs_count_and_starts()
    {
        Assert.Equal(Gold["paragraphs"]["count"].Int(), Article.Paragraphs.Count);
        var starts = Gold["paragraphs"]["starts"].Strings();
        for (var i = 0; i < starts.Count; i++)
            GoldText.AssertStarts(starts[i], Article.Paragraphs[i].Text.Text, $"paragraph {i + 1}");
    }

    [Fact]
    public void Dateline_is_not_part_of_the_first_paragraph() =>
        Assert.DoesNotContain(Article.Dateline!.Raw.Text, Article.Paragraphs[0].Text.Text);

    [Fact]
    public void Every_paragraph_is_in_the_article_language() =>
        Assert.All(Article.Paragraphs, p => Assert.Equal(Gold["language"].String(), p.Language));

    [Fact]
    public void Boilerplate()
    {
        Assert.NotNull(Article.Boilerplate);
        GoldText.AssertStarts(Gold["boilerplate"]["starts"].String()!, Article.Boilerplate.Start.Text, "boilerplate");
        Assert.Equal(Gold["boilerplate"]["language"].String(), Article.Boilerplate.Language);
    }

    [Fact]
    public void Related_counts()
    {
        var gold = Gold["related"];
        Assert.Equal(gold["count"].Int(), Article.Related.Count);
        Assert.Equal(gold["items_with_caption"].Int(), Article.Related.Count(r => r.Caption is not null));
        Assert.Equal(gold["items_with_section"].Int(), Article.Related.Count(r => r.Section is not null));
        Assert.Equal(gold["items_with_dateline"].Int(), Article.Related.Count(r => r.Dateline is not null));
    }

    [Fact]
    public void Related_first_and_last()
    {
        var first = Gold["related"]["first"];
        GoldText.AssertStarts(first["caption_starts"].String()!, Article.Related[0].Caption?.Text, "first teaser caption");
        Assert.Equal(first["headline"].String(), Article.Related[0].Headline.Text);

        var last = Gold["related"]["last"];
        var item = Article.Related[^1];
        GoldText.AssertStarts(last["caption_starts"].String()!, item.Caption?.Text, "last teaser caption");
        Assert.Equal(last["headline"].String(), item.Headline.Text);
        Assert.Equal(last["section"].String(), item.Section?.Text);
        Assert.Equal(last["dateline"]["places"].Strings(), item.Dateline?.Places.Select(p => p.Text));
        Assert.Equal(last["dateline"]["day"].Int(), item.Dateline?.Day);
    }

    [Fact]
    public void Related_teaser_text_does_not_repeat_its_dateline() =>
        Assert.All(Article.Related.Where(r => r.Dateline is not null), r => Assert.DoesNotContain(r.Dateline!.Raw.Text, r.Teaser?.Text ?? ""));

    [Fact]
    public void Every_gold_quote_span_is_found()
    {
        foreach (var gold in Gold["quotes"].Items())
        {
            var paragraph = gold["paragraph"].Int();
            var starts = gold["starts"].String()!;
            Assert.True(Article.Quotes.Any(q => q.Paragraph == paragraph && GoldText.StartsWith(q.Text.Text, starts)),
                $"quote «{starts}» in paragraph {paragraph} not found; found: {string.Join(" | ", Article.Quotes.Where(q => q.Paragraph == paragraph).Select(q => q.Text.Text))}");
        }
    }

    [Fact]
    public void Values_are_slices_of_the_source_with_their_offsets()
    {
        var text = Article.Source.Text;
        var values = Article.Paragraphs.Select(p => p.Text)
            .Concat(Article.Captions.Select(c => c.Text))
            .Concat(Article.Related.Select(r => r.Headline))
            .Append(Article.Dateline!.Raw);
        Assert.All(values, v => Assert.Equal(v.Text, text.Substring(v.Span.Start, v.Span.Length)));
    }

    [Fact]
    public void Parse_reports_no_warnings_on_the_real_page() => Assert.Empty(Article.Diagnostics);
}
