using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// Who said it: each attribution rule on sentences written for these tests in news style, English
/// and Chinese, with people other than the samples' (the rules are about how journalists write,
/// not about particular names).
/// </summary>
public class QuoteSpeakerTests
{
    [Theory]
    [InlineData("\"We will not back down,\" Prime Minister Keir Starmer said.", "Starmer")]
    [InlineData("\"We will not back down,\" said Prime Minister Keir Starmer.", "Starmer")]
    [InlineData("\"Rates will stay where they are,\" ECB President Christine Lagarde told reporters on Thursday.", "Lagarde")]
    [InlineData("\"The strike hit a residential area,\" the Ministry of Defence said in a statement.", "Ministry of Defence")]
    [InlineData("\"We are studying the proposal,\" Kremlin spokesman Dmitry Peskov said.", "Peskov")]
    [InlineData("Merkel told reporters: \"This is a historic day for Europe.\"", "Merkel")]
    [InlineData("Secretary of State Marco Rubio wrote on X: \"The United States stands with its allies.\"", "Rubio")]
    [InlineData("Macron said, \"Europe must be able to defend itself.\"", "Macron")]
    [InlineData("\"The vote is a disgrace,\" Sen. Bernie Sanders wrote.", "Sanders")]
    public void English_speech_verb_before_or_after_the_quote(string paragraph, string speaker) =>
        Assert.Contains(speaker, Paragraphs(paragraph).Only().Speaker);

    [Theory]
    [InlineData("“我们不会让步，”德国总理朔尔茨说。", "朔尔茨")]
    [InlineData("“谈判取得了进展，”外交部发言人毛宁在例行记者会上表示。", "毛宁")]
    [InlineData("“局势仍然紧张，”以色列国防军周日晚些时候在声明中称。", "以色列国防军")]
    [InlineData("法国总统马克龙在社交媒体上写道：“欧洲必须团结起来。”", "马克龙")]
    [InlineData("当地时间周三，英国首相斯塔默在议会回应称：“我们会继续支持乌克兰。”", "斯塔默")]
    [InlineData("“这是历史性的一天，”联合国秘书长古特雷斯强调。", "古特雷斯")]
    public void Chinese_speech_verb_before_or_after_the_quote(string paragraph, string speaker) =>
        Assert.Equal(speaker, Paragraphs(paragraph).Only().Speaker);

    [Theory]
    [InlineData("Senator Elizabeth Warren, speaking after the vote, called the bill \"a gift to Wall Street.\"", "Elizabeth Warren")]
    [InlineData("Mayor Eric Adams, in a radio interview on Monday, said the plan was \"dead on arrival.\"", "Eric Adams")]
    [InlineData("Putin, according to the Kremlin, described the talks as \"useful.\"", "Putin")]
    [InlineData("朔尔茨称这次会谈“坦率而务实”。", "朔尔茨")]
    [InlineData("乌克兰外交部长库列巴周一在基辅表示，西方的援助“来得太晚”。", "库列巴")]
    public void Partial_quote_goes_to_the_subject_of_the_sentences_speech_verb(string paragraph, string speaker) =>
        Assert.Equal(speaker, Paragraphs(paragraph).Only().Speaker);

    [Fact]
    public void The_strongest_verb_wins_over_a_relaying_outlet_and_a_described_thought()
    {
        // The outlet that reports (reported) and the thought described (believed) are not the speaker.
        Assert.Equal("Eric Adams", Paragraphs("The Associated Press reported that Mayor Eric Adams said the plan was \"dead on arrival.\"").Only().Speaker);
        Assert.Equal("ministry", Paragraphs("The ministry said the minister believed the ban should remain \"for the foreseeable future.\"").Only().Speaker);
        Assert.Equal("卢卡申科", Paragraphs("据白俄罗斯媒体报道，卢卡申科周二表示，双方关系“牢不可破”。").Only().Speaker);
        Assert.Equal("外交部", Paragraphs("外交部表示，王毅认为两国合作应当“更加务实”。").Only().Speaker);
    }

