using System.Diagnostics;
using System.Text;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class QuoteScannerTests
{
    // Transcribed from tests/DocSchema.EndToEnd.Tests/Gold/abc-news-bilingual-ceasefire-call.yaml
    // (quotes.zh): paragraph number → the first characters of each quote, in order.
    private static readonly Dictionary<int, string[]> s_bilingualChineseGold = new()
    {
        [2] = ["将是艰难的"],
        [3] = ["现在,你有很多", "我认为我们打了"],
        [5] = ["两位领导人都同意", "他们还强调"], // the second closed by an ASCII "
        [6] = ["这场冲突本不应该", "各国领导人同意"],
        [7] = ["怀疑态度", "如果部分停火"],
        [8] = ["非常好,富有成效"],
        [9] = ["我们同意立即"],
        [11] = ["两位领导人一致认为", "这包括巨大的"], // the second in ASCII quote marks
        [12] = ["支持"],
        [13] = ["俄方已经确定"],
        [14] = ["完全停止"],
        [18] = ["这很难说", "我指望与特朗普"],
        [19] = ["这些是我们的建议", "但为此"],
    };

    // Same file, quotes.en; paragraph 0 is the headline.
    private static readonly Dictionary<int, string[]> s_bilingualEnglishGold = new()
    {
        [0] = ["would have been tough"],
        [2] = ["would have been tough", "The Ingraham Angle"],
        [3] = ["Right now, you have", "I think we had"],
        [5] = ["Both leaders agreed", "They also stressed"],
        [6] = ["This conflict should", "The leaders agreed"],
        [7] = ["skepticism", "if there is a partial"],
        [8] = ["very good and"],
        [9] = ["We agreed to"],
        [11] = ["The two leaders", "This includes"],
        [12] = ["supported"],
        [13] = ["the Russian side"],
        [14] = ["complete cessation"],
        [18] = ["It's hard to tell", "I count on"],
        [19] = ["These were our", "But for that"],
    };

    // From tests/DocSchema.EndToEnd.Tests/Gold/oriental-daily-trump-zelensky-call.yaml (quotes).
    private static readonly Dictionary<int, string[]> s_orientalDailyGold = new()
    {
        [1] = ["非常好"],
        [2] = ["在要求和需求方面"],
        [3] = ["积极", "坦诚", "非常有实质性", "我们相信,与美国一起"],
        [7] = ["大部分讨论基于"],
        [8] = ["爱国者"],
        [9] = ["同意随著战场"],
        [11] = ["最佳保护"],
        [19] = ["规模最大的一次", "重伤"],
    };

    [Fact]
    public void Bilingual_sample_chinese_quotes_match_the_gold()
    {
        var (text, chinese, _, _) = LangSampleArticles.Bilingual();
        var paragraphs = chinese.Select((span, i) => (Number: i + 1, Span: span));
        AssertQuotesMatchGold(text, paragraphs, s_bilingualChineseGold, expectedGoldCount: 20);
    }

    [Fact]
    public void Bilingual_sample_english_quotes_match_the_gold()
    {
        var (text, _, headline, english) = LangSampleArticles.Bilingual();
        var paragraphs = english.Select((span, i) => (Number: i + 1, Span: span)).Prepend((0, headline));
        AssertQuotesMatchGold(text, paragraphs, s_bilingualEnglishGold, expectedGoldCount: 22);
    }

    [Fact]
    public void Oriental_daily_sample_quotes_match_the_gold()
    {
        var (text, _, body, _) = LangSampleArticles.OrientalDaily();
        var paragraphs = body.Select((span, i) => (Number: i + 1, Span: span));
        AssertQuotesMatchGold(text, paragraphs, s_orientalDailyGold, expectedGoldCount: 12);
    }

    [Fact]
    public void Oriental_daily_caption_quote_matches_the_gold()
    {
        var (text, caption, _, _) = LangSampleArticles.OrientalDaily();
        Assert.Equal(["在要求和需求方面保持一致"], Quotes(text, caption));
    }

    [Fact]
    public void Oriental_daily_promo_line_title_is_not_a_quote()
    {
        var (text, _, _, promo) = LangSampleArticles.OrientalDaily();
        Assert.Empty(QuoteScanner.Scan(text, promo));
    }

    [Theory]
    [InlineData("他说“好的”。", "好的")]
    [InlineData("他说「好的」。", "好的")]
    [InlineData("他说『好的』。", "好的")]
    [InlineData("He said \"fine\" today.", "fine")]
    [InlineData("He said 'fine' today.", "fine")]
    [InlineData("He said ‘fine’ today.", "fine")]
    [InlineData("He said ’fine’ today.", "fine")]
    [InlineData("他说“好的\"。", "好的")] // “ closed by an ASCII "
    [InlineData("他说\"好的”。", "好的")] // ASCII " closed by ”
    [InlineData("报道称。\"这包括巨大的经济交易.\"", "这包括巨大的经济交易.")]
    [InlineData("特别是‘爱国者’导弹", "爱国者")]
    [InlineData("“  padded  ”", "padded")]
    [InlineData("(\"in brackets\")", "in brackets")]
    [InlineData("He said—'now'—and left.", "now")]
    public void Finds_each_kind_of_quote_mark(string text, string expected) =>
        Assert.Equal([expected], Quotes(text));

    [Theory]
    [InlineData("It's Trump's plan, and Fox News' host liked it.")]
    [InlineData("They played rock 'n' roll all night.")]
    [InlineData("They played rock ’n’ roll all night.")]
    [InlineData("Music of the '90s and '80s.")]
    [InlineData("The Joneses' house, the boss' car.")]
    [InlineData("He'd say they're fine; we'll see, y'all.")]
    [InlineData("要看最快最熱資訊,請來Follow我們 《東方日報》WhatsApp Channel.")]
    [InlineData("《英格拉哈姆角》将于周二晚播出")]
    [InlineData("A 5\" screen and a \" stray mark.")]
    [InlineData("")]
    public void Apostrophes_titles_and_stray_marks_are_not_quotes(string text) =>
        Assert.Empty(QuoteScanner.Scan(text, new TextSpan(0, text.Length)));

    [Fact]
    public void Apostrophe_followed_by_a_real_quote()
    {
        const string text = "in a released clip on Fox News' \"The Ingraham Angle,\" which will air";
        Assert.Equal(["The Ingraham Angle,"], Quotes(text));
    }

    [Fact]
    public void Headline_single_quoted_phrase()
    {
        const string text = "Trump says 30-day ceasefire 'would have been tough' after high-stakes call with Putin";
        Assert.Equal(["would have been tough"], Quotes(text));
    }

    [Fact]
    public void Apostrophes_inside_a_quote_do_not_end_it()
    {
        const string text = "\"It's hard to tell. It's Trump's call and the Joneses' too,\" he said.";
        Assert.Equal(["It's hard to tell. It's Trump's call and the Joneses' too,"], Quotes(text));
    }

    [Fact]
    public void Nested_quotes_give_outer_then_inner()
    {
        Assert.Equal(
            ["He called it ‘a deal’ and 'a win'.", "a deal", "a win"],
            Quotes("“He called it ‘a deal’ and 'a win'.” she said"));
        Assert.Equal(["他说『好』。", "好"], Quotes("「他说『好』。」"));
        Assert.Equal(["He said \"no\" to me", "no"], Quotes("\"He said \"no\" to me\" she said"));
    }

    [Fact]
    public void Rock_n_roll_inside_a_quote_is_still_apostrophes()
    {
        Assert.Equal(["I love rock 'n' roll,"], Quotes("\"I love rock 'n' roll,\" she said."));
    }

    [Fact]
    public void Quote_left_open_at_the_paragraph_end_runs_to_the_end()
    {
        // Multi-paragraph quotations leave the closing mark off every paragraph but the last.
        Assert.Equal(
            ["We will keep going. We will call it 'peace'", "peace"],
            Quotes("\"We will keep going. We will call it 'peace'"));
        Assert.Equal(["我们将继续努力,实现和平。"], Quotes("他说:“我们将继续努力,实现和平。"));
        Assert.Equal(["我也怀著道歉的心情。道歉是..."], Quotes("就该国政府为二战期间迫害日籍移民道歉一事表示,“我也怀著道歉的心情。道歉是..."));
    }

    [Fact]
    public void Stray_opening_mark_does_not_swallow_later_quotes()
    {
        // A second “ inside an open “ means the first was never closed: only the real quote is kept.
        Assert.Equal(["is done."], Quotes("He called the “deal a success, and said “is done.” Then he left."));
        Assert.Equal(["is done."], Quotes("He called the \"deal a success, and said \"is done.\" Then he left."));
        Assert.Equal(["ok"], Quotes("他说“好 然后“ok”。"));
    }

    [Fact]
    public void Unclosed_mark_inside_a_closed_quote_is_dropped()
    {
        Assert.Equal(["He said ‘no to me,"], Quotes("“He said ‘no to me,” she said."));
        Assert.Equal(["他说“好"], Quotes("「他说“好」,然后"));
    }

    [Fact]
    public void Unclosed_single_mark_at_the_end_is_dropped()
    {
        // It may be an apostrophe ('em, 'tis): never let it run to the paragraph's end.
        Assert.Empty(Quotes("Go get 'em all"));
        Assert.Empty(Quotes("他说‘好"));
    }

    [Fact]
    public void Stray_closing_marks_are_ignored()
    {
        Assert.Equal(["ok"], Quotes("done.” Then 」 and 』 “ok”"));
    }

    [Fact]
    public void Empty_quotes_are_not_returned()
    {
        Assert.Equal(["x"], Quotes("“” 「 」 \"\" “x”"));
    }

    [Fact]
    public void Scans_only_inside_the_paragraph_and_reports_offsets_in_the_text()
    {
        const string text = "“first” paragraph\n\nThe second says \"hello\" and 'bye\n“third”";
        int start = text.IndexOf("The second", StringComparison.Ordinal);
        int end = text.IndexOf('\n', start);
        var spans = QuoteScanner.Scan(text, TextSpan.FromBounds(start, end));

        // 'bye is unclosed and single, so dropped; nothing outside the paragraph is looked at.
        Assert.Equal([new TextSpan(text.IndexOf("hello", StringComparison.Ordinal), 5)], spans);
    }

    [Fact]
    public void Paragraph_edges_are_the_span_edges_not_the_text_edges()
    {
        // The ' after "x" would close nothing inside "'a' b"; at the paragraph's edge it opens.
        const string text = "x'a' b";
        Assert.Equal([new TextSpan(2, 1)], QuoteScanner.Scan(text, TextSpan.FromBounds(1, text.Length)));
        Assert.Empty(QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
    }

    [Fact]
    public void A_paragraph_without_quote_marks_allocates_nothing()
    {
        const string text = "美国总统特朗普20日与乌克兰总统泽连斯基通电话。 The call lasted an hour.";
        var first = QuoteScanner.Scan(text, new TextSpan(0, 24));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var second = QuoteScanner.Scan(text, TextSpan.FromBounds(25, text.Length));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(second);
        Assert.Same(first, second);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Rejects_a_paragraph_outside_the_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuoteScanner.Scan("abc", new TextSpan(2, 5)));
        Assert.Throws<ArgumentNullException>(() => QuoteScanner.Scan(null!, new TextSpan(0, 0)));
    }

    [Theory]
    [InlineData("“", 50_000)]
    [InlineData("”", 50_000)]
    [InlineData("\"", 50_000)]
    [InlineData("'", 50_000)]
    [InlineData("‘", 50_000)]
    [InlineData("「", 50_000)]
    [InlineData(" \"a", 50_000)]
    [InlineData("a' ", 50_000)]
    [InlineData(" 'a", 50_000)]
    [InlineData("“a ", 50_000)]
    public void Unbalanced_marks_are_linear(string unit, int count)
    {
        string text = string.Concat(Enumerable.Repeat(unit, count)) + " end";
        var watch = Stopwatch.StartNew();
        var spans = QuoteScanner.Scan(text, new TextSpan(0, text.Length));
        watch.Stop();

        AssertWellFormed(text, new TextSpan(0, text.Length), spans);
        Assert.True(spans.Count <= 1, $"{spans.Count} spans");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("“", "”", 1)]
    [InlineData("“‘", "’”", 2)]
    [InlineData("「『", "』」", 2)]
    [InlineData("「", "」", 1)]
    [InlineData(" \"", "\"", 1)]
    public void Deep_nesting_is_linear_and_reports_every_level(string open, string close, int levelsPerUnit)
    {
        const int depth = 20_000;
        int units = depth / levelsPerUnit;
        var builder = new StringBuilder();
        for (int i = 0; i < units; i++)
        {
            builder.Append(open).Append('x');
        }

        for (int i = 0; i < units; i++)
        {
            builder.Append(close);
        }

        string text = builder.ToString();
        var watch = Stopwatch.StartNew();
        var spans = QuoteScanner.Scan(text, new TextSpan(0, text.Length));
        watch.Stop();

        AssertWellFormed(text, new TextSpan(0, text.Length), spans);
        Assert.Equal(depth, spans.Count);
        Assert.Equal(text.Length - 1, spans[0].End); // the outermost closes with the last mark
        Assert.Equal("x", text[spans[^1].Start..spans[^1].End]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deep_nesting_left_open_is_linear()
    {
        string text = string.Concat(Enumerable.Repeat("“a ‘b ", 20_000));
        var watch = Stopwatch.StartNew();
        var spans = QuoteScanner.Scan(text, new TextSpan(0, text.Length));
        watch.Stop();

        // Each “ holds another “, so all but the last were strays; singles never run to the end.
        Assert.Single(spans);
        Assert.Equal("a ‘b", text[spans[0].Start..spans[0].End]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Random_mark_soup_gives_well_formed_spans()
    {
        const string alphabet = "“”「」『』\"'‘’《》ab 国,.-";
        var random = new Random(20250320);
        for (int round = 0; round < 2_000; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string text = "pre " + new string(chars) + " post";
            var paragraph = TextSpan.FromBounds(4, 4 + chars.Length);
            AssertWellFormed(text, paragraph, QuoteScanner.Scan(text, paragraph));
        }
    }

    /// <summary>
    /// Checks one section of a sample against its gold quotes: every gold quote is the start of a
    /// returned span in its paragraph (recall), and every returned span starts a gold quote
    /// (precision) — both exactly, paragraph by paragraph.
    /// </summary>
    private static void AssertQuotesMatchGold(
        string text,
        IEnumerable<(int Number, TextSpan Span)> paragraphs,
        Dictionary<int, string[]> gold,
        int expectedGoldCount)
    {
        Assert.Equal(expectedGoldCount, gold.Values.Sum(starts => starts.Length));
        var problems = new List<string>();
        int found = 0;
        int returned = 0;
        foreach (var (number, span) in paragraphs)
        {
            string[] expected = gold.GetValueOrDefault(number, []);
            List<string> actual = Quotes(text, span);
            returned += actual.Count;
            for (int k = 0; k < Math.Max(expected.Length, actual.Count); k++)
            {
                if (k < expected.Length && k < actual.Count && actual[k].StartsWith(expected[k], StringComparison.Ordinal))
                {
                    found++;
                }
                else
                {
                    problems.Add($"paragraph {number}, quote {k + 1}: expected «{(k < expected.Length ? expected[k] : "(none)")}», got «{(k < actual.Count ? actual[k] : "(none)")}»");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(expectedGoldCount, found);
        Assert.Equal(expectedGoldCount, returned);
    }

    private static void AssertWellFormed(string text, TextSpan paragraph, IReadOnlyList<TextSpan> spans)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            Assert.True(paragraph.Contains(span), $"{span} outside {paragraph}");
            Assert.False(span.IsEmpty);
            Assert.False(char.IsWhiteSpace(text[span.Start]));
            Assert.False(char.IsWhiteSpace(text[span.End - 1]));
            if (k > 0)
            {
                Assert.True(spans[k - 1].Start < span.Start, $"{spans[k - 1]} before {span}");
            }
        }
    }

    [Fact]
    public void Marks_far_apart_in_a_long_paragraph_still_pair_up()
    {
        var text = new string('x', 5_000) + "“first”" + new string('y', 3_000) + "「second」" + new string('z', 40);
        Assert.Equal(["first", "second"], Quotes(text));
        Assert.Equal(["first"], Quotes(text, new TextSpan(0, 5_010)));
    }

    private static List<string> Quotes(string text) => Quotes(text, new TextSpan(0, text.Length));

    private static List<string> Quotes(string text, TextSpan paragraph) =>
        QuoteScanner.Scan(text, paragraph).Select(s => text.Substring(s.Start, s.Length)).ToList();
}
