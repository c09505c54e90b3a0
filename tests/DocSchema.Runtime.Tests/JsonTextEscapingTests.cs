using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocSchema.Runtime.Json;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// How the article JSON writes text (docs/article-json.md): as it is, characters outside the BMP
/// included; only what JSON requires (and the relaxed encoder escapes) is escaped.
/// </summary>
public class JsonTextEscapingTests
{
    [Fact]
    public void Emoji_and_han_extension_b_are_written_as_their_utf8_bytes()
    {
        // 𨋢 (lift) and 𠝹 (cut) are Hong Kong Cantonese characters of Han extension B.
        const string text = "他说：“搭𨋢上去😀，一刀𠝹落去。”";

        Assert.Equal("\"" + text + "\"", Write(text, ArticleJsonWriter.Options(indented: false)));
    }

    [Fact]
    public void What_json_needs_escaped_is_escaped_as_the_relaxed_encoder_does()
    {
        const string text = "A \"quote\", a back\\slash, a\ttab, a\u0001control and a line\u2028separator; <b> & 'x'";
        var relaxed = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Assert.Equal(Write(text, relaxed), Write(text, ArticleJsonWriter.Options(indented: false)));
    }

    [Fact]
    public void Random_text_is_the_relaxed_encoders_json_with_surrogate_pair_escapes_written_out()
    {
        // Characters that need escaping, that do not, and both halves of pairs alone and together.
        // Runs of sixteen and more plain characters too, so that the vectorized prefix search ends anywhere.
        string[] pieces = ["a", " ", "\"", "\\", "\n", "\t", "\u0001", "<", "&", "'", "中", "“", "\u2028", "😀", "𠀀", "\uD83D", "\uDE00", "\uFFFD",
            "新闻报道说，双方在电话中讨论了停火。", "The quick brown fox jumps over", "\u00A0", "\u3000", "\uFF00", "é"];
        var pair = new Regex(@"\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})");
        var relaxed = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var random = new Random(2028);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 24); i > 0; i--) text.Append(pieces[random.Next(pieces.Length)]);
            var value = text.ToString();

            var written = Write(value, ArticleJsonWriter.Options(indented: false));
            var expected = pair.Replace(Write(value, relaxed), m =>
                new string([(char)Convert.ToInt32(m.Groups[1].Value, 16), (char)Convert.ToInt32(m.Groups[2].Value, 16)]));

            Assert.True(expected == written, $"round {round}: {Escape(value)}\n expected {expected}\n written  {written}");
            Assert.Equal(WithLoneSurrogatesReplaced(value), JsonDocument.Parse(written).RootElement.GetString());
        }
    }

    private static string Write(string value, JsonWriterOptions options)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options)) writer.WriteStringValue(value);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string WithLoneSurrogatesReplaced(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
