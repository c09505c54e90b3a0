using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The letter tallies count ASCII runs sixteen characters at a time and the main Han block without
/// the general classification; they must give exactly what classifying every character gives, at
/// every length and every mix of scripts (runs cross the sixteen-character blocks at random places).
/// </summary>
public class LetterCountingTests
{
    // Letters, digits, punctuation and spaces of ASCII; Han (with variants of both kinds and 〇);
    // Latin-1 letters; kana, Hangul, Cyrillic; a surrogate pair (Han extension B); a combining mark;
    // Han of extension A and the compatibility block; Latin letters around U+0250 (the last the
    // attributor counts, ǆ, and the first it does not, ɐ) and above (ạ).
    private static readonly string[] s_pieces =
    [
        "a", "Z", "q", "7", " ", ".", ",", "\n", "~", "@", "[", "`", "{",
        "中", "国", "這", "这", "說", "〇", "々",
        "é", "Ä", "ß", "ŋ", "ケ", "한", "ж", "\U00020000", "\u0301", "“", "。",
        "㐀", "豈", "ạ", "ǆ", "ɐ",
    ];

    // The two sides of the variant pairs, read from the pairs themselves rather than the tally's table.
    private static readonly HashSet<char> SimplifiedForms = [.. HanVariants.Pairs.Where((_, i) => i % 3 == 0)];
    private static readonly HashSet<char> TraditionalForms = [.. HanVariants.Pairs.Where((_, i) => i % 3 == 1)];

    [Fact]
    public void The_script_tally_counts_what_classifying_every_character_counts()
    {
        var random = new Random(1616);
        for (int round = 0; round < 2_000; round++)
        {
            string text = RandomText(random);
            var tally = ScriptTally.Of(text, countVariants: true);
            var lettersOnly = ScriptTally.Of(text, countVariants: false);
            var expected = new long[(int)LetterScript.OtherLetter + 1];
            long simplified = 0, traditional = 0;
            for (int i = 0; i < text.Length;)
            {
                var script = LetterScripts.Classify(text, i, out int width);
                expected[(int)script]++;
                if (script == LetterScript.Han && width == 1)
                {
                    if (SimplifiedForms.Contains(text[i])) simplified++;
                    else if (TraditionalForms.Contains(text[i])) traditional++;
                }

                i += width;
            }

            for (int s = 0; s < expected.Length; s++)
            {
                Assert.True(expected[s] == tally.Count((LetterScript)s), $"{(LetterScript)s} in round {round}: \"{text}\"");
                Assert.True(expected[s] == lettersOnly.Count((LetterScript)s), $"{(LetterScript)s} without variants in round {round}: \"{text}\"");
            }
            Assert.Equal(simplified, tally.SimplifiedOnly);
            Assert.Equal(traditional, tally.TraditionalOnly);
            Assert.Equal(0, lettersOnly.SimplifiedOnly + lettersOnly.TraditionalOnly);
            Assert.Equal(DominantByDocumentedWeights(expected), tally.Dominant());
        }
    }

    // The vote as ScriptTally's remarks state it: a Han character weighs 7, a kana 4, a Hangul block
    // 5, a letter of any alphabet 2; the largest weight wins, ties to the earlier script.
    private static LetterScript DominantByDocumentedWeights(long[] counts)
    {
        var best = LetterScript.None;
        long bestWeight = 0;
        for (var s = LetterScript.Han; s <= LetterScript.OtherLetter; s++)
        {
            var weight = counts[(int)s] * s switch { LetterScript.Han => 7, LetterScript.Kana => 4, LetterScript.Hangul => 5, _ => 2 };
            if (weight > bestWeight) (best, bestWeight) = (s, weight);
        }
        return best;
    }

    [Fact]
    public void The_attributor_and_the_tally_read_a_paragraph_as_chinese_exactly_when_han_is_at_least_half_the_latin_letters()
    {
        var random = new Random(1617);
        int chinese = 0;
        for (int round = 0; round < 2_000; round++)
        {
            string text = RandomText(random);
            int han = text.Count(QuoteParagraph.IsHan);
            int latin = text.Count(c => c < '\u0250' && char.IsLetter(c));
            var paragraph = new QuoteParagraph(text, new TextSpan(0, text.Length), []);
            Assert.True(paragraph.IsChinese == (han * 2 >= latin), $"round {round}: \"{text}\"");

            // A paragraph whose language was detected takes the tally's answer instead of counting again.
            Assert.True(paragraph.IsChinese == ScriptTally.Of(text, countVariants: true).IsHanAtLeastHalfLatin, $"tally, round {round}: \"{text}\"");
            Assert.True(paragraph.IsChinese == ScriptTally.Of(text, countVariants: false).IsHanAtLeastHalfLatin, $"tally without variants, round {round}: \"{text}\"");
            chinese += paragraph.IsChinese ? 1 : 0;
        }

        // Both answers occur, so the comparison is not vacuous.
        Assert.InRange(chinese, 50, 1_950);
    }

    private static string RandomText(Random random)
    {
        // Mostly long ASCII runs (as in English), sometimes other pieces, at lengths around the block size.
        var builder = new System.Text.StringBuilder();
        int length = random.Next(0, 80);
        double asciiRuns = random.NextDouble();
        while (builder.Length < length)
        {
            if (random.NextDouble() < asciiRuns)
            {
                for (int k = random.Next(1, 40); k > 0; k--) builder.Append(s_pieces[random.Next(13)]);
            }
            else
            {
                builder.Append(s_pieces[random.Next(s_pieces.Length)]);
            }
        }

        return builder.ToString();
    }
}
