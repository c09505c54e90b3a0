using System.Diagnostics;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class LanguageDetectorTests
{
    private const string PromoLine = "要看最快最熱資訊,請來Follow我們 《東方日報》WhatsApp Channel.";

    [Fact]
    public void Bilingual_sample_chinese_paragraphs_are_simplified_and_english_ones_english()
    {
        var (text, chinese, headline, english) = LangSampleArticles.Bilingual();

        Assert.Equal(19, chinese.Count);
        for (int i = 0; i < chinese.Count; i++)
        {
            Assert.True(
                LanguageDetector.Detect(text.AsSpan(chinese[i].Start, chinese[i].Length)) == "zh-Hans",
                $"zh paragraph {i + 1}: {LangSampleArticles.Slice(text, chinese[i])}");
            Assert.Equal(Script.Han, LanguageDetector.DominantScript(text.AsSpan(chinese[i].Start, chinese[i].Length)));
        }

        Assert.Equal("en", LanguageDetector.Detect(text.AsSpan(headline.Start, headline.Length)));
        Assert.Equal(19, english.Count);
        for (int i = 0; i < english.Count; i++)
        {
            Assert.True(
                LanguageDetector.Detect(text.AsSpan(english[i].Start, english[i].Length)) == "en",
                $"en paragraph {i + 1}: {LangSampleArticles.Slice(text, english[i])}");
            Assert.Equal(Script.Latin, LanguageDetector.DominantScript(text.AsSpan(english[i].Start, english[i].Length)));
        }
    }

    [Fact]
    public void Oriental_daily_sample_is_simplified_except_the_traditional_promo_line()
    {
        var (text, caption, body, promo) = LangSampleArticles.OrientalDaily();

        // Gold: language zh-Hans; boilerplate (from the promo line) language zh-Hant.
        Assert.Equal("zh-Hans", Detect(text, caption));
        Assert.Equal(19, body.Count);
        foreach (var paragraph in body)
        {
            Assert.True(Detect(text, paragraph) == "zh-Hans", LangSampleArticles.Slice(text, paragraph));
        }

        Assert.Equal(PromoLine, LangSampleArticles.Slice(text, promo));
        Assert.Equal("zh-Hant", Detect(text, promo));
    }

    [Fact]
    public void Every_other_line_of_the_oriental_daily_sample_is_simplified()
    {
        // The related-article teasers, section labels and headlines are all simplified Chinese too.
        string text = LangSampleArticles.Read(LangSampleArticles.OrientalDailyFile);
        int checkedLines = 0;
        foreach (var line in LangSampleArticles.Lines(text))
        {
            string value = LangSampleArticles.Slice(text, line);
            if (value.Trim().Length == 0 || value == PromoLine)
            {
                continue;
            }

            Assert.True(LanguageDetector.Detect(value) == "zh-Hans", value);
            checkedLines++;
        }

        Assert.True(checkedLines > 70, $"only {checkedLines} lines checked");
    }

    [Fact]
    public void Promo_line_is_traditional_and_han_despite_its_latin_words()
    {
        // 16 Han characters against 21 Latin letters: by letters Latin would win, by weight Han does.
        Assert.Equal("zh-Hant", LanguageDetector.Detect(PromoLine));
        Assert.Equal(Script.Han, LanguageDetector.DominantScript(PromoLine));
    }

    [Theory]
    [InlineData("他在社交平台Truth Social上写道", "zh-Hans")]
    [InlineData("美国总统唐纳德·特朗普(Donald Trump)与弗拉基米尔·普京进行了通话", "zh-Hans")]
    [InlineData("The Chinese word 中国 means China.", "en")]
    [InlineData("Xi Jinping (习近平) met Trump in Beijing on Friday.", "en")]
    [InlineData("請來Follow我們", "zh-Hant")]
    public void Mixed_han_and_latin_text_goes_by_weighted_letters(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("中文", "zh-Hans")] // no telling character: a tie
    [InlineData("国國", "zh-Hans")] // one of each: a tie
    [InlineData("國家", "zh-Hant")]
    [InlineData("国家", "zh-Hans")]
    [InlineData("這個國家的經濟發展很快", "zh-Hant")]
    [InlineData("这个国家的经济发展很快", "zh-Hans")]
    [InlineData("臺灣的報紙說，這是為了資訊", "zh-Hant")]
    [InlineData("台湾的报纸说，这是为了资讯", "zh-Hans")]
    [InlineData("香港政府為市民提供資訊", "zh-Hant")] // 為 is the Taiwan and Hong Kong form of 爲
    [InlineData("他説這是真的", "zh-Hant")] // 説 is the Hong Kong form of 說
    public void Han_text_is_simplified_or_traditional_by_its_variant_characters(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("こんにちは、世界", "ja")]
    [InlineData("東京都知事選、小池氏が3選", "ja")]
    [InlineData("アメリカのトランプ大統領は記者会見で述べた。", "ja")]
    [InlineData("안녕하세요, 세계", "ko")]
    [InlineData("Привет, как дела?", "ru")]
    [InlineData("مرحبا بالعالم", "ar")]
    [InlineData("สวัสดีครับ", "th")]
    [InlineData("வணக்கம் உலகம்", "ta")]
    [InlineData("नमस्ते दुनिया", "hi")]
    [InlineData("Γειά σου κόσμε", "el")]
    [InlineData("שלום עולם", "he")]
    [InlineData("Ｈｅｌｌｏ ｗｏｒｌｄ", "en")] // full-width Latin
    [InlineData("Tiếng Việt có dấu", "vi")] // Latin script: the Latin classifier names the language
    public void Other_scripts_are_named_by_their_main_language(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("2025-4-4 12:00")]
    [InlineData("。,!?()《》“”「」")]
    [InlineData("🙂🙂")]
    [InlineData("\uD800")] // a lone surrogate
    public void Text_without_letters_is_undetermined(string text)
    {
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(text));
        Assert.Equal(Script.None, LanguageDetector.DominantScript(text));
    }

    [Fact]
    public void Extension_ideographs_in_surrogate_pairs_count_as_han()
    {
        const string text = "\U00020000\U0002A6D6 ab";
        Assert.Equal(Script.Han, LanguageDetector.DominantScript(text));
        Assert.Equal("zh-Hans", LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("Привет", Script.Other)]
    [InlineData("ひらがなカタカナ", Script.Other)]
    [InlineData("hello", Script.Latin)]
    [InlineData("〇", Script.Han)]
    public void Dominant_script_groups_other_scripts(string text, Script expected) =>
        Assert.Equal(expected, LanguageDetector.DominantScript(text));

    [Fact]
    public void Variant_table_is_consistent()
    {
        string pairs = HanVariants.Pairs;
        var simplified = new HashSet<char>();
        var traditional = new HashSet<char>();
        for (int i = 0; i < pairs.Length; i += 3)
        {
            char s = pairs[i];
            char t = pairs[i + 1];
            Assert.True(i + 2 == pairs.Length || pairs[i + 2] == ' ', $"pair at {i} is not two characters and a space");
            Assert.NotEqual(s, t);
            Assert.InRange(s, '\u4E00', '\u9FFF');
            Assert.InRange(t, '\u4E00', '\u9FFF');
            simplified.Add(s);
            Assert.True(traditional.Add(t), $"{t} is listed twice");
        }

        // A character on both sides would count for both standards.
        Assert.Empty(simplified.Intersect(traditional));
        Assert.InRange(traditional.Count, 300, 1200);

        // The lookup table says of every character of the block what the pairs say.
        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            int expected = simplified.Contains(c) ? HanVariants.Simplified : traditional.Contains(c) ? HanVariants.Traditional : 0;
            Assert.True(expected == VariantClass(c), $"U+{(int)c:X4}");
        }

        foreach (string pair in new[] { "说說", "这這", "国國", "时時", "报報", "东東", "资資", "讯訊", "请請", "们們", "来來", "为為", "会會", "对對", "发發", "热熱" })
        {
            Assert.Equal(HanVariants.Simplified, VariantClass(pair[0]));
            Assert.Equal(HanVariants.Traditional, VariantClass(pair[1]));
        }

        // Characters both standards write must be in neither set.
        foreach (char shared in "后里台干面着著的是中文")
            Assert.Equal(0, VariantClass(shared));
    }

    private static int VariantClass(char c) => HanVariants.InBlock(c) ? HanVariants.ClassOf(c, HanVariants.Classes) : 0;

    [Fact]
    public void Detect_does_not_allocate()
    {
        string text = string.Concat(Enumerable.Repeat("要看最快最熱資訊,請來Follow我們 Привет 这个国家 ", 200));
        _ = LanguageDetector.Detect(text); // the tables are built on first use
        _ = LanguageDetector.DominantScript(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string language = LanguageDetector.Detect(text);
        Script script = LanguageDetector.DominantScript(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("zh-Hant", language);
        Assert.Equal(Script.Han, script);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Detect_is_linear_on_a_long_text()
    {
        string text = new string('国', 1_000_000) + new string('a', 1_000_000) + new string('國', 1_000_001);
        var watch = Stopwatch.StartNew();
        string language = LanguageDetector.Detect(text);
        watch.Stop();

        Assert.Equal("zh-Hant", language);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    private static string Detect(string text, TextSpan span) => LanguageDetector.Detect(text.AsSpan(span.Start, span.Length));
}
