using System.Text.Encodings.Web;
using DocSchema.Runtime.Json;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The plain-text ranges the JSON encoder skips sixteen characters at a time: a subset of what the
/// relaxed encoder writes as is, found exactly where a character-by-character search finds them
/// (in a text of at least one vector; a shorter one is left to the relaxed encoder).
/// </summary>
public sealed class PlainTextPrefixTests
{
    // The ends of every range and the characters just outside them.
    private static readonly char[] s_edges =
    [
        '\u001F', ' ', '!', '"', '#', '[', '\\', ']', '~', '\u007F', '\u00A0', '\u00A1', '\u00FF', '\u0100',
        '\u200F', '\u2010', '\u2027', '\u2028', '\u3000', '\u3001', '\u303F', '\u3040',
        '\u4DFF', '\u4E00', '\u9FFF', '\uA000', '\uFF00', '\uFF01', '\uFF5E', '\uFF5F',
    ];

    [Fact]
    public void Every_plain_character_is_written_as_is_by_the_relaxed_encoder()
    {
        var relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        var plain = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!PlainTextPrefix.IsPlain((char)c)) continue;
            plain++;
            Assert.False(relaxed.WillEncode(c), $"U+{c:X4} is plain but the relaxed encoder escapes it");
        }

        // 93 ASCII, 95 Latin-1, 24 punctuation, 63 CJK punctuation, 20,992 Han, 94 full-width.
        Assert.Equal(93 + 95 + 24 + 63 + 20_992 + 94, plain);
    }

    [Fact]
    public void Length_is_where_the_first_character_outside_the_ranges_stands()
    {
        var random = new Random(1616);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new char[random.Next(0, 80)];
            for (var i = 0; i < text.Length; i++)
                text[i] = random.Next(4) == 0 ? s_edges[random.Next(s_edges.Length)] : PlainCharacter(random);

            var firstOutside = Array.FindIndex(text, c => !PlainTextPrefix.IsPlain(c));
            var expected = text.Length < PlainTextPrefix.MinimumLength ? 0 : firstOutside < 0 ? text.Length : firstOutside;
            Assert.True(expected == PlainTextPrefix.Length(text),
                $"round {round}: {string.Concat(text.Select(c => $"\\u{(int)c:X4}"))}");
        }
    }

    [Fact]
    public void Plain_text_of_every_length_is_plain_to_its_end_and_one_other_character_stops_it_where_it_stands()
    {
        for (var length = 0; length <= 70; length++)
        {
            var text = string.Concat(Enumerable.Repeat("新闻，“Aé”", 10))[..length].ToCharArray();
            var read = length >= PlainTextPrefix.MinimumLength;
            Assert.Equal(read ? length : 0, PlainTextPrefix.Length(text));
            for (var at = 0; at < length; at++)
            {
                var copy = (char[])text.Clone();
                copy[at] = '"';
                Assert.Equal(read ? at : 0, PlainTextPrefix.Length(copy));
            }
        }
    }

    private static char PlainCharacter(Random random) => random.Next(5) switch
    {
        0 => (char)random.Next(' ', '~' + 1),
        1 => (char)random.Next('\u00A1', '\u0100'),
        2 => (char)random.Next('\u3001', '\u3040'),
        3 => (char)random.Next('\uFF01', '\uFF5F'),
        _ => (char)random.Next('\u4E00', '\uA000'),
    };
}