    [Fact]
    public void An_elided_subject_continues_the_sentences_speaker()
    {
        Assert.Equal("古特雷斯", Paragraphs("古特雷斯表示，联合国将继续努力，并补充称局势“极其危险”。").Only().Speaker);
        var result = Paragraphs("卡尔尼表示，加拿大将提出反制措施，马克龙随后宣布了新的援助，并补充称这是“欧洲的责任”。");
        Assert.Equal("马克龙", result.Only().Speaker);
    }

    [Fact]
    public void Consecutive_quotes_share_the_attribution()
    {
        var english = Paragraphs("\"We are ready,\" Spanish Prime Minister Pedro Sanchez said. \"The door is open.\"");
        Assert.All(english.Quotes, q => Assert.Equal("Pedro Sanchez", q.Speaker));
        var chinese = Paragraphs("“我们已经准备好了，”马克龙说。“大门始终敞开。”");
        Assert.All(chinese.Quotes, q => Assert.Equal("马克龙", q.Speaker));
        var colon = Paragraphs("外交部发言人毛宁说：“中方反对制裁。”“我们将采取必要措施。”");
        Assert.All(colon.Quotes, q => Assert.Equal("毛宁", q.Speaker));
    }

    [Fact]
    public void Pronouns_go_to_the_person_last_named_as_speaking()
    {
        var english = Paragraphs(
            "Governor Gavin Newsom said the state would sue over the order.",
            "Attorney General Rob Bonta filed the papers on Tuesday.",
            "\"We will see them in court,\" he added.");
        Assert.Equal("Gavin Newsom", english.Only().Speaker);

        var chinese = Paragraphs(
            "英国首相斯塔默周五表示，英国将增加国防开支。",
            "“这是必要的一步，”他补充说。");
        Assert.Equal("斯塔默", chinese.Only().Speaker);

        // 他 later in the sentence that opened with the person.
        Assert.Equal("卡尔尼", Paragraphs("加拿大总理卡尔尼周二与墨西哥总统通话，他称这是“一次坦诚的对话”。").Only().Speaker);
    }

    [Fact]
    public void A_pronoun_before_anyone_spoke_goes_to_the_person_last_named()
    {
        var result = Paragraphs("ECB President Christine Lagarde was asked whether rates would fall. \"We are not there yet,\" she said.");
        Assert.Equal("Christine Lagarde", result.Only().Speaker);
    }

    [Fact]
    public void They_goes_to_whoever_spoke_last()
    {
        var result = Paragraphs(
            "The European Commission said the talks would resume next week.",
            "\"Both sides want an agreement,\" they said.");
        Assert.Equal("European Commission", result.Only().Speaker);
    }

    [Fact]
    public void A_pronoun_opening_a_sentence_resolves_as_it_does_in_lower_case()
    {
        // A person and a body have both spoken: "they" goes to whoever spoke last, "it" to the body
        // that spoke last, where "he" or "she" would go to the person.
        var plural = Paragraphs(
            "Prime Minister Keir Starmer said the talks had stalled.",
            "The European Commission said the talks would resume next week.",
            "They said: \"Both sides want an agreement.\"");
        var it = Paragraphs(
            "The Kremlin said the talks would resume next week.",
            "Prime Minister Keir Starmer said the talks had stalled.",
            "It said: \"Both sides want an agreement.\"");
        Assert.Equal(("European Commission", "Kremlin"), (plural.Only().Speaker, it.Only().Speaker));
    }

    [Fact]
    public void A_role_goes_to_the_person_last_named_with_that_title()
    {
        var english = Paragraphs(
            "Chancellor Olaf Scholz met union leaders in Berlin on Friday.",
            "Later, the chancellor said the deal was \"fair and overdue.\"");
        Assert.Equal("Olaf Scholz", english.Only().Speaker);

        var chinese = Paragraphs(
            "法国总统马克龙周二抵达北京。",
            "总统在记者会上说，两国关系“处于历史最好时期”。");
        Assert.Equal("马克龙", chinese.Only().Speaker);
    }

    [Fact]
    public void A_shortened_title_finds_the_person_with_the_full_title()
    {
        var result = Paragraphs(
            "Foreign Minister Sergei Lavrov arrived in Ankara on Monday.",
            "The minister said the proposal was \"worth discussing.\"");
        Assert.Equal("Sergei Lavrov", result.Only().Speaker);

        var chinese = Paragraphs("俄罗斯外交部长拉夫罗夫周一抵达安卡拉。", "部长随后表示，该提议“值得讨论”。");
        Assert.Equal("拉夫罗夫", chinese.Only().Speaker);
    }

