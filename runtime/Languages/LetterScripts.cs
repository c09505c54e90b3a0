using System.Text;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Tells which <see cref="LetterScript"/> a character belongs to. Ranges are Unicode blocks;
/// inside a block only letters count (<see cref="char.IsLetter(char)"/>), so a block's digits and
/// punctuation (Arabic comma, Thai digits, the katakana middle dot Chinese text also uses) never
/// sway the vote.
/// </summary>
internal static class LetterScripts
{
    /// <summary>The script of the character at <paramref name="index"/>, and how many UTF-16 units it takes (1, or 2 for a surrogate pair).</summary>
    public static LetterScript Classify(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            // Han extensions B and later sit in planes 2 and 3; a lone surrogate is no letter.
            if (index + 1 < text.Length && Rune.TryCreate(c, text[index + 1], out Rune rune))
            {
                width = 2;
                if (rune.Value is >= 0x20000 and <= 0x3FFFF)
                {
                    return LetterScript.Han;
                }

                return Rune.IsLetter(rune) ? LetterScript.OtherLetter : LetterScript.None;
            }

            return LetterScript.None;
        }

        return Classify(c);
    }

    /// <summary>
    /// The blocks of the BMP in which <see cref="Classify(char)"/> can answer
    /// <see cref="LetterScript.Latin"/> (first and last unit): ASCII letters through the IPA
    /// extensions, Latin Extended Additional, -C, -D, -E and full-width A–Z and a–z. A Latin range
    /// added to <see cref="Classify(char)"/> belongs here too; LatinTablesTests checks every unit.
    /// </summary>
    internal static readonly (int First, int Last)[] LatinBlocks =
        [(0x0041, 0x02AF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F), (0xFF21, 0xFF5A)];

    /// <summary>The script of a BMP character; <see cref="LetterScript.None"/> for non-letters and lone surrogates.</summary>
    public static LetterScript Classify(char c)
    {
        // ASCII first: it is most of every Latin text and all of the punctuation in many Chinese ones.
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? LetterScript.Latin : LetterScript.None;
        }

        // 〇 is a number (Nl) and 々 a modifier letter, but both are written as Han characters.
        if (c is '\u3007' or '\u3005' || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3400' and <= '\u4DBF' || c is >= '\uF900' and <= '\uFAFF')
        {
            return LetterScript.Han;
        }

        if (!char.IsLetter(c))
        {
            return LetterScript.None;
        }

        return c switch
        {
            <= '\u024F' => LetterScript.Latin, // Latin-1 and Latin Extended-A/B (× and ÷ are not letters)
            <= '\u02AF' => LetterScript.Latin, // IPA extensions
            >= '\u0370' and <= '\u03FF' => LetterScript.Greek,
            >= '\u0400' and <= '\u052F' => LetterScript.Cyrillic,
            >= '\u0590' and <= '\u05FF' => LetterScript.Hebrew,
            >= '\u0600' and <= '\u06FF' => LetterScript.Arabic,
            >= '\u0750' and <= '\u077F' => LetterScript.Arabic,
            >= '\u08A0' and <= '\u08FF' => LetterScript.Arabic,
            >= '\u0900' and <= '\u097F' => LetterScript.Devanagari,
            >= '\u0B80' and <= '\u0BFF' => LetterScript.Tamil,
            >= '\u0E00' and <= '\u0E7F' => LetterScript.Thai,
            >= '\u1100' and <= '\u11FF' => LetterScript.Hangul,
            >= '\u1C80' and <= '\u1C8F' => LetterScript.Cyrillic,
            >= '\u1E00' and <= '\u1EFF' => LetterScript.Latin, // Latin Extended Additional (Vietnamese)
            >= '\u1F00' and <= '\u1FFF' => LetterScript.Greek,
            >= '\u2C60' and <= '\u2C7F' => LetterScript.Latin,
            >= '\u2DE0' and <= '\u2DFF' => LetterScript.Cyrillic,
            >= '\u3040' and <= '\u30FF' => LetterScript.Kana,
            >= '\u3130' and <= '\u318F' => LetterScript.Hangul,
            >= '\u31F0' and <= '\u31FF' => LetterScript.Kana,
            >= '\uA640' and <= '\uA69F' => LetterScript.Cyrillic,
            >= '\uA720' and <= '\uA7FF' => LetterScript.Latin,
            >= '\uA8E0' and <= '\uA8FF' => LetterScript.Devanagari,
            >= '\uA960' and <= '\uA97F' => LetterScript.Hangul,
            >= '\uAB30' and <= '\uAB6F' => LetterScript.Latin,
            >= '\uAC00' and <= '\uD7FF' => LetterScript.Hangul,
            >= '\uFB1D' and <= '\uFB4F' => LetterScript.Hebrew,
            >= '\uFB50' and <= '\uFDFF' => LetterScript.Arabic,
            >= '\uFE70' and <= '\uFEFF' => LetterScript.Arabic,
            >= '\uFF21' and <= '\uFF3A' => LetterScript.Latin, // full-width A–Z
            >= '\uFF41' and <= '\uFF5A' => LetterScript.Latin, // full-width a–z
            >= '\uFF66' and <= '\uFF9F' => LetterScript.Kana, // half-width katakana
            _ => LetterScript.OtherLetter,
        };
    }
}
