using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The letter tallies count blocks of sixteen characters at a time (ASCII, the main Han block and
/// the punctuation of Chinese and English text) and the main Han block without the general
/// classification; they must give exactly what classifying every character gives, at every length
/// and every mix of scripts (runs cross the sixteen-character blocks at random places).
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

    // Chinese text as the blocks meet it: Han of both variants and neither (the block's first and
    // last characters among them), the punctuation the blocks take (at the ends of each of its
    // ranges), ASCII, and the characters just outside those ranges, which they must leave to the
    // classification: 々 〆 〇, ⁰ (U+2070), 〱 (a letter), Ａ (a full-width letter), ｀, ䷿ (U+4DFF), ꀀ.
    private static readonly string[] s_chinesePieces =
    [
        "中", "国", "這", "这", "說", "说", "\u4E00", "\u9FFF", "的", "了",
        "，", "。", "、", "「", "」", "《", "》", "：", "“", "”", "—", "…",
        "\u2000", "\u206F", "\u3000", "\u3004", "\u3008", "\u3030", "\uFF01", "\uFF20", "１",
        "a", "Z", "7", " ", ".",
        "々", "〆", "〇", "\u2070", "\u1FFF", "\u3031", "\uFF21", "\uFF40", "\u4DFF", "\uA000", "\u2FFF", "\uFF00",
    ];

    // How many of s_chinesePieces come before the characters outside the blocks' ranges.
    private const int ChineseBlockPieces = 36;

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
            var (expected, simplified, traditional) = ClassifiedOneByOne(text);
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

    [Fact]
    public void The_script_tally_counts_every_character_of_the_plane_as_the_classification_does()
    {
        // Each character sixteen times over (a whole block) and once among Chinese text (a block it
        // interrupts), so that every end of every range the blocks take is crossed.
        for (int code = 0; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            if (char.IsSurrogate(c)) continue;
            foreach (string text in (string[])[new string(c, 16), "这個中" + c + "這个国家的人们说話，你们說"])
            {
                var (scripts, simplified, traditional) = ClassifiedOneByOne(text);
                var tally = ScriptTally.Of(text, countVariants: true);
                for (int s = 0; s < scripts.Length; s++)
                {
                    Assert.True(scripts[s] == tally.Count((LetterScript)s), $"{(LetterScript)s} of U+{code:X4} in \"{text}\"");
                }

                Assert.True(simplified == tally.SimplifiedOnly, $"simplified of U+{code:X4} in \"{text}\"");
                Assert.True(traditional == tally.TraditionalOnly, $"traditional of U+{code:X4} in \"{text}\"");
            }
        }
    }

    // The tally as its definition states it: every character classified, one at a time, and the
    // main block's Han looked up in the variant pairs themselves.
    private static (long[] Scripts, long Simplified, long Traditional) ClassifiedOneByOne(string text)
    {
        var scripts = new long[(int)LetterScript.OtherLetter + 1];
        long simplified = 0, traditional = 0;
        for (int i = 0; i < text.Length;)
        {
            var script = LetterScripts.Classify(text, i, out int width);
            scripts[(int)script]++;
            if (script == LetterScript.Han && width == 1)
            {
                if (SimplifiedForms.Contains(text[i])) simplified++;
                else if (TraditionalForms.Contains(text[i])) traditional++;
            }

            i += width;
        }

        return (scripts, simplified, traditional);
    }

    private static string RandomText(Random random)
    {
        // Long ASCII runs (as in English), Chinese runs (mostly what the blocks take) or single pieces
        // of anything, in proportions that vary from text to text, at lengths around the block size.
        var builder = new System.Text.StringBuilder();
        int length = random.Next(0, 80);
        double asciiRuns = random.NextDouble();
        double chineseRuns = random.NextDouble() * (1 - asciiRuns);
        while (builder.Length < length)
        {
            double kind = random.NextDouble();
            if (kind < asciiRuns)
            {
                for (int k = random.Next(1, 40); k > 0; k--) builder.Append(s_pieces[random.Next(13)]);
            }
            else if (kind < asciiRuns + chineseRuns)
            {
                for (int k = random.Next(1, 40); k > 0; k--)
                {
                    // Now and then a character outside the blocks' ranges.
                    int piece = random.Next(20) == 0 ? random.Next(s_chinesePieces.Length) : random.Next(ChineseBlockPieces);
                    builder.Append(s_chinesePieces[piece]);
                }
            }
            else
            {
                builder.Append(s_pieces[random.Next(s_pieces.Length)]);
            }
        }

        return builder.ToString();
    }
}