    [Fact]
    public void A_vice_president_is_not_the_president()
    {
        var result = Paragraphs(
            "President Joe Biden and Vice President Kamala Harris met the families.",
            "The president said the loss was \"unbearable.\"");
        Assert.Equal("Joe Biden", result.Only().Speaker);
    }

    [Fact]
    public void Organisations_speak()
    {
        Assert.Equal("Pentagon", Paragraphs("The Pentagon said the strikes were \"necessary and proportionate.\"").Only().Speaker);
        Assert.Equal("外交部", Paragraphs("“中方对此表示强烈不满，”外交部在声明中说。").Only().Speaker);
        var kind = Paragraphs("“中方对此表示强烈不满，”外交部在声明中说。").Speakers.Single().Kind;
        Assert.Equal(SpeakerKind.Organization, kind);
    }

    [Fact]
    public void A_readout_or_statement_speaks_for_the_body_that_issued_it()
    {
        var english = Paragraphs(
            "A Downing Street readout of the meeting said both sides agreed to talk again.",
            "\"The prime minister stressed the importance of unity,\" the readout stated.");
        Assert.Equal("Downing Street", english.Only().Speaker);

        Assert.Equal("Elysee", Paragraphs("The Elysee statement said the visit was \"productive.\"").Only().Speaker);

        var chinese = Paragraphs(
            "外交部发表声明，谴责袭击事件。",
            "“这种行为严重违反国际法，”声明称。");
        Assert.Equal("外交部", chinese.Only().Speaker);

        Assert.Equal("克里姆林宫", Paragraphs("克里姆林宫的声明称，俄方“不排除”进一步谈判。").Only().Speaker);
        Assert.Equal("白宫", Paragraphs("白宫发布的会谈纪要称，双方同意“尽快重启谈判”。").Only().Speaker);
    }

    [Fact]
    public void A_quote_spanning_paragraphs_takes_the_attribution_of_its_first_paragraph()
    {
        var result = Paragraphs(
            "\"We have made progress on every point,\" Secretary-General Antonio Guterres said. \"But the hardest part",
            "\"is still ahead of us.\"");
        Assert.All(result.Quotes, q => Assert.Equal("Antonio Guterres", q.Speaker));
        Assert.Equal(["We have made progress on every point,", "But the hardest part", "is still ahead of us."], result.Quotes.Select(q => q.Text.Text));
    }

    [Fact]
    public void A_quote_spanning_paragraphs_takes_the_attribution_of_its_last_paragraph()
    {
        var result = Paragraphs(
            "Ottawa unveiled its budget on Tuesday.",
            "\"The budget protects families and keeps the deficit falling.",
            "\"It is the right plan for the country,\" Finance Minister Chrystia Freeland said.");
        Assert.All(result.Quotes, q => Assert.Equal("Chrystia Freeland", q.Speaker));
    }

    [Fact]
    public void A_paragraph_of_quote_alone_continues_the_last_speaker()
    {
        var result = Paragraphs(
            "朔尔茨周三表示，德国将履行承诺。",
            "“我们不会退缩。”");
        Assert.Equal("朔尔茨", result.Only().Speaker);
    }

    [Fact]
    public void Caption_quote_goes_to_the_captions_subject()
    {
        var result = Article(null,
            ["“这是一个好的开始，”朔尔茨说。"],
            ["德国总理朔尔茨当地时间周四在柏林会见法国总统，双方同意“加强防务合作”。(图取自路透社)"]);
        var caption = Assert.Single(Assert.Single(result.CaptionQuotes));
        Assert.Equal("朔尔茨", caption.Speaker);
        Assert.Equal(QuoteKind.Partial, caption.Kind);

        // The caption's quote joins the speaker of the body.
        var speaker = Assert.Single(result.Speakers);
        Assert.Equal(2, speaker.Quotes.Count);
    }

