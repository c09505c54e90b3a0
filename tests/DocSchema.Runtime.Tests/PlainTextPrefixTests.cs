using System.Text.Encodings.Web;
using DocSchema.Runtime.Json;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The plain-text ranges the JSON encoder skips a vector at a time: a subset of what the
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
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!PlainTextPrefix.IsPlain((char)c)) continue;
            Assert.False(relaxed.WillEncode(c), $"U+{c:X4} is plain but the relaxed encoder escapes it");
            var alone = ((char)c).ToString();
            Assert.True(relaxed.Encode(alone) == alone, $"U+{c:X4} is plain but the relaxed encoder writes it otherwise");
        }
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
            var exact = firstOutside < 0 ? text.Length : firstOutside;
            Assert.True((text.Length < PlainTextPrefix.MinimumLength ? 0 : exact) == PlainTextPrefix.Length(text),
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

    [Fact]
    public unsafe void The_encoder_finds_the_first_character_to_escape_where_the_relaxed_one_does_past_surrogate_pairs()
    {
        // The search as it was before the ranges: the relaxed encoder's, stepping over well-formed pairs.
        static int Reference(char* text, int length)
        {
            for (var start = 0; ;)
            {
                var found = JavaScriptEncoder.UnsafeRelaxedJsonEscaping.FindFirstCharacterToEncode(text + start, length - start);
                if (found < 0) return -1;
                var at = start + found;
                if (at + 1 >= length || !char.IsHighSurrogate(text[at]) || !char.IsLowSurrogate(text[at + 1])) return at;
                start = at + 2;
            }
        }

        string[] odd = ["😀", "𠀀", "\uD83D", "\uDE00", "\"", "\\", "\n", "\u2028", "\u3000", "\u00A0"];
        var random = new Random(2029);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = random.Next(0, 50); n > 0; n--)
                text.Append(random.Next(6) == 0 ? odd[random.Next(odd.Length)] : random.Next(4) == 0 ? s_edges[random.Next(s_edges.Length)] : PlainCharacter(random));
            var value = text.ToString();
            fixed (char* p = value)
            {
                Assert.True(Reference(p, value.Length) == SupplementaryAsIsEncoder.Instance.FindFirstCharacterToEncode(p, value.Length),
                    $"round {round}: {string.Concat(value.Select(c => $"\\u{(int)c:X4}"))}");
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
