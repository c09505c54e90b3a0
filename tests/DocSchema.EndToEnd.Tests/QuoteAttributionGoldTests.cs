using System.Text.Json;
using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Quotes;
using DocSchema.Schemas;
using Xunit.Abstractions;

namespace DocSchema.EndToEnd.Tests;

/// <summary>
/// Quote kinds and speakers on the real articles, parsed by the shipped schemas, against the gold
/// files: every gold quote (both sections of the bilingual article, the Oriental Daily body and its
/// caption) with its kind and speaker, and the README's scores per section.
/// </summary>
public sealed class QuoteAttributionGoldTests(ITestOutputHelper output)
{
    private const string Bilingual = "abc-news-bilingual-ceasefire-call";
    private const string Oriental = "oriental-daily-trump-zelensky-call";

    private static readonly Lazy<AbcNewsBilingualArticle> s_bilingual = new(() =>
        AbcNewsBilingualArticle.Parse(SampleFiles.ReadArticle(Bilingual), "samples/articles/" + Bilingual + ".txt").Value!);

    private static readonly Lazy<OrientalDailyArticle> s_oriental = new(() =>
        OrientalDailyArticle.Parse(SampleFiles.ReadArticle(Oriental), "samples/articles/" + Oriental + ".txt").Value!);

    // Acceptance, per section: every speech quote found, almost nothing else taken for speech,
    // speakers right, every term found and left without a speaker.
    private const double MinPrecision = 0.95;
    private const double MinSpeakerAccuracy = 0.95;

