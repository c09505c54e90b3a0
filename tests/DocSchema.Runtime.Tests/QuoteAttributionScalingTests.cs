using System.Diagnostics;
using System.Text;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// Attribution is linear in the article: on inputs with over a hundred thousand quotes and verbs,
/// where any per-quote scan of the article (or of one long paragraph) would take minutes, it takes
/// well under a second on a developer machine; the bound leaves room for a busy shared one.
/// </summary>
public class QuoteAttributionScalingTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void Many_paragraphs()
    {
        string[] paragraphs =
        [
            "\"We will not back down,\" Prime Minister Keir Starmer said. \"The door is open.\"",
            "The ministry said the minister believed the ban should remain \"for the foreseeable future.\"",
            "“我们不会让步，”德国总理朔尔茨说。“大门始终敞开。”",
            "他表示，两国领导人“同意加强合作”，特别是“爱国者”导弹系统。",
        ];
        var result = AssertFast(Enumerable.Range(0, 40_000).Select(i => paragraphs[i % paragraphs.Length]).ToArray());
        Assert.Equal(70_000, result.Quotes.Count); // 2 + 1 + 2 + 2 quotes per four paragraphs
        Assert.Equal(["Keir Starmer", "ministry", "朔尔茨"], result.Speakers.Select(s => s.Name).Take(3));
    }

    [Fact]
    public void One_long_English_paragraph_of_quotes_and_verbs()
    {
        var result = AssertFast([string.Concat(Enumerable.Repeat("\"Yes,\" he said, and she added that it was \"fine\" and \"good.\" ", 40_000))]);
        Assert.Equal(120_000, result.Quotes.Count);
    }

    [Fact]
    public void One_long_Chinese_paragraph_of_quotes_and_verbs()
    {
        var result = AssertFast([string.Concat(Enumerable.Repeat("他说“好”，她补充称“可以”，并表示“同意”，", 40_000))]);
        Assert.Equal(120_000, result.Quotes.Count);
    }

    [Fact]
    public void A_title_before_a_long_run_of_digits()
    {
        // The titled name and the sentence's subject both walk the run; each digit was once read
        // to the run's end to see whether a date starts there (200,000 digits took two minutes).
        var result = AssertFast(["美国总统" + new string('7', 200_000) + "表示：“会谈。”"]);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("会谈。", quote.Text);
    }

    private static QuoteAttribution AssertFast(string[] paragraphs)
    {
        var text = new StringBuilder();
        var spans = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            spans.Add(new TextSpan(text.Length, paragraph.Length));
            text.Append(paragraph).Append('\n');
        }

        var source = SourceText.From(text.ToString());
        var watch = Stopwatch.StartNew();
        var result = QuoteAttributor.Attribute(source, null, spans, []);
        watch.Stop();
        Assert.True(watch.Elapsed < s_bound, $"took {watch.Elapsed}");
        return result;
    }
}
