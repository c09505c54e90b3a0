using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// The same article as a different system would store it: CR-only or CRLF or Unicode line ends,
/// a byte order mark, NUL characters, zero-width and bidi marks, full-width and half-width forms
/// swapped. None of these should make a parser fail or give values that are not slices of the input.
/// </summary>
internal static class TextDisguises
{
    private static readonly string[] s_lineEnds = ["\r", "\r\n", "\u2028", "\u2029", "\u0085", "\n"];
    private static readonly string s_zeroWidth = "\u200B\u200C\u200D\u2060\uFEFF";
    private static readonly string s_bidi = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C";

    /// <summary>A sample (mutated half of the time) in one to four disguises, and what they were.</summary>
    public static (string Text, string Description) Disguise(Random random)
    {
        var (text, description) = random.Next(2) == 0
            ? SampleMutations.Mutate(random)
            : (SampleArticles.All[random.Next(SampleArticles.All.Count)], "a whole sample");
        var applied = new List<string> { description };
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var (disguised, name) = Apply(random, text);
            text = disguised;
            applied.Add(name);
        }
        return (text, string.Join(", ", applied));
    }

    private static (string, string) Apply(Random random, string text)
    {
        switch (random.Next(8))
        {
            case 0:
                var end = s_lineEnds[random.Next(s_lineEnds.Length - 1)];
                return (text.Replace("\n", end), $"line ends {Escape(end)}");
            case 1:
                // Every line its own line end, as in text pasted together from several sources.
                var mixed = new StringBuilder(text.Length + 64);
                foreach (var line in text.Split('\n')) mixed.Append(line).Append(s_lineEnds[random.Next(s_lineEnds.Length)]);
                return (mixed.ToString(), "mixed line ends");
            case 2:
                return random.Next(2) == 0
                    ? ("\uFEFF" + text, "BOM at the start")
                    : (text.Replace("\n", "\n\uFEFF"), "BOM at every line start");
            case 3:
                return (Sprinkle(random, text, "\0", random.Next(1, 50)), "NUL characters");
            case 4:
                return (Sprinkle(random, text, s_zeroWidth, random.Next(1, 200)), "zero-width marks");
            case 5:
                return (Sprinkle(random, text, s_bidi, random.Next(1, 100)), "bidi marks");
            case 6:
                var around = s_zeroWidth[random.Next(s_zeroWidth.Length)] + "\u3000";
                return (text.Replace("\n", around + "\n" + around), "invisible marks around every line break");
            default:
                var share = random.NextDouble();
                return (SwapWidths(random, text, share), $"width swaps ({share:P0} of the characters)");
        }
    }

    private static string Sprinkle(Random random, string text, string marks, int count)
    {
        var result = new StringBuilder(text, text.Length + count);
        for (var i = 0; i < count; i++) result.Insert(random.Next(result.Length + 1), marks[random.Next(marks.Length)]);
        return result.ToString();
    }

    // ASCII ! … ~ ↔ full-width ！ … ～ and space ↔ U+3000, for the given share of the candidates.
    private static string SwapWidths(Random random, string text, double share)
    {
        var result = text.ToCharArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (random.NextDouble() >= share) continue;
            var c = result[i];
            result[i] = c switch
            {
                >= '!' and <= '~' => (char)(c + 0xFEE0),
                >= '！' and <= '～' => (char)(c - 0xFEE0),
                ' ' => '\u3000',
                '\u3000' => ' ',
                _ => c,
            };
        }
        return new string(result);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}