    public static TheoryData<string> Sections => new() { "abc zh", "abc en", "oriental-daily" };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_gold_quote_has_its_kind_and_speaker(string section)
    {
        var (gold, predicted, _) = Load(section);
        var score = QuoteScore.Score(gold, predicted);
        Assert.True(score.Errors.Count == 0, $"{section}:\n" + string.Join("\n", score.Errors));
        Assert.Equal(gold.Count, score.KindsCorrect);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Section_scores_meet_the_acceptance_thresholds(string section)
    {
        var (gold, predicted, _) = Load(section);
        var score = QuoteScore.Score(gold, predicted);
        output.WriteLine("| section | speech quotes found/gold | precision | recall | speaker accuracy | terms |");
        output.WriteLine(score.Row(section));

        Assert.Equal(1.0, score.Recall);
        Assert.True(score.Precision >= MinPrecision, $"precision {score.Precision}");
        Assert.True(score.SpeakerAccuracy >= MinSpeakerAccuracy, $"speaker accuracy {score.SpeakerAccuracy}");
        Assert.Equal(score.TermGold, score.TermFound);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Each_gold_speaker_is_one_speaker_holding_all_their_quotes(string section)
    {
        var (gold, predicted, speakers) = Load(section);
        foreach (var name in gold.Where(g => g.Speaker is not null).Select(g => g.Speaker!).Distinct())
        {
            var matching = speakers.Where(s => QuoteScore.SpeakerMatches(name, s.Name)).ToList();
            var speaker = Assert.Single(matching);
            var expected = gold.Where(g => g.Speaker == name).ToList();
            foreach (var g in expected)
                Assert.Contains(speaker.Quotes, q => GoldText.StartsWith(q.Text.Text, g.Starts));
            Assert.All(speaker.Quotes, q => Assert.Equal(speaker.Name, q.Speaker));
        }

        // Every attributed quote is listed under its speaker, and only there.
        foreach (var quote in predicted.Select(p => p.Quote).Where(q => q.Speaker is not null))
            Assert.Single(speakers, s => s.Quotes.Contains(quote));
    }

    [Fact]
    public void Speaker_names_are_the_short_forms_the_text_uses()
    {
        var en = s_bilingual.Value.Sections[1].Speakers.Select(s => s.Name).ToList();
        Assert.Equal(["Trump", "White House", "Zelenskyy", "Kremlin"], en);
        var zh = s_bilingual.Value.Sections[0].Speakers.Select(s => s.Name).ToList();
        Assert.Equal(["特朗普", "白宫", "泽连斯基", "克里姆林宫"], zh);
        Assert.Equal(["特朗普", "泽连斯基", "卢比奥"], s_oriental.Value.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void Mentions_gather_titled_names_roles_and_documents()
    {
        var en = s_bilingual.Value.Sections[1].Speakers;
        var trump = en.Single(s => s.Name == "Trump");
        Assert.Contains("President Donald Trump", trump.Mentions);
        Assert.Contains("the president", trump.Mentions);
        Assert.Equal(SpeakerKind.Person, trump.Kind);
        var whiteHouse = en.Single(s => s.Name == "White House");
        Assert.Contains("the readout", whiteHouse.Mentions);
        Assert.Equal(SpeakerKind.Organization, whiteHouse.Kind);
        Assert.Contains("美国国务卿卢比奥", s_oriental.Value.Speakers.Single(s => s.Name == "卢比奥").Mentions);
    }

    [Fact]
    public void Caption_quote_is_listed_under_its_speaker_as_a_caption_quote_in_json()
    {
        var article = s_oriental.Value;
        using var json = JsonDocument.Parse(article.ToJson());
        var trump = json.RootElement.GetProperty("speakers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "特朗普");
        var quotes = trump.GetProperty("quotes").EnumerateArray().ToList();
        var caption = Assert.Single(quotes, q => q.GetProperty("caption").ValueKind == JsonValueKind.Number);
        Assert.Equal(1, caption.GetProperty("caption").GetInt32());
        Assert.Equal(JsonValueKind.Null, caption.GetProperty("paragraph").ValueKind);
        Assert.StartsWith("在要求和需求方面保持一致", caption.GetProperty("text").GetString());
        Assert.Equal("partial", caption.GetProperty("kind").GetString());
        Assert.Equal("person", trump.GetProperty("kind").GetString());
        Assert.Equal(
            article.Captions[0].Quotes[0].Speaker,
            json.RootElement.GetProperty("captions")[0].GetProperty("quotes")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public void Json_has_speakers_on_the_article_and_on_each_section()
    {
        using var json = JsonDocument.Parse(s_bilingual.Value.ToJson(indented: false));
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(2, sections.Count);
        Assert.All(sections, s => Assert.True(s.GetProperty("speakers").GetArrayLength() >= 4));
        Assert.Equal(sections[0].GetProperty("speakers").GetRawText(), json.RootElement.GetProperty("speakers").GetRawText());
        var en = sections[1].GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Zelenskyy", en);
        foreach (var quote in sections[1].GetProperty("quotes").EnumerateArray())
        {
            if (quote.GetProperty("kind").GetString() == "term") Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
            else Assert.Contains(quote.GetProperty("speaker").GetString(), en);
        }
    }

    private static (IReadOnlyList<GoldQuote> Gold, IReadOnlyList<PredictedQuote> Predicted, IReadOnlyList<Speaker> Speakers) Load(string section)
    {
        switch (section)
        {
            case "abc zh":
            case "abc en":
                {
                    var gold = GoldNode.Load(Bilingual)["quotes"][section == "abc zh" ? "zh" : "en"];
                    ArticleSection parsed = s_bilingual.Value.Sections[section == "abc zh" ? 0 : 1];
                    return (GoldQuote.Read(gold, captions: false), PredictedQuote.Of(parsed.Quotes, parsed.Captions.SelectMany(c => c.Quotes)), parsed.Speakers);
                }

            default:
                {
                    var gold = GoldNode.Load(Oriental);
                    var article = s_oriental.Value;
                    var quotes = GoldQuote.Read(gold["quotes"], captions: false).Concat(GoldQuote.Read(gold["caption_quotes"], captions: true)).ToList();
                    return (quotes, PredictedQuote.Of(article.Quotes, article.Captions.SelectMany(c => c.Quotes)), article.Speakers);
                }
        }
    }
}
