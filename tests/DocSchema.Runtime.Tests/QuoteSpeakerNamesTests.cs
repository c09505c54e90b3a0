using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>Reading the subject of a speech verb: titles, time words and adverbials stripped; documents traced to their issuer.</summary>
public class QuoteSpeakerNamesTests
{
    [Theory]
    [InlineData("当地时间周三，美国国务院发言人米勒表示", "米勒", "发言人")]
    [InlineData("乌克兰外交部长库列巴周一在基辅表示", "库列巴", "外交部长")]
    [InlineData("英国广播公司(BBC)报导", "英国广播公司", null)]
    [InlineData("随后，日本首相石破茂在记者会上说", "石破茂", "首相")]
    [InlineData("俄罗斯总统弗拉基米尔·普京还表示", "弗拉基米尔·普京", "总统")]
    // Punctuation, spaces and dates before the subject are skipped: CJK punctuation, U+3000, and a
    // date's number in full-width, Chinese and Arabic-Indic digits (the Han-first tests and the
    // date's digit set must keep all of them).
    [InlineData("、《【特朗普表示", "特朗普", null)]
    [InlineData("\u3000【特朗普表示", "特朗普", null)]
    [InlineData("２０日特朗普表示", "特朗普", null)]
    [InlineData("二十日特朗普表示", "特朗普", null)]
    [InlineData("١٢日特朗普表示", "特朗普", null)]
    // Digits after a name end it where they make a date (the unit after the run), and are part of
    // it where they do not; every digit of a run is asked, and answered as its first was.
    [InlineData("美国总统特朗普2025年表示", "特朗普", "总统")]
    [InlineData("美国总统特朗普20号表示", "特朗普", "总统")]
    [InlineData("发言人米勒2025表示", "米勒2025", "发言人")]
    [InlineData("发言人米勒2025与3日表示", "米勒2025", "发言人")]
    [InlineData("发言人米勒三五七表示", "米勒三五七", "发言人")]
    public void Chinese_names(string clause, string name, string? role)
    {
        var mention = ReadChinese(clause);
        Assert.Equal(SpeakerMentionKind.Name, mention.Kind);
        Assert.Equal(name, mention.Text);
        Assert.Equal(role, mention.Role);
    }

    [Theory]
    [InlineData("白宫宣读的通话内容称", "白宫")]
    [InlineData("克里姆林宫的声明称", "克里姆林宫")]
    [InlineData("新华社报道称", "新华社")]
    public void Chinese_documents_speak_for_their_issuer(string clause, string issuer)
    {
        var mention = ReadChinese(clause);
        Assert.Equal(SpeakerMentionKind.Document, mention.Kind);
        Assert.Equal(issuer, mention.Text);
        Assert.True(mention.IsOrganization);
    }

    [Theory]
    [InlineData("报道称", "Document")]
    [InlineData("他在社交平台上写道", "Pronoun")]
    [InlineData("他们随后表示", "Pronoun")]
    [InlineData("总统表示", "Role")]
    [InlineData("并补充称", "None")]
    public void Chinese_subjects_that_need_resolving(string clause, string kind) =>
        Assert.Equal(kind, ReadChinese(clause).Kind.ToString());