    [Fact]
    public void Caption_does_not_inherit_pronouns_from_the_body()
    {
        var result = Article(null, ["\"We are ready,\" Pedro Sanchez said."], ["He waves to supporters after calling the vote \"a victory.\""]);
        var caption = Assert.Single(Assert.Single(result.CaptionQuotes));
        Assert.Equal(QuoteKind.Partial, caption.Kind);
        Assert.Null(caption.Speaker);
    }

    [Theory]
    [InlineData("\"This is a dark day for democracy,\" said Rep. Alexandria Ocasio-Cortez, D-N.Y., in a statement.", "Alexandria Ocasio-Cortez")]
    [InlineData("White House press secretary Karoline Leavitt told reporters the president was \"very happy\" with the outcome.", "Karoline Leavitt")]
    [InlineData("In a statement, the company said it was \"deeply saddened\" by the news.", "company")]
    [InlineData("Peskov, the Kremlin spokesman, said Moscow was \"open to dialogue.\"", "Peskov")]
    [InlineData("Asked whether he would run again, Biden replied: \"Watch me.\"", "Biden")]
    [InlineData("\"We are on the brink,\" warned UN Secretary-General Antonio Guterres.", "Antonio Guterres")]
    [InlineData("The Kremlin's spokesman said the talks were \"constructive.\"", "Kremlin's spokesman")]
    [InlineData("Trump on Tuesday called the decision \"a disgrace.\"", "Trump")]
    [InlineData("Émile Zola said the verdict was \"a crime.\"", "Émile Zola")] // capitals beyond ASCII
    [InlineData("\"We will appeal,\" said Žofie Nováková, the defence lawyer.", "Žofie Nováková")]
    [InlineData("Officials said the attack was \"deliberate.\"", "Officials")]
    [InlineData("\"The ceasefire is holding,\" Israeli military spokesman Lt. Col. Nadav Shoshani told CNN.", "Nadav Shoshani")]
    [InlineData("“我们对结果感到满意，”该公司发言人说。", "该公司发言人")] // no one of that title named: the description speaks
    [InlineData("据新华社报道，国家主席习近平在会见时指出，双方要“相互尊重”。", "习近平")]
    [InlineData("哈马斯在声明中称，以色列“必须为此负责”。", "哈马斯")]
    [InlineData("特朗普当天在白宫对记者说：“这是一个伟大的协议。”", "特朗普")] // 当天 is not part of the name
    [InlineData("马克龙周一接受法国电视二台采访时表示，欧洲“不能再依赖美国”。", "马克龙")]
    public void More_attributions_in_news_style(string paragraph, string speaker) =>
        Assert.Equal(speaker, Paragraphs(paragraph).Quotes[0].Speaker);

    [Theory]
    [InlineData("The Kremlin's spokesman said the talks were \"constructive.\"")]
    [InlineData("The Kremlin’s spokesman said the talks were \"constructive.\"")]
    [InlineData("The Kremlin'S spokesman said the talks were \"constructive.\"")]
    [InlineData("The KREMLIN’S spokesman said the talks were \"constructive.\"")]
    public void A_bodys_spokesman_speaks_for_the_body_with_either_apostrophe_in_either_case(string paragraph)
    {
        var speaker = Assert.Single(Paragraphs(paragraph).Speakers);
        Assert.Equal(SpeakerKind.Organization, speaker.Kind);
        Assert.Equal(paragraph[4..paragraph.IndexOf(" said", StringComparison.Ordinal)], speaker.Name);
    }

    [Fact]
    public void Each_paragraph_is_read_in_the_language_its_own_flag_gives()
    {
        // The section's flags say the first paragraph is Chinese and the second English: the
        // second's English subject is found only when its own flag, not the first's, is read.
        const string chinese = "“我们对结果感到满意，”该公司发言人说。";
        const string english = "\"We are pleased with the result,\" Smith said.";
        var source = SourceText.From(chinese + "\n" + english);
        var paragraphs = new[] { new TextSpan(0, chinese.Length), new TextSpan(chinese.Length + 1, english.Length) };
        var attribution = QuoteAttributor.Attribute(source, null, paragraphs, [], [true, false]);
        Assert.Contains(attribution.Speakers, speaker => speaker.Name == "Smith");
    }

