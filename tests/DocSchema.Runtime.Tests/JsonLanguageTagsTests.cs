using System.Text;
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
}