    [Fact]
    public void The_characters_a_date_can_start_with_are_every_digit_and_the_Chinese_numerals()
    {
        // The enumeration probes every tenth unit and fills each run of ten from the probe's digit
        // value; a scan of the whole BMP says what it must find.
        var expected = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)
            .Concat("〇零一二三四五六七八九十两").ToArray();
        var digits = ChineseSpeakerNames.DigitsAndNumerals().ToArray();
        Assert.Equal(expected, digits);
        Assert.Contains('\uFF10', digits);
        Assert.Contains('\u0669', digits);
    }

    [Fact]
    public void Chinese_officials_of_a_place_speak_as_a_body()
    {
        var mention = ReadChinese("俄罗斯南部地区官员表示");
        Assert.Equal(SpeakerMentionKind.Name, mention.Kind);
        Assert.True(mention.IsOrganization);
    }

    [Theory]
    [InlineData("乌克兰表示", "乌克兰", true)] // a country speaks as its government
    [InlineData("基辅称", "基辅", true)] // so does a capital
    [InlineData("联合国表示", "联合国", true)]
    [InlineData("美国表示", "美国", true)] // two characters ending in 国
    [InlineData("乌克兰人表示", "乌克兰人", false)] // a place's name begins it but is not all of it
    [InlineData("日本人表示", "日本人", false)] // so with a place of two characters
    [InlineData("王建国表示", "王建国", false)] // a person's name ending in 国
    public void Chinese_places_and_countries_speak_as_bodies_and_longer_names_do_not(string clause, string name, bool isOrganization)
    {
        var mention = ReadChinese(clause);
        Assert.Equal(SpeakerMentionKind.Name, mention.Kind);
        Assert.Equal(name, mention.Text);
        Assert.Equal(isOrganization, mention.IsOrganization);
    }

    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelenskyy, in a news conference on Tuesday, said the deal was close.", "Volodymyr Zelenskyy", "president")]
    [InlineData("Secretary of State Marco Rubio said the deal was close.", "Marco Rubio", "secretary of state")]
    [InlineData("ABC News Chief International Correspondent James Longman asked about the deal.", "James Longman", "chief international correspondent")]
    [InlineData("Vice President J.D. Vance said the deal was close.", "J.D. Vance", "vice president")]
    [InlineData("Later, Kremlin spokesman Dmitry Peskov also said the deal was close.", "Dmitry Peskov", "spokesman")]
    public void English_names(string sentence, string name, string role)
    {
        var mention = ReadEnglish(sentence);
        Assert.Equal(SpeakerMentionKind.Name, mention.Kind);
        Assert.Equal(name, mention.Text);
        Assert.Equal(role, mention.Role);
    }

    [Theory]
    [InlineData("But the Kremlin readout said that the issue remained.", "Document", "Kremlin")]
    [InlineData("The readout stated that the issue remained.", "Document", "")]
    [InlineData("However, later Tuesday, the president conceded the issue remained.", "Role", "")]
    [InlineData("He added that the issue remained.", "Pronoun", "he")]
    [InlineData("They said that the issue remained.", "Pronoun", "they")] // the longest pronoun
    [InlineData("She said that the issue remained.", "Pronoun", "she")]
    [InlineData("It said that the issue remained.", "Pronoun", "it")]
    [InlineData("The White House said the issue remained.", "Name", "White House")]
    public void English_subjects_that_need_resolving(string sentence, string kind, string text)
    {
        var mention = ReadEnglish(sentence);
        Assert.Equal(kind, mention.Kind.ToString());
        Assert.Equal(text, mention.Text);
    }

    [Fact]
    public void A_subject_is_read_back_over_at_most_24_phrase_words_and_8_adverbs()
    {
        // A long title and name, thirteen words: read whole.
        const string Senator = "Democratic U.S. Senate Foreign Relations Committee Ranking Member Jeanne Shaheen of New Hampshire";
        Assert.Equal(Senator, ReadEnglish($"{Senator} said the deal was close.").Text);

        // Twenty-four capitalised words (and a determiner, which is not counted): a name of 24.
        string twentyFour = string.Join(' ', Enumerable.Range(0, 24).Select(i => "Al" + (char)('a' + i)));
        Assert.Equal(twentyFour, ReadEnglish($"The {twentyFour} said the deal was close.").Text);
        // Twenty-five: a headline in title case or a shouted sentence, not read from its start.
        Assert.Equal(SpeakerMentionKind.None, ReadEnglish($"{twentyFour} Mike said the deal was close.").Kind);

        // The same bound after the verb ("according to …", "…," said …).
        var after = Paragraph($"It holds, according to {twentyFour}.");
        Assert.Equal(twentyFour, EnglishSpeakerNames.After(after, 4, after.Words.Count, 0).Text);
        var tooLong = Paragraph($"It holds, according to {twentyFour} Mike.");
        Assert.Equal(SpeakerMentionKind.None, EnglishSpeakerNames.After(tooLong, 4, tooLong.Words.Count, 0).Kind);

        Assert.Equal("Dmitry Peskov", ReadEnglish("Dmitry Peskov has also previously never once again recently still said so.").Text);
        // Nine adverbs and auxiliaries: no subject read back.
        Assert.Equal(SpeakerMentionKind.None, ReadEnglish("Dmitry Peskov has also previously never once again recently still now said so.").Kind);
    }

    [Theory]
    // A period inside a word of periods (5 p.m., e.g., U.S.) ends no sentence; one after a word ends it.
    [InlineData("He left at 5 p.m. on Tuesday. She stayed.", 2)]
    [InlineData("Bring e.g. water. She stayed.", 2)]
    [InlineData("The U.S. team won. She stayed.", 2)]
    [InlineData("He left at five. She stayed.", 2)]
    [InlineData("He left. On Tuesday. She stayed.", 3)]
    public void Abbreviations_with_periods_end_no_sentence(string text, int sentences) =>
        Assert.Equal(sentences, Paragraph(text).Sentences.Count);

    [Fact]
    public void Joining_words_that_stand_one_space_apart_gives_what_joining_them_word_by_word_gives()
    {
        // Runs of words with one space, two spaces, a tab, a comma or a line break between them,
        // names and connectors and lower-case words, each joined in every mode.
        string[] pieces = ["Donald", "Trump", "of", "state", "Vice", "President", "J.D.", "Vance", "al", "Mr.", "the", "Kremlin's"];
        string[] gaps = [" ", " ", " ", "  ", "\t", ", ", "\n"];
        var random = new Random(11);
        int slices = 0;
        for (int round = 0; round < 5_000; round++)
        {
            var text = new System.Text.StringBuilder(random.Next(2) == 0 ? "" : "Said ");
            var words = new List<TextSpan>();
            for (int k = random.Next(1, 6); k > 0; k--)
            {
                if (words.Count > 0) text.Append(gaps[random.Next(gaps.Length)]);
                var piece = pieces[random.Next(pieces.Length)];
                words.Add(new TextSpan(text.Length, piece.Length));
                text.Append(piece);
            }

            string whole = text.ToString();
            foreach (var (namesOnly, asRole) in new[] { (false, false), (true, false), (false, true), (true, true) })
            {
                var joined = EnglishSpeakerNames.Join(whole, words.ToArray(), namesOnly, asRole);
                Assert.Equal(EnglishSpeakerNames.JoinWordByWord(whole, words.ToArray(), namesOnly, asRole), joined);
                slices += joined.Length > 0 && whole.Contains(joined, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(slices > 3_000, $"only {slices} joins stood in the text as they are");
    }

    [Theory]
    [InlineData("美国总统特朗普表示", "Name", "特朗普", "总统")]
    [InlineData("总统表示", "Role", "", "总统")]
    [InlineData("他表示", "Pronoun", "他", null)]
    [InlineData("他们表示", "Pronoun", "他们", null)]
    public void A_Chinese_title_or_pronoun_is_the_word_lists_own_string(string clause, string kind, string text, string? role)
    {
        // The word lists' strings are literals, interned: a mention keeps one of them, not a copy of the clause's characters.
        var mention = ReadChinese(clause);

        Assert.Equal((kind, text, role), (mention.Kind.ToString(), mention.Text, mention.Role));
        if (role is not null) Assert.Same(string.IsInterned(role), mention.Role);
        if (kind == "Pronoun") Assert.Same(string.IsInterned(text), mention.Text);
    }

    [Fact]
    public void A_titled_Chinese_name_keeps_the_title_lists_own_string_as_its_role()
    {
        var p = Paragraph("乌克兰总统泽连斯基与美国总统特朗普通话。");
        var titled = new List<(int Offset, SpeakerMention Mention)>();

        ChineseSpeakerNames.TitledNames(p, titled);

        Assert.Equal([("泽连斯基", "总统"), ("特朗普", "总统")], titled.Select(t => (t.Mention.Text, t.Mention.Role!)));
        Assert.All(titled, t => Assert.Same(string.IsInterned("总统"), t.Mention.Role));
    }

    private static SpeakerMention ReadChinese(string clause)
    {
        var p = Paragraph(clause);
        var verb = p.Verbs[^1];
        int start = verb.Start;
        while (start > 0 && clause[start - 1] is not ('，' or ',')) start--;
        return ChineseSpeakerNames.Read(p, start, verb.Start);
    }

    private static SpeakerMention ReadEnglish(string sentence)
    {
        var p = Paragraph(sentence);
        var verb = p.Verbs.First(v => v.Tier == SpeechVerbTier.Speech);
        return EnglishSpeakerNames.Before(p, verb.Word, 0, 0);
    }

    private static QuoteParagraph Paragraph(string text) =>
        new(text, new TextSpan(0, text.Length), QuoteScanner.Scan(text, new TextSpan(0, text.Length)));
}
