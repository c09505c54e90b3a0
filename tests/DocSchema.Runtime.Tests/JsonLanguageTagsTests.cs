using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Languages;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="JsonLanguageTags"/> holds every tag the runtime gives, by reference, encoded as its own bytes.</summary>
public class JsonLanguageTagsTests
{
    public static TheoryData<string, string> TextsOfEveryScript => new()
    {
        { "特朗普周四表示，这是一次很好的通话。", "zh-Hans" },
        { "特朗普週四表示，這是一次很好的通話。", "zh-Hant" },
        { "トランプ大統領は木曜日に電話で話したと述べた。", "ja" },
        { "트럼프 대통령은 목요일에 통화했다고 말했다.", "ko" },
        { "Ο πρόεδρος είπε ότι η συνομιλία ήταν καλή.", "el" },
        { "Президент сказал, что разговор был хорошим.", "ru" },
        { "הנשיא אמר כי השיחה הייתה טובה.", "he" },
        { "قال الرئيس إن المكالمة كانت جيدة.", "ar" },
        { "राष्ट्रपति ने कहा कि बातचीत अच्छी रही।", "hi" },
        { "ஜனாதிபதி உரையாடல் நன்றாக இருந்தது என்றார்.", "ta" },
        { "ประธานาธิบดีกล่าวว่าการสนทนาเป็นไปด้วยดี", "th" },
        { "The president said on Thursday that the call had gone well and that talks would continue.", "en" },
        { "Le président a déclaré jeudi que l'appel s'était bien passé et que les discussions continueraient.", "fr" },
        { "Der Präsident sagte am Donnerstag, das Gespräch sei gut verlaufen und die Gespräche würden fortgesetzt.", "de" },
        { "1234 — 5678", "und" },
    };

    [Theory]
    [MemberData(nameof(TextsOfEveryScript))]
    public void The_detectors_answer_is_found_by_reference_and_encoded_as_its_bytes(string text, string expected)
    {
        var tag = LanguageDetector.Detect(text);
        Assert.Equal(expected, tag);
        Assert.True(JsonLanguageTags.TryGet(tag, out var encoded));
        Assert.Equal(Encoding.UTF8.GetBytes(tag), encoded.EncodedUtf8Bytes.ToArray());
    }

    [Fact]
    public void Every_latin_tag_and_mixed_are_found_and_an_equal_string_of_another_origin_is_not()
    {
        foreach (var tag in LatinLanguageProfiles.Tags.Append(ArticleLanguage.Mixed))
        {
            Assert.True(JsonLanguageTags.TryGet(tag, out var encoded));
            Assert.Equal(Encoding.UTF8.GetBytes(tag), encoded.EncodedUtf8Bytes.ToArray());
        }

        // A caller's own string equal to a tag is written as any string is: not looked up by value.
        var copy = new string("zh-Hans".AsSpan());
        Assert.False(JsonLanguageTags.TryGet(copy, out _));
    }

    [Fact]
    public void A_language_is_written_as_its_string_is_by_both_sinks_found_or_not()
    {
        // A fact, not a theory: a theory's strings reach the test as copies, never the runtime's own.
        string?[] languages =
        [
            LanguageDetector.Detect("特朗普周四表示，这是一次很好的通话。"),
            LanguageDetector.Detect("The president said on Thursday that the call had gone well."),
            ArticleLanguage.Mixed,
            new string("zh-Hans".AsSpan()),
            "x-custom",
            "引号\"中文",
            null,
        ];
        Assert.True(JsonLanguageTags.TryGet(languages[0], out _));
        Assert.False(JsonLanguageTags.TryGet(languages[3], out _));

        var defaultEncoder = new JsonWriterOptions { Encoder = JavaScriptEncoder.Default };
        foreach (var language in languages)
        {
            // The compact bytes and every writer's (the article options', indented, the default
            // encoder's, which escapes more) against the same writer's own WriteString.
            var compact = CompactJsonBuffer.Rent(ArticleJsonWriter.Options(indented: false));
            compact.StartObject();
            ArticleJsonWriter.WriteLanguage(new CompactSink(compact), language);
            compact.EndObject();
            Assert.Equal(Written(ArticleJsonWriter.Options(indented: false), w => w.WriteString("language", language)), Encoding.UTF8.GetString(compact.Written));
            compact.Return();

            foreach (var options in new[] { ArticleJsonWriter.Options(indented: false), ArticleJsonWriter.Options(indented: true), defaultEncoder })
            {
                Assert.Equal(
                    Written(options, w => w.WriteString("language", language)),
                    Written(options, w => ArticleJsonWriter.WriteLanguage(new WriterSink(w), language)));
            }
        }
    }

    [Fact]
    public void Every_language_a_parse_of_the_samples_gives_is_found()
    {
        // Found, not only written alike: a tag that lost its reference on the way would be written
        // right but slowly, which no output shows.
        foreach (var name in new[] { Samples.OrientalDaily, Samples.AbcBilingual })
        {
            var article = TestArticle.Parse(Samples.Read(name), _ => { });
            var languages = article.Sections.Select(s => s.Language).Append(article.Language)
                .Concat(article.Sections.SelectMany(s => s.Paragraphs).Concat(article.Paragraphs).Select(p => p.Language));
            Assert.All(languages, language => Assert.True(JsonLanguageTags.TryGet(language, out _), language));
        }
    }

    private static string Written(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
