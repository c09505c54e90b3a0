using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>The speech-verb tables: what is a verb of saying, how strongly it attributes, and the look-alikes that are not.</summary>
public class QuoteSpeechVerbTests
{
    [Theory]
    [InlineData("他说", 1, "说", "Speech")]
    [InlineData("他补充说", 1, "补充说", "Speech")] // longest first
    [InlineData("她回应道", 1, "回应道", "Speech")]
    [InlineData("外交部发表声明", 3, "发表", "Speech")] // issuing a statement is speaking
    [InlineData("他认为", 1, "认为", "Cognition")]
    [InlineData("据报道", 0, "据", "Source")]
    [InlineData("新华社报导", 3, "报导", "Source")]
    [InlineData("记者问泽连斯基", 2, "问", "Speech")]
    public void Chinese_verbs(string text, int at, string verb, string tier)
    {
        Assert.True(SpeechVerbs.TryMatchChinese(text, at, text.Length, out int length, out var found));
        Assert.Equal(verb, text.Substring(at, length));
        Assert.Equal(tier, found.ToString());
    }

    [Theory]
    [InlineData("一部小说", 3)] // 小说: a novel
    [InlineData("公司名称", 3)] // 名称: a name
    [InlineData("被称为", 1)] // 称为: to be called (a naming, not speech)
    [InlineData("这个问题", 2)] // 问题: a question
    [InlineData("总统顾问", 3)] // 顾问: an adviser
    [InlineData("发表论文", 0)] // publishing a paper is not a statement
    public void Chinese_look_alikes_are_not_verbs(string text, int at) =>
        Assert.False(SpeechVerbs.TryMatchChinese(text, at, text.Length, out _, out _));

    [Fact]
    public void Issuing_is_speech_only_with_a_statement_as_object_before_any_punctuation_within_twelve_characters()
    {
        // 发表 + k characters + 声明 (or 聲明, 推文): the noun may start at most eleven characters past the verb.
        foreach (var noun in new[] { "声明", "聲明", "推文" })
        {
            for (int k = 0; k <= 14; k++)
            {
                string text = "他发表" + new string('长', k) + noun + "后离开";
                Assert.True(k < 12 == SpeechVerbs.TryMatchChinese(text, 1, text.Length, out _, out _), $"{text}");

                // The paragraph ends inside the noun: nothing is read past its end.
                int cut = text.IndexOf(noun, StringComparison.Ordinal) + 1;
                Assert.False(SpeechVerbs.TryMatchChinese(text, 1, cut, out _, out _), $"{text} cut at {cut}");
            }
        }

        Assert.False(SpeechVerbs.TryMatchChinese("他发表了，声明", 1, 7, out _, out _)); // punctuation ends the object phrase
        Assert.False(SpeechVerbs.TryMatchChinese("他发表、声明", 1, 6, out _, out _)); // CJK punctuation too
        Assert.False(SpeechVerbs.TryMatchChinese("他发表「声明」", 1, 7, out _, out _));
        Assert.True(SpeechVerbs.TryMatchChinese("他发布了一则帖子", 1, 8, out int length, out var tier));
        Assert.Equal((2, SpeechVerbTier.Speech), (length, tier));
    }

    [Theory]
    [InlineData("said", "Speech")]
    [InlineData("Says", "Speech")]
    [InlineData("responded", "Speech")]
    [InlineData("adding", "Speech")]
    [InlineData("believed", "Cognition")]
    [InlineData("reported", "Source")]
    public void English_verbs(string word, string tier)
    {
        Assert.True(SpeechVerbs.TryGetEnglish(word, out var found));
        Assert.Equal(tier, found.ToString());
    }

