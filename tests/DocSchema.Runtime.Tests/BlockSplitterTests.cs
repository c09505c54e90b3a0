using System.Diagnostics;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class BlockSplitterTests
{
    // Lines 43–53 of the Oriental Daily sample: the end of the story and the first related teasers,
    // where a "阅读全文" line is followed directly by a picture caption.
    private const string OrientalDailyTail =
        "要看最快最熱資訊,請來Follow我們 《東方日報》WhatsApp Channel.\n" +
        "\n" +
        "热门新闻\n" +
        "\n" +
        "阅读全文\n" +
        "女死者的弟弟在社交媒体贴文及上载行车记录仪的视频,怀疑数辆轿车在车祸后辗过死者,因此,要求网民协助追查涉嫌撞后逃的车辆。(图截自视频)\n" +
        "\n" +
        "轿车翻覆酿两尸三命 警方调查撞后逃指控\n" +
        "\n" +
        "阅读全文\n" +
        "被告是来自马来西亚的张杰森(译音,42岁),他星期三(4月2日)认罪,被判坐牢18周。";

    private const string ReadMore = "阅读全文";
    private const string CrashCaption = "女死者的弟弟在社交媒体贴文及上载行车记录仪的视频,怀疑数辆轿车在车祸后辗过死者,因此,要求网民协助追查涉嫌撞后逃的车辆。(图截自视频)";

    private static string[] Texts(SourceText source, Block[] blocks) =>
        blocks.Select(b => source.AsSpan(b.Span).ToString()).ToArray();

    private static string[] Texts(SourceText source, IReadOnlyList<TextSpan> spans) =>
        spans.Select(s => source.AsSpan(s).ToString()).ToArray();

    [Fact]
    public void Paragraphs_OrientalDailyExcerpt_KeepsReadMoreAndCaptionTogether()
    {
        var source = SourceText.From(OrientalDailyTail);

        var blocks = BlockSplitter.Split(source, BlockMode.Paragraphs);

        Assert.Equal(
            [
                "要看最快最熱資訊,請來Follow我們 《東方日報》WhatsApp Channel.",
                "热门新闻",
                ReadMore + "\n" + CrashCaption,
                "轿车翻覆酿两尸三命 警方调查撞后逃指控",
                ReadMore + "\n" + "被告是来自马来西亚的张杰森(译音,42岁),他星期三(4月2日)认罪,被判坐牢18周。",
            ],
            Texts(source, blocks));
        Assert.All(blocks, b => Assert.True(b.FollowsBlankLine));
        Assert.Equal(OrientalDailyTail.IndexOf(ReadMore, StringComparison.Ordinal), blocks[2].Span.Start);
    }

    [Fact]
    public void Lines_OrientalDailyExcerpt_CaptionContinuesReadMoreLine()
    {
        var source = SourceText.From(OrientalDailyTail);

        var blocks = BlockSplitter.Split(source, BlockMode.Lines);

        Assert.Equal(7, blocks.Length);
        Assert.Equal(ReadMore, source.AsSpan(blocks[2].Span).ToString());
        Assert.True(blocks[2].FollowsBlankLine);
        Assert.Equal(CrashCaption, source.AsSpan(blocks[3].Span).ToString());
        Assert.False(blocks[3].FollowsBlankLine);
        Assert.Equal([true, true, true, false, true, true, false], blocks.Select(b => b.FollowsBlankLine));
    }

    [Fact]
    public void OrientalDailySample_SplitsIntoItsParagraphsAndLines()
    {
        var source = SourceText.From(Samples.Read(Samples.OrientalDaily));

        var paragraphs = BlockSplitter.Split(source, BlockMode.Paragraphs);
        var lines = BlockSplitter.Split(source, BlockMode.Lines);

        Assert.Equal(75, paragraphs.Length);
        Assert.Equal(87, lines.Length);
        Assert.Equal(BlockMode.Paragraphs, BlockSplitter.Resolve(source, BlockMode.Auto));
        Assert.Equal(75, BlockSplitter.Split(source, BlockMode.Auto).Length);

        var texts = Texts(source, paragraphs);
        Assert.StartsWith("美国总统特朗普当地时间周三", texts[0]);
        Assert.EndsWith("(图取自法新社档案照)", texts[0]);
        Assert.StartsWith("(华盛顿、基辅20日讯)", texts[1]);
        Assert.Equal("提出美接管乌发电厂可能性", texts[11]);
        Assert.Equal("热门新闻", texts[22]);
        Assert.Equal(ReadMore + "\n" + CrashCaption, texts[23]);

        // The file has no final line break: the last block runs to the very end.
        Assert.Equal(source.Length, paragraphs[^1].Span.End);
        Assert.EndsWith("道歉是...", texts[^1]);

        // A line block continues the line before it only where a teaser's text sits directly
        // under its "阅读全文" separator (twelve teasers have a picture caption there).
        Assert.Equal(12, lines.Count(b => !b.FollowsBlankLine));
        Assert.All(lines.Where(b => !b.FollowsBlankLine).Select(b => b.Span.Start),
            start => Assert.Equal(ReadMore, PreviousLine(source.Text, start)));
    }

    private static string PreviousLine(string text, int lineStart)
    {
        var end = text.LastIndexOf('\n', lineStart - 1);
        var start = text.LastIndexOf('\n', end - 1) + 1;
        return text[start..end];
    }

    [Fact]
    public void AbcSample_HasNoBlankLines_AutoResolvesToLines()
    {
        var source = SourceText.From(Samples.Read(Samples.AbcBilingual));

        Assert.Equal(BlockMode.Lines, BlockSplitter.Resolve(source, BlockMode.Auto));
        var blocks = BlockSplitter.Split(source, BlockMode.Auto);
        Assert.Equal(39, blocks.Length);
        Assert.Equal("Trump says 30-day ceasefire 'would have been tough' after high-stakes call with Putin",
            source.AsSpan(blocks[19].Span).ToString());
        Assert.True(blocks[0].FollowsBlankLine);
        Assert.All(blocks.Skip(1), b => Assert.False(b.FollowsBlankLine));

        Assert.Single(BlockSplitter.Split(source, BlockMode.Paragraphs));
    }

    [Theory]
    [InlineData("a\r\nb", 1)]
    [InlineData("a\r\n\r\nb", 2)]
    [InlineData("a\r\n \t\r\nb", 2)]
    [InlineData("a\rb", 1)]
    [InlineData("a\r\rb", 2)]
    [InlineData("a\n\rb", 2)]
    [InlineData("a\u2028b", 1)]
    [InlineData("a\u2028\u2028b", 2)]
    [InlineData("a\u2029\u2029b", 2)]
    [InlineData("a\u0085\u0085b", 2)]
    [InlineData("a\n\u3000\u200B\uFEFF\u00A0\nb", 2)]
    public void Paragraphs_RecognisesEveryLineBreakAndBlankLine(string text, int expected)
    {
        Assert.Equal(expected, BlockSplitter.Split(SourceText.From(text), BlockMode.Paragraphs).Length);
    }

    [Fact]
    public void MixedLineBreaks_GiveTheRightBlocksInBothModes()
    {
        var source = SourceText.From("a\r\nb\r\rc\u2028\u2028d\u2029\u2029e\u0085\u0085f\r\n\r\ng\rh");

        Assert.Equal(["a\r\nb", "c", "d", "e", "f", "g\rh"], Texts(source, BlockSplitter.Split(source, BlockMode.Paragraphs)));

        var lines = BlockSplitter.Split(source, BlockMode.Lines);
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], Texts(source, lines));
        Assert.Equal([true, false, true, true, true, true, true, false], lines.Select(b => b.FollowsBlankLine));
    }

    [Fact]
    public void CarriageReturnOnlyText_IsSplitOnCr()
    {
        var source = SourceText.From("one\rtwo\r\rthree\r");

        Assert.Equal(["one\rtwo", "three"], Texts(source, BlockSplitter.Split(source, BlockMode.Paragraphs)));
        Assert.Equal(["one", "two", "three"], Texts(source, BlockSplitter.Split(source, BlockMode.Lines)));
        Assert.Equal(BlockMode.Paragraphs, BlockSplitter.Resolve(source, BlockMode.Auto));
    }

    [Fact]
    public void ByteOrderMarkAndWideSpaces_AreTrimmedOffBlocks()
    {
        var source = SourceText.From("\uFEFF\u3000标题\u200B \r\n\r\n  正文第一行  \n\t正文第二行\u3000\n");

        var blocks = BlockSplitter.Split(source, BlockMode.Paragraphs);

        Assert.Equal(["标题", "正文第一行  \n\t正文第二行"], Texts(source, blocks));
        Assert.Equal(2, blocks[0].Span.Start);
        Assert.All(blocks, b => Assert.Equal(source.Trim(b.Span), b.Span));
    }

    [Fact]
    public void Lines_AreTrimmedLikeSourceTextTrim()
    {
        var source = SourceText.From("  a b  \n\u3000c\u3000\n\n d");

        var blocks = BlockSplitter.Split(source, BlockMode.Lines);

        Assert.Equal(["a b", "c", "d"], Texts(source, blocks));
        Assert.Equal([true, false, true], blocks.Select(b => b.FollowsBlankLine));
        Assert.All(blocks, b => Assert.Equal(source.Trim(b.Span), b.Span));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData(" \t\u3000\uFEFF\u200B")]
    [InlineData("\u2028\u2029\u0085\r")]
    public void BlankText_HasNoBlocks(string text)
    {
        var source = SourceText.From(text);

        Assert.Empty(BlockSplitter.Split(source, BlockMode.Paragraphs));
        Assert.Empty(BlockSplitter.Split(source, BlockMode.Lines));
        Assert.Empty(BlockSplitter.Split(source, BlockMode.Auto));
        Assert.Empty(BlockSplitter.Lines(source, new TextSpan(0, source.Length)));
        Assert.Equal(BlockMode.Lines, BlockSplitter.Resolve(source, BlockMode.Auto));
    }

    [Theory]
    [InlineData("x", 1)]
    [InlineData("x\n", 1)]
    [InlineData("\n\nx", 1)]
    [InlineData("x\n\n\n", 1)]
    public void NoTrailingNewline_AndLeadingOrTrailingBlankLines_DoNotAddBlocks(string text, int expected)
    {
        var source = SourceText.From(text);
        var blocks = BlockSplitter.Split(source, BlockMode.Paragraphs);

        Assert.Equal(expected, blocks.Length);
        Assert.Equal("x", source.AsSpan(blocks[0].Span).ToString());
    }

    [Theory]
    [InlineData("a\nb", BlockMode.Lines)]
    [InlineData("a\n\nb", BlockMode.Paragraphs)]
    [InlineData("a\n \u3000\nb", BlockMode.Paragraphs)]
    [InlineData("\n\na\nb\n\n", BlockMode.Lines)]
    [InlineData("a\r\nb\r\n", BlockMode.Lines)]
    [InlineData("a\r\n\r\nb", BlockMode.Paragraphs)]
    [InlineData("a\r\rb", BlockMode.Paragraphs)]
    [InlineData("a", BlockMode.Lines)]
    public void Resolve_Auto_IsParagraphsOnlyWhenABlankLineSeparatesText(string text, BlockMode expected)
    {
        var source = SourceText.From(text);

        Assert.Equal(expected, BlockSplitter.Resolve(source, BlockMode.Auto));
        Assert.Equal(BlockMode.Lines, BlockSplitter.Resolve(source, BlockMode.Lines));
        Assert.Equal(BlockMode.Paragraphs, BlockSplitter.Resolve(source, BlockMode.Paragraphs));
    }

    [Fact]
    public void Resolve_Auto_LooksOnlyAtTheRegion()
    {
        var source = SourceText.From("a\nb\n\nc\nd");

        Assert.Equal(BlockMode.Paragraphs, BlockSplitter.Resolve(source, BlockMode.Auto));
        Assert.Equal(BlockMode.Lines, BlockSplitter.Resolve(source, BlockMode.Auto, new TextSpan(0, 4)));
    }

    [Fact]
    public void Region_IsSplitOnItsOwn_AndItsFirstBlockFollowsABlankLine()
    {
        var text = "head\nfirst line\nsecond line\n\nlast";
        var source = SourceText.From(text);
        var region = TextSpan.FromBounds(text.IndexOf("line", StringComparison.Ordinal), text.IndexOf("last", StringComparison.Ordinal) + 2);

        var lines = BlockSplitter.Split(source, BlockMode.Lines, region);
        var paragraphs = BlockSplitter.Split(source, BlockMode.Paragraphs, region);

        Assert.Equal(["line", "second line", "la"], Texts(source, lines));
        Assert.Equal([true, false, true], lines.Select(b => b.FollowsBlankLine));
        Assert.Equal(["line\nsecond line", "la"], Texts(source, paragraphs));
        Assert.All(lines.Concat(paragraphs), b => Assert.True(region.Contains(b.Span)));
    }

    [Fact]
    public void Region_EndingBetweenCrAndLf_EndsTheLineAtTheCr()
    {
        var source = SourceText.From("a\r\nb");

        Assert.Equal(["a"], Texts(source, BlockSplitter.Split(source, BlockMode.Lines, new TextSpan(0, 2))));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 4)]
    [InlineData(3, 1)]
    [InlineData(1, -1)]
    public void Region_OutsideTheText_Throws(int start, int length)
    {
        var source = SourceText.From("abc");

        Assert.Throws<ArgumentOutOfRangeException>(() => BlockSplitter.Split(source, BlockMode.Lines, new TextSpan(start, length)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockSplitter.Resolve(source, BlockMode.Auto, new TextSpan(start, length)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockSplitter.Lines(source, new TextSpan(start, length)));
    }

    [Fact]
    public void UndefinedMode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockSplitter.Split(SourceText.From("a"), (BlockMode)42));
    }

    [Fact]
    public void Lines_GivesTrimmedNonBlankLinesOfASpan()
    {
        var text = "skip\n  one \n\n\u3000two\r\nthree  \r\n \n";
        var source = SourceText.From(text);

        var lines = BlockSplitter.Lines(source, TextSpan.FromBounds(5, text.Length));

        Assert.Equal(["one", "two", "three"], Texts(source, lines));
        Assert.Equal(text.IndexOf("one", StringComparison.Ordinal), lines[0].Start);
    }

    [Fact]
    public void Lines_OfSeededTexts_AreTheTrimmedTextsBetweenLineBreaks()
    {
        // Texts with LF as their only break (read with the LF search: short and long lines, runs
        // of blank lines) and texts with every break (read with the search for any), each split in
        // a seeded region, against a reference that looks at one character at a time: CR LF is one
        // break, the other four one each.
        var random = new Random(20261122);
        const string letters = "ab \u3000";
        const string everyBreak = "ab \u3000\n\r\u0085\u2028\u2029";
        for (int i = 0; i < 4_000; i++)
        {
            double lineFeeds = new[] { 0.01, 0.05, 0.2, 0.6 }[random.Next(4)];
            var text = new string(Enumerable.Range(0, random.Next(0, 160)).Select(_ =>
                i % 2 == 1 ? everyBreak[random.Next(everyBreak.Length)]
                : random.NextDouble() < lineFeeds ? '\n' : letters[random.Next(letters.Length)]).ToArray());
            int start = random.Next(0, text.Length + 1);
            var region = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));
            var source = SourceText.From(text);

            var lines = BlockSplitter.Lines(source, region);

            Assert.Equal(LinesReadByCharacter(source, region).Where(line => !line.IsEmpty), lines);
        }
    }

    // Every line of `region`, trimmed (empty for a blank one), read one character at a time: CR LF
    // is one break, the other four one each, and the region's end ends the last line.
    private static List<TextSpan> LinesReadByCharacter(SourceText source, TextSpan region)
    {
        var lines = new List<TextSpan>();
        int lineStart = region.Start;
        for (int at = region.Start; at <= region.End; at++)
        {
            bool end = at == region.End;
            if (!end && source.Text[at] is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029')) continue;
            lines.Add(source.Trim(TextSpan.FromBounds(lineStart, at)));
            if (!end && source.Text[at] == '\r' && at + 1 < region.End && source.Text[at + 1] == '\n') at++;
            lineStart = at + 1;
        }

        return lines;
    }

    [Fact]
    public void Lines_of_long_seeded_texts_with_line_feeds_alone_end_at_line_feeds_only()
    {
        // Longer texts than above, with LF as the only break (lines of one to hundreds of
        // characters, each crossing many vectors of a search); among the other characters, some
        // whose low byte is that of LF (U+010A, U+0A0A), which no line ends at.
        var random = new Random(20261124);
        const string letters = "ab \u3000\u010A\u0A0A";
        for (int i = 0; i < 3_000; i++)
        {
            double lineFeeds = new[] { 0.005, 0.03, 0.1, 0.5 }[random.Next(4)];
            var text = new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ =>
                random.NextDouble() < lineFeeds ? '\n' : letters[random.Next(letters.Length)]).ToArray());
            int start = random.Next(0, text.Length + 1);
            var region = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));
            var source = SourceText.From(text);

            var expected = new List<TextSpan>();
            int lineStart = region.Start;
            for (int at = region.Start; at <= region.End; at++)
            {
                if (at < region.End && text[at] != '\n') continue;
                var line = source.Trim(TextSpan.FromBounds(lineStart, at));
                if (!line.IsEmpty) expected.Add(line);
                lineStart = at + 1;
            }

            Assert.Equal(expected, BlockSplitter.Lines(source, region));
        }
    }

    [Fact]
    public void Split_of_seeded_texts_gives_the_blocks_of_a_reading_one_character_at_a_time()
    {
        // Both modes, over a region of texts of up to 300 characters whose lines cross the
        // sixteen-character vectors of the LF search, against a reference that reads one character
        // at a time. Among the other characters, ones whose low byte is LF's (U+010A, U+0A0A),
        // which would end lines if the search compared bytes, and trimmable ones at the lines'
        // ends. Half the texts get one other break (CR, CR LF, NEL, LS or PS) somewhere, from whose
        // line on the reader goes on. (A search that took a near miss such as U+202A for a break
        // would only hand more texts to the reader: no output shows it.)
        var random = new Random(20261125);
        const string letters = "ab \u3000\u010A\u0A0A\u200B\t";
        string[] otherBreaks = ["\r", "\r\n", "\u0085", "\u2028", "\u2029"];
        for (int i = 0; i < 3_000; i++)
        {
            double lineFeeds = new[] { 0.01, 0.06, 0.2, 0.5 }[random.Next(4)];
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ =>
                random.NextDouble() < lineFeeds ? '\n' : letters[random.Next(letters.Length)]).ToArray());
            if (i % 2 == 1) text = text.Insert(random.Next(0, text.Length + 1), otherBreaks[random.Next(otherBreaks.Length)]);
            int start = random.Next(0, text.Length + 1);
            var region = i % 3 == 0 ? (TextSpan?)null : TextSpan.FromBounds(start, random.Next(start, text.Length + 1));
            var whole = region ?? new TextSpan(0, text.Length);

            foreach (var mode in new[] { BlockMode.Lines, BlockMode.Paragraphs })
            {
                // A new source each time: nothing kept from an earlier split stands in for the reading.
                var source = SourceText.From(text);
                Assert.Equal(ReferenceBlocks(source, whole, mode), BlockSplitter.Split(source, mode, region));
            }
        }

        // A block for each non-blank line (Lines), or for each run of them (Paragraphs), which
        // follows a blank line when the line before it is blank or it is the region's first.
        static Block[] ReferenceBlocks(SourceText source, TextSpan region, BlockMode mode)
        {
            var blocks = new List<Block>();
            bool afterBlank = true;
            foreach (var line in LinesReadByCharacter(source, region))
            {
                if (line.IsEmpty) afterBlank = true;
                else if (mode == BlockMode.Lines || afterBlank) blocks.Add(new Block(line, afterBlank || mode == BlockMode.Paragraphs));
                else blocks[^1] = blocks[^1] with { Span = TextSpan.FromBounds(blocks[^1].Span.Start, line.End) };
                if (!line.IsEmpty) afterBlank = false;
            }

            return [.. blocks];
        }
    }

    [Fact]
    public void Lines_OfTheOrientalDailyBoilerplate_SplitTheJoinedCaption()
    {
        var source = SourceText.From(OrientalDailyTail);
        var start = OrientalDailyTail.IndexOf("热门新闻", StringComparison.Ordinal);

        var lines = BlockSplitter.Lines(source, TextSpan.FromBounds(start, source.Length));

        Assert.Equal(6, lines.Count);
        Assert.Equal(["热门新闻", ReadMore, CrashCaption], Texts(source, lines).Take(3));
    }

    [Fact]
    public void FiveMillionCharacterLine_IsOneBlock_AndSplitsQuickly()
    {
        var line = new string('x', 5_000_000);
        var source = SourceText.From("  " + line + "  \n\nend");

        var stopwatch = Stopwatch.StartNew();
        var paragraphs = BlockSplitter.Split(source, BlockMode.Paragraphs);
        var lines = BlockSplitter.Split(source, BlockMode.Lines);
        var auto = BlockSplitter.Split(source, BlockMode.Auto);
        stopwatch.Stop();

        Assert.Equal(new TextSpan(2, 5_000_000), paragraphs[0].Span);
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(2, lines.Length);
        Assert.Equal(2, auto.Length);

        // A linear pass takes milliseconds; anything quadratic would take hours.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void FiveMillionCharactersOfWhiteSpace_TrimQuickly()
    {
        var spaces = new string(' ', 2_500_000);
        var source = SourceText.From(spaces + "a" + spaces);

        var stopwatch = Stopwatch.StartNew();
        var blocks = BlockSplitter.Split(source, BlockMode.Paragraphs);
        stopwatch.Stop();

        Assert.Equal(new TextSpan(2_500_000, 1), Assert.Single(blocks).Span);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"took {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData(" \u3000\n")]
    public void HundredThousandBlankLines_SeparateTwoBlocks_Quickly(string blankLine)
    {
        var text = "first" + blankLine + string.Concat(Enumerable.Repeat(blankLine, 100_000)) + "second";
        var source = SourceText.From(text);

        var stopwatch = Stopwatch.StartNew();
        var paragraphs = BlockSplitter.Split(source, BlockMode.Paragraphs);
        var lines = BlockSplitter.Split(source, BlockMode.Lines);
        var mode = BlockSplitter.Resolve(source, BlockMode.Auto);
        stopwatch.Stop();

        Assert.Equal(["first", "second"], Texts(source, paragraphs));
        Assert.Equal(["first", "second"], Texts(source, lines));
        Assert.All(lines, b => Assert.True(b.FollowsBlankLine));
        Assert.Equal(BlockMode.Paragraphs, mode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void HundredThousandShortLines_AreHundredThousandLineBlocks()
    {
        var source = SourceText.From(string.Concat(Enumerable.Repeat("字\n", 100_000)));

        var lines = BlockSplitter.Split(source, BlockMode.Auto);

        Assert.Equal(100_000, lines.Length);
        Assert.Equal(new TextSpan(199_998, 1), lines[^1].Span);
        Assert.Single(BlockSplitter.Split(source, BlockMode.Paragraphs));
    }

    [Fact]
    public void Split_alone_keeps_only_the_whole_texts_lines_and_gives_each_call_its_own_array()
    {
        var text = Samples.Read(Samples.OrientalDaily);
        var source = SourceText.From(text);

        var first = BlockSplitter.Split(source, BlockMode.Paragraphs);
        var second = BlockSplitter.Split(source, BlockMode.Paragraphs);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(75, first.Length);
        Assert.Null(source.ParagraphBlocks);
        // The paragraphs were made of the lines, which stay for a later line split of a region.
        Assert.Equal(BlockSplitter.Split(SourceText.From(text), BlockMode.Lines), source.LineBlocks);
    }

    [Fact]
    public void The_lines_of_a_region_to_the_end_are_the_kept_lines_and_equal_a_reading_of_the_region()
    {
        // Seeded texts of lines, blank and space-only lines, every kind of line break and leading
        // white space; regions from every block's start and from random offsets, to the end or not.
        var random = new Random(20261122);
        for (int round = 0; round < 300; round++)
        {
            var text = SeededLineTexts.Next(random, 12);
            var source = SourceText.From(text);
            var whole = new TextSpan(0, text.Length);

            // Made of the kept lines, the paragraphs are what a reading of the text in paragraphs gives.
            Assert.Equal(BlockSplitter.Split(SourceText.From(text), BlockMode.Paragraphs, whole), BlockSplitter.Split(source, BlockMode.Paragraphs));
            Assert.NotNull(source.LineBlocks);

            var starts = source.LineBlocks!.Select(b => b.Span.Start).Concat(Enumerable.Range(0, 3).Select(_ => random.Next(text.Length + 1)));
            foreach (var start in starts)
            {
                // To the end (taken from the kept lines), and to a random earlier end (read afresh).
                foreach (var end in new[] { text.Length, random.Next(start, text.Length + 1) })
                {
                    var region = TextSpan.FromBounds(start, end);
                    var expected = BlockSplitter.Split(SourceText.From(text), BlockMode.Lines, region);
                    Assert.Equal(expected, BlockSplitter.Split(source, BlockMode.Lines, region));
                    Assert.Equal(expected, BlockSplitter.LinesOf(source, region).ToArray());
                    Assert.Equal(expected, BlockSplitter.LinesOf(SourceText.From(text), region).ToArray());
                }
            }
        }
    }

    [Fact]
    public void SplitOnce_keeps_the_blocks_and_a_later_Split_copies_them()
    {
        var source = SourceText.From(Samples.Read(Samples.OrientalDaily));

        var once = BlockSplitter.SplitOnce(source, BlockMode.Paragraphs);
        Assert.Equal(75, once.Length);
        Assert.True(once.Span == BlockSplitter.SplitOnce(source, BlockMode.Auto).Span, "Auto resolves to the kept paragraphs");
        var kept = once.ToArray();

        // What a parse does to its array never reaches the kept blocks or the next caller.
        var parsed = BlockSplitter.Split(source, BlockMode.Paragraphs);
        Assert.Equal(kept, parsed);
        parsed[0] = new Block(new TextSpan(0, 1), FollowsBlankLine: false);
        Array.Reverse(parsed);
        Assert.Equal(kept, once.ToArray());
        Assert.Equal(kept, BlockSplitter.Split(source, BlockMode.Paragraphs));

        // The paragraphs were made of the lines, which are kept too: a line split copies them.
        var lines = BlockSplitter.Split(source, BlockMode.Lines);
        Assert.Equal(87, lines.Length);
        Assert.Equal(lines, source.LineBlocks);
        Assert.NotSame(source.LineBlocks, lines);
        // A region in paragraphs is split on its own.
        var region = TextSpan.FromBounds(kept[22].Span.Start, source.Length);
        Assert.Equal(kept[22..], BlockSplitter.Split(source, BlockMode.Paragraphs, region));
    }

    [Fact]
    public void LinesOf_a_boilerplate_after_a_paragraph_split_is_a_view_of_the_kept_lines()
    {
        var text = Samples.Read(Samples.OrientalDaily);
        var source = SourceText.From(text);
        var paragraphs = BlockSplitter.Split(source, BlockMode.Paragraphs);
        var region = TextSpan.FromBounds(paragraphs[22].Span.Start, text.Length);

        var lines = BlockSplitter.LinesOf(source, region);

        // Nothing copied: the view starts inside the kept lines, and gives what a reading gives.
        var at = Array.FindIndex(source.LineBlocks!, b => b.Span.Start == region.Start);
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(lines), ref source.LineBlocks![at]));
        Assert.Equal(BlockSplitter.Split(SourceText.From(text), BlockMode.Lines, region), lines.ToArray());
    }

    [Fact]
    public void Kept_blocks_of_different_source_texts_are_their_own()
    {
        var one = SourceText.From("a\n\nb");
        var other = SourceText.From("c\nd\n\ne\n\nf");

        Assert.Equal(2, BlockSplitter.SplitOnce(one, BlockMode.Paragraphs).Length);
        Assert.Equal(3, BlockSplitter.SplitOnce(other, BlockMode.Paragraphs).Length);
        Assert.Equal(["a", "b"], Texts(one, BlockSplitter.Split(one, BlockMode.Paragraphs)));
        Assert.True(BlockSplitter.SplitOnce(SourceText.From(" \n "), BlockMode.Lines).IsEmpty);
    }
}
