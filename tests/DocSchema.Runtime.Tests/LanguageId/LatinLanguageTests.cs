using System.Diagnostics;
using DocSchema.Runtime.Languages;
using Xunit.Abstractions;

namespace DocSchema.Runtime.Tests.LanguageId;

/// <summary>
/// The Latin-script languages on the cases the evaluation set does not cover: headlines, news
/// sentences in Malay and Indonesian newspaper style (written for these tests), text mixing Han
/// and Latin, languages outside the supported set, and the cost of a call.
/// </summary>
public class LatinLanguageTests(ITestOutputHelper output)
{
    private static readonly string[] s_latinTags = ["en", "ms", "id", "fr", "de", "es", "pt", "it", "nl", "vi"];

    [Theory]
    [InlineData("President Donald Trump held a call with Vladimir Putin on Tuesday. Le président français Emmanuel Macron a déclaré mercredi que la France soutenait les efforts de paix, mais que tout accord devrait être négocié avec l'Ukraine et les partenaires européens, et il a ajouté que la sécurité du continent était en jeu.", "fr")]
    [InlineData("Ukraine has said it would need to approve any agreement. Der Bundeskanzler sagte am Dienstag, dass Deutschland die Ukraine weiterhin unterstützen werde und dass ein Waffenstillstand nur ein erster Schritt zu einem dauerhaften Frieden sein könne, über den die Ukrainer selbst entscheiden müssten.", "de")]
    [InlineData("Trump and Putin also spoke about the Middle East, the readout said. El presidente del Gobierno dijo el martes que España apoyaba un alto el fuego, pero que cualquier acuerdo debía contar con Ucrania y con los socios europeos, y añadió que la paz no podía imponerse desde fuera.", "es")]
    public void A_short_opening_in_another_language_does_not_decide_the_paragraph(string paragraph, string majority)
    {
        // One English sentence of 56–66 characters, then three or four times as much in another
        // language: the early stop must not come before the opening is past (LatinLanguageClassifier.DecidedAfter;
        // at 64 characters these three gave "en").
        Assert.Equal(majority, LatinLanguageClassifier.Classify(paragraph));
        Assert.Equal(majority, LanguageDetector.Detect(paragraph));
    }

    [Theory]
    [InlineData("Trump says ceasefire would be tough", "en")]
    [InlineData("Floods force thousands from their homes", "en")]
    [InlineData("Central bank holds interest rates steady", "en")]
    [InlineData("Le gouvernement annonce une nouvelle réforme", "fr")]
    [InlineData("Regierung kündigt neue Reform für Renten an", "de")]
    [InlineData("El gobierno anuncia una nueva reforma", "es")]
    [InlineData("Governo anuncia nova reforma da previdência", "pt")]
    [InlineData("Il governo annuncia una nuova riforma", "it")]
    [InlineData("Regering kondigt nieuwe hervorming aan", "nl")]
    [InlineData("Chính phủ công bố cải cách mới", "vi")]
    [InlineData("Polis tahan dua lelaki disyaki merompak kedai emas", "ms")]
    [InlineData("Kerajaan umum bantuan tunai baharu", "ms")]
    [InlineData("Harga minyak sawit naik dua peratus", "ms")]
    [InlineData("Polisi tangkap dua pria terduga perampok toko emas", "id")]
    [InlineData("Pemerintah umumkan bantuan tunai untuk warga", "id")]
    [InlineData("Harga minyak sawit naik dua persen", "id")]
    public void Headlines_of_five_words_or_so_are_named(string headline, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(headline));

    [Theory]
    [InlineData("Polis menahan dua lelaki bagi membantu siasatan kes rompakan di sebuah kedai emas di Johor Bahru semalam.")]
    [InlineData("Perdana Menteri berkata kerajaan akan memperkenalkan langkah baharu bagi mengurangkan kos sara hidup rakyat.")]
    [InlineData("Menurut kenyataan itu, mangsa dikejarkan ke Hospital Kuala Lumpur untuk rawatan lanjut.")]
    [InlineData("Bagaimanapun, beliau enggan mengulas lanjut kerana siasatan masih dijalankan.")]
    [InlineData("Harga minyak sawit mentah meningkat dua peratus pada dagangan pagi ini berikutan permintaan yang tinggi dari India.")]
    [InlineData("Kementerian Kesihatan mengesahkan 15 kes baharu jangkitan denggi di negeri itu sejak Isnin lalu.")]
    [InlineData("Syarikat itu memperuntukkan RM50 juta bagi projek perumahan mampu milik di Selangor.")]
    [InlineData("Dalam pada itu, jurucakap polis berkata suspek akan direman selama tujuh hari bermula esok.")]
    public void Malay_news_sentences_are_malay(string sentence) =>
        Assert.Equal("ms", LanguageDetector.Detect(sentence));