    [Fact]
    public void Every_English_verb_is_found_in_lower_upper_and_title_case()
    {
        // The quick test of first letters and length must never turn a verb away.
        var verbs = SpeechVerbs.EnglishVerbs.ToList();
        Assert.True(verbs.Count > 100, $"only {verbs.Count} verbs");
        foreach (var verb in verbs)
        {
            foreach (var form in new[] { verb, verb.ToUpperInvariant(), char.ToUpperInvariant(verb[0]) + verb[1..] })
                Assert.True(SpeechVerbs.TryGetEnglish(form, out _), form);
        }
    }

    [Fact]
    public void An_english_word_is_a_verb_exactly_when_lower_cased_it_is_one_of_the_verbs()
    {
        // Verbs in random case, with a letter changed, beyond ASCII (the Kelvin sign lower-cases
        // to k, long s does not lower-case to s) or cut short, as the attributor meets them.
        var verbs = SpeechVerbs.EnglishVerbs.ToHashSet(StringComparer.Ordinal);
        var list = verbs.ToList();
        const string replacements = "aeksKS\u212Aſé'";
        var random = new Random(907);
        int found = 0;
        for (int round = 0; round < 20_000; round++)
        {
            var word = new System.Text.StringBuilder(list[random.Next(list.Count)]);
            for (int k = 0; k < word.Length; k++)
                if (random.Next(2) == 0) word[k] = char.ToUpperInvariant(word[k]);
            if (random.Next(3) == 0) word[random.Next(word.Length)] = replacements[random.Next(replacements.Length)];
            if (random.Next(5) == 0) word.Length = random.Next(word.Length + 1);
            string text = word.ToString();
            bool expected = verbs.Contains(text.ToLowerInvariant());
            Assert.True(expected == SpeechVerbs.TryGetEnglish(text, out _), $"'{text}'");
            found += expected ? 1 : 0;
        }

        Assert.InRange(found, 5_000, 15_000);
    }

    [Fact]
    public void A_word_beyond_ascii_as_long_as_a_hostile_paragraph_is_no_verb() =>
        // Lower-cased into a stack copy only when it could be a verb: this one is 40 MB of characters, ten times a thread's stack.
        Assert.False(SpeechVerbs.TryGetEnglish(new string('\u00E9', 20_000_000), out _));

    [Theory]
    [InlineData("the")] // as long as "say", "add" and "tell"; no verb starts "th"
    [InlineData("and")] // as long as "add", and starts like it
    [InlineData("Trump")]
    [InlineData("administration")]
    [InlineData("s\u0430id")] // a Cyrillic а: not the verb
    [InlineData("ſaid")] // long s, which invariant lower-casing leaves as it is
    public void English_words_that_are_not_verbs_are_not_found(string word) =>
        Assert.False(SpeechVerbs.TryGetEnglish(word, out _));

    [Theory]
    [InlineData("post")] // "a social media post"
    [InlineData("calls")] // "phone calls"
    [InlineData("remarks")]
    [InlineData("statement")]
    public void English_nouns_that_look_like_verbs_are_not_in_the_table(string word) =>
        Assert.False(SpeechVerbs.TryGetEnglish(word, out _));

