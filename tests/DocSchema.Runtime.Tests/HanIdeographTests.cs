using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// What the attributor's Han-first tests rely on: a character in <see cref="QuoteParagraph.IsHan"/>'s
/// ranges is never a space, punctuation, a symbol or a digit, so those tests ask the range before
/// char's category lookups and give the same answers.
/// </summary>
public class HanIdeographTests
{
    [Fact]
    public void No_Han_ideograph_is_a_space_punctuation_a_symbol_or_a_digit()
    {
        int han = 0;
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (!QuoteParagraph.IsHan(ch)) continue;
            han++;
            Assert.False(QuoteMarks.IsSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch) || char.IsDigit(ch), $"U+{c:X4}");
        }

        // The three ranges: the basic block, extension A and the compatibility ideographs.
        Assert.Equal((0x9FFF - 0x4E00 + 1) + (0x4DBF - 0x3400 + 1) + (0xFAFF - 0xF900 + 1), han);
    }
}