    [Theory]
    [InlineData("Polisi menangkap dua pria yang diduga terlibat perampokan toko emas di Jakarta Timur, Senin (12/5/2025).")]
    [InlineData("Presiden mengatakan pemerintah akan mengeluarkan kebijakan baru untuk menekan harga bahan pokok.")]
    [InlineData("Korban kemudian dilarikan ke rumah sakit terdekat untuk mendapatkan perawatan, ujar Kapolres.")]
    [InlineData("Namun, ia enggan berkomentar lebih jauh karena kasus tersebut masih dalam penyelidikan.")]
    [InlineData("Harga minyak kelapa sawit naik dua persen pada perdagangan pagi ini karena tingginya permintaan dari India.")]
    [InlineData("Kementerian Kesehatan mengonfirmasi 15 kasus baru demam berdarah di provinsi itu sejak Senin lalu.")]
    [InlineData("Perusahaan tersebut menggelontorkan dana Rp 500 miliar untuk proyek perumahan di Bekasi.")]
    [InlineData("Sementara itu, juru bicara kepolisian mengatakan tersangka akan ditahan selama 20 hari ke depan.")]
    public void Indonesian_news_sentences_are_indonesian(string sentence) =>
        Assert.Equal("id", LanguageDetector.Detect(sentence));

    [Theory]
    [InlineData("马来西亚首相安华(Anwar Ibrahim)今天在布城宣布新的援助计划。", "zh-Hans")]
    [InlineData("馬來西亞首相安華(Anwar Ibrahim)今天在布城宣佈新的援助計劃。", "zh-Hant")]
    [InlineData("印尼总统普拉博沃(Prabowo Subianto)周一在雅加达会见了来访的马来西亚首相。", "zh-Hans")]
    [InlineData("Prime Minister Anwar Ibrahim (安华) announced new aid for families in Putrajaya on Monday.", "en")]
    [InlineData("Perdana Menteri Anwar Ibrahim (安华) berkata kerajaan akan menambah bantuan tunai tahun ini.", "ms")]
    [InlineData("Presiden Prabowo Subianto (普拉博沃) mengatakan pemerintah akan menambah bantuan sosial.", "id")]
    public void Mixed_script_paragraphs_go_by_their_main_script_then_its_language(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Dziś rano w Warszawie padał deszcz, a kierowcy stali w korkach.")] // Polish
    [InlineData("Bugün İstanbul'da yağmur yağdı ve trafik durma noktasına geldi.")] // Turkish
    [InlineData("Magandang umaga sa inyong lahat, mga kababayan.")] // Filipino
    [InlineData("Xqzv bbbb ccc")]
    [InlineData("a")]
    [InlineData("e\u0301te\u0301")] // decomposed accents: combining marks belong to their letter
    public void Latin_text_in_no_supported_language_still_gets_the_nearest(string text) =>
        Assert.Contains(LanguageDetector.Detect(text), s_latinTags);

    [Fact]
    public void English_paragraphs_of_the_bilingual_sample_stay_english()
    {
        // Lines 20–39 of the ABC bilingual sample: the headline and the English body.
        string[] lines = LangSampleArticles.Read(LangSampleArticles.BilingualFile).Split('\n');
        for (int line = 20; line <= 39; line++)
        {
            string text = lines[line - 1].TrimEnd('\r');
            Assert.True(LanguageDetector.Detect(text) == "en", $"line {line}: {text}");
        }
    }

    [Fact]
    public void Detecting_latin_text_does_not_allocate()
    {
        string text = string.Concat(Enumerable.Repeat("Kerajaan berkata harga minyak naik dua peratus. Le gouvernement annonce une réforme. ", 50));
        _ = LanguageDetector.Detect(text); // the symbol and marker tables are built on first use

        long before = GC.GetAllocatedBytesForCurrentThread();
        string language = LanguageDetector.Detect(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(language, s_latinTags);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Detecting_a_long_latin_text_is_linear()
    {
        string text = string.Concat(Enumerable.Repeat("The president said on Tuesday that the talks would go on. ", 5_000)); // 290,000 characters
        // Unoptimized (Debug) code reads one to two million characters a second: the bound leaves room
        // for a busy machine and still fails any quadratic behaviour by orders of magnitude.
        _ = LanguageDetector.Detect("warm up");
        var watch = Stopwatch.StartNew();
        string language = LanguageDetector.Detect(text);
        watch.Stop();

        output.WriteLine($"{text.Length:N0} characters in {watch.Elapsed.TotalMilliseconds:N0} ms");
        Assert.Equal("en", language);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