    [Fact]
    public void Both_halves_of_a_statement_split_by_its_attribution_are_direct()
    {
        var chinese = Paragraphs("石破茂周五表示，日本会坚持立场。", "“我会继续努力，”他说，“直到最后一刻。”");
        Assert.All(chinese.Quotes, q => Assert.Equal((QuoteKind?)QuoteKind.Direct, q.Kind));
        Assert.All(chinese.Quotes, q => Assert.Equal("石破茂", q.Speaker));
        var english = Paragraphs("\"I will keep fighting,\" Prime Minister Shigeru Ishiba said, \"until the very end.\"");
        Assert.All(english.Quotes, q => Assert.Equal((QuoteKind?)QuoteKind.Direct, q.Kind));
        Assert.All(english.Quotes, q => Assert.Equal("Shigeru Ishiba", q.Speaker));
    }

    [Fact]
    public void An_unresolvable_pronoun_or_role_gives_no_speaker()
    {
        Assert.Null(Paragraphs("\"We need to act now,\" she said.").Only().Speaker);
        Assert.Null(Paragraphs("Starmer met Macron in Paris.", "\"We agreed on a lot,\" the British leader said.").Only().Speaker);
    }

    [Fact]
    public void Nobody_is_invented_when_nothing_attributes_the_quote()
    {
        var result = Paragraphs("The stadium, known locally as \"the Cauldron,\" holds 40,000 fans.");
        Assert.Null(result.Only().Speaker);
        Assert.Empty(result.Speakers);
    }

    [Fact]
    public void A_bare_surname_goes_to_the_latest_of_many_namesakes()
    {
        // Forty people named Smith, more than the resolver looks through (the latest 32): the bare
        // surname is still the last one's.
        string[] firstNames = [.. Enumerable.Range(0, 40).Select(i => "Ba" + (char)('a' + (i / 20)) + (char)('a' + (i % 20)))];
        var result = Paragraphs([.. firstNames.Select((name, i) => $"{name} Smith said, \"This is statement {i}.\""), "Smith said, \"This is the last one.\""]);

        Assert.Equal(40, result.Speakers.Count);
        Assert.Equal(result.Quote("This is statement 39").Speaker, result.Quote("This is the last one").Speaker);
        Assert.NotEqual(result.Quote("This is statement 38").Speaker, result.Quote("This is the last one").Speaker);
    }

    [Fact]
    public void A_speaker_named_in_many_ways_lists_each_way_once_in_order()
    {
        // More ways than a speaker looks through one by one (16): a role with 20 qualifiers, each
        // written twice, all the president named first.
        string[] qualifiers = [.. "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".Select(c => c + "方")];
        var paragraphs = qualifiers.Concat(qualifiers).Select((q, i) => $"{q}总统表示：“第{i}次会谈。”").Prepend("美国总统特朗普表示：“会谈。”").ToArray();
        var trump = Assert.Single(Paragraphs(paragraphs).Speakers);

        Assert.Equal(41, trump.Quotes.Count);
        Assert.Equal(qualifiers.Select(q => q + "总统"), trump.Mentions.Where(m => m.EndsWith("方总统", StringComparison.Ordinal)));

        // Again on this thread, whose attributor reuses the speaker it kept: the same mentions.
        Assert.Equal(trump.Mentions, Assert.Single(Paragraphs(paragraphs).Speakers).Mentions);
    }

    [Fact]
    public void A_bare_surname_is_looked_for_among_the_latest_32_namesakes()
    {
        // The first of 35 Smiths named again, then the bare surname: it goes to the latest of the
        // last 32 to appear (the 35th), not to the first, whom the resolver no longer looks at.
        string[] firstNames = [.. Enumerable.Range(0, 35).Select(i => "Ba" + (char)('a' + (i / 20)) + (char)('a' + (i % 20)))];
        var result = Paragraphs([.. firstNames.Select((name, i) => $"{name} Smith said, \"This is statement {i}.\""),
            $"{firstNames[0]} Smith said, \"This is the first one again.\"", "Smith said, \"This is the last one.\""]);

        Assert.Equal(result.Quote("This is statement 0").Speaker, result.Quote("This is the first one again").Speaker);
        Assert.Equal(result.Quote("This is statement 34").Speaker, result.Quote("This is the last one").Speaker);
    }
}