    [Theory]
    [InlineData("Zelenskyy was asked by a reporter about the deal.")] // passive: the subject does not speak
    [InlineData("The stated goal of the talks is peace.")] // adjective after a determiner
    [InlineData("A show called \"Face the Nation\" airs on Sundays.")] // naming, not speech
    public void Uses_of_verb_forms_that_are_not_attribution(string text)
    {
        var p = new QuoteParagraph(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
        Assert.Empty(p.Verbs);
    }

    [Fact]
    public void Verbs_and_words_between_quotes_are_read_and_none_inside_them()
    {
        // Quotes full of verbs, titles and words, which a search steps over a whole quote at a time.
        const string chinese = "“我们说过，总统表示会谈。”外交部发言人说，“他们称将回应，部长指出”，总理称“你说呢”。";
        var zh = new QuoteParagraph(chinese, new TextSpan(0, chinese.Length), QuoteScanner.Scan(chinese, new TextSpan(0, chinese.Length)));
        Assert.Equal(["说", "称"], zh.Verbs.Select(v => chinese[v.Start..v.End]));

        // Words right after a closing mark too: a step too far would cut them.
        const string english = "“He said it was over, she told me,”Mr. Smith said, “and they added it.”Jones agreed.";
        var en = new QuoteParagraph(english, new TextSpan(0, english.Length), QuoteScanner.Scan(english, new TextSpan(0, english.Length)));
        Assert.Equal(["Mr.", "Smith", "said", "Jones", "agreed"], en.Words.Select(w => english[w.Start..w.End]));
        Assert.Equal(["said"], en.Verbs.Select(v => english[v.Start..v.End]));
    }

    [Fact]
    public void A_verb_or_title_right_after_a_closing_mark_is_read()
    {
        // The searches step over a quote (from the 说 and the 总统 inside it) to the character
        // after its closing mark: one further would lose the 称 and the 总统 that follow.
        const string text = "“他说”称是目标，“总统好”总统特朗普说。";
        var p = new QuoteParagraph(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
        Assert.Equal(["称", "说"], p.Verbs.Select(v => text[v.Start..v.End]));

        var titled = new List<(int Offset, SpeakerMention Mention)>();
        ChineseSpeakerNames.TitledNames(p, titled);
        var (offset, mention) = Assert.Single(titled);
        Assert.Equal((text.LastIndexOf('总'), "特朗普", "总统"), (offset, mention.Text, mention.Role));
    }

    [Fact]
    public void A_sentence_that_opens_with_a_quote_has_the_subject_after_it()
    {
        // The quote after the colon has no verb of its own: its speaker is the sentence's subject,
        // read past the quote the sentence opens with.
        var attribution = Paragraphs("“和平”特朗普周二在白宫：“我们会赢。”");
        Assert.Equal("特朗普", attribution.Quote("我们会赢").Speaker);
    }

    [Fact]
    public void Outside_quotes_from_an_offset_is_the_first_offset_past_the_quote_it_is_in()
    {
        const string text = "他说“好的”然后“走”";
        var p = new QuoteParagraph(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
        Assert.Equal(0, p.OutsideQuotesFrom(0));
        Assert.Equal(text.IndexOf('然'), p.OutsideQuotesFrom(text.IndexOf('好')));
        Assert.Equal(text.IndexOf('然'), p.OutsideQuotesFrom(text.IndexOf('“')));
        Assert.Equal(text.Length, p.OutsideQuotesFrom(text.IndexOf('走')));
        Assert.Equal(text.Length, p.OutsideQuotesFrom(text.Length));
    }

    [Fact]
    public void Verbs_inside_quotes_are_the_quoted_speakers_not_the_reporters()
    {
        const string text = "“他们说会支持我们，”马克龙表示。";
        var p = new QuoteParagraph(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
        var verb = Assert.Single(p.Verbs);
        Assert.Equal("表示", text[verb.Start..verb.End]);
    }

    [Theory]
    [InlineData("According to the Kremlin, the talks were useful.", "According to")]
    [InlineData("The talks were useful, ACCORDING TO the Kremlin.", "ACCORDING TO")]
    [InlineData("The talks, according  to the Kremlin, were useful and he said so.", "according  to")]
    public void According_to_is_one_source_verb_over_both_words(string text, string phrase)
    {
        var p = new QuoteParagraph(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
        var source = Assert.Single(p.Verbs, verb => verb.Tier == SpeechVerbTier.Source);
        Assert.Equal(phrase, text[source.Start..source.End]);
        Assert.Equal("to", text.Substring(p.Words[source.Word].Start, p.Words[source.Word].Length), ignoreCase: true);
    }

    [Theory]
    [InlineData("The talks were useful, according, to the Kremlin.")]
    [InlineData("The talks were useful according")]
    [InlineData("The talks were useful, acccording to the Kremlin.")]
    public void According_without_to_right_after_it_is_no_verb(string text)
    {
        var p = new QuoteParagraph(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
        Assert.Empty(p.Verbs);
    }
}
