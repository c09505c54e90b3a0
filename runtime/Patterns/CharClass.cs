using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The built-in character classes of the pattern language. Each matcher looks at the text at
/// <c>pos</c> (never past <c>limit</c>) and returns how many UTF-16 code units the class matched
/// there: 0 for no match, 1, or 2 for a surrogate pair. Full-width forms count as their ASCII
/// counterparts (<c>１</c> is a digit, <c>，</c> is punctuation, U+3000 is a space).
/// </summary>
/// <remarks>
/// Generated parsers call these in their inner loops, so every matcher settles ASCII with a couple
/// of comparisons, looks other BMP characters up without allocating, and only decodes a
/// <see cref="Rune"/> when it meets a surrogate pair. A lone surrogate is never a letter, digit,
/// space or punctuation, but it is <see cref="Any"/> character.
/// </remarks>
public static class CharClass
{
    // Bit masks over UnicodeCategory values, so that one AND decides a class.
    private const int UpperCategories = 1 << (int)UnicodeCategory.UppercaseLetter
        // Title-case digraphs (ǅ) begin capitalised words, which is what `upper` is used to find.
        | 1 << (int)UnicodeCategory.TitlecaseLetter;

    private const int LowerCategories = 1 << (int)UnicodeCategory.LowercaseLetter;

    private const int LetterCategories = 1 << (int)UnicodeCategory.UppercaseLetter
        | 1 << (int)UnicodeCategory.LowercaseLetter
        | 1 << (int)UnicodeCategory.TitlecaseLetter
        | 1 << (int)UnicodeCategory.ModifierLetter
        | 1 << (int)UnicodeCategory.OtherLetter;

    private const int PunctCategories = 1 << (int)UnicodeCategory.ConnectorPunctuation
        | 1 << (int)UnicodeCategory.DashPunctuation
        | 1 << (int)UnicodeCategory.OpenPunctuation
        | 1 << (int)UnicodeCategory.ClosePunctuation
        | 1 << (int)UnicodeCategory.InitialQuotePunctuation
        | 1 << (int)UnicodeCategory.FinalQuotePunctuation
        | 1 << (int)UnicodeCategory.OtherPunctuation;

    /// <summary>A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).</summary>
    /// <remarks>Inlined as far as the Unified Ideographs, nearly every Han character of news: the
    /// generated parsers ask it at every character of a Chinese place name or heading, and the call
    /// cost more than the test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Han(string text, int pos, int limit) =>
        (uint)pos < (uint)limit && (uint)(text[pos] - '\u4E00') <= '\u9FFF' - '\u4E00' ? 1 : HanBeyondUnified(text, pos, limit);

    // Han past its in-line test: the other blocks, a surrogate pair, or no Han character (0).
    private static int HanBeyondUnified(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (c < '\u3007') return 0;
        if (!char.IsSurrogate(c)) return IsHan(c) ? 1 : 0;
        return TryReadPair(text, pos, limit, out var rune) && IsHan(rune.Value) ? 2 : 0;
    }

    /// <summary>A Latin-script letter (ASCII, Latin-1, Latin Extended, full-width).</summary>
    public static int Latin(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (char.IsAscii(c)) return char.IsAsciiLetter(c) ? 1 : 0;
        if (!char.IsSurrogate(c)) return IsLatinRange(c) && char.IsLetter(c) ? 1 : 0;
        return TryReadPair(text, pos, limit, out var rune) && IsLatinRange(rune.Value) && Rune.IsLetter(rune) ? 2 : 0;
    }

    /// <summary>Any letter of any script (Unicode category L*), Han included.</summary>
    public static int Letter(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (char.IsAscii(c)) return char.IsAsciiLetter(c) ? 1 : 0;

        // 〇 is a letter number (Nl), but every `han` must be a `letter` too.
        if (c == '\u3007') return 1;
        return MatchCategories(text, pos, limit, c, LetterCategories);
    }

    /// <summary>An upper-case letter.</summary>
    public static int Upper(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (char.IsAscii(c)) return char.IsAsciiLetterUpper(c) ? 1 : 0;
        return MatchCategories(text, pos, limit, c, UpperCategories);
    }

    /// <summary>A lower-case letter.</summary>
    public static int Lower(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (char.IsAscii(c)) return char.IsAsciiLetterLower(c) ? 1 : 0;
        return MatchCategories(text, pos, limit, c, LowerCategories);
    }

    /// <summary>A decimal digit, ASCII or full-width.</summary>
    public static int Digit(string text, int pos, int limit)
    {
        // Only these two forms: they are the digits DatelineValues can turn into numbers.
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        return char.IsAsciiDigit(c) || char.IsBetween(c, '０', '９') ? 1 : 0;
    }

    /// <summary>White space that is not a line break (space, tab, NBSP, U+3000…).</summary>
    public static int Space(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (c is ' ' or '\t') return 1;

        // char.IsWhiteSpace has a table for Latin-1 and no white space is a surrogate.
        return char.IsWhiteSpace(c) && !LineBreaks.IsLineBreak(c) ? 1 : 0;
    }

    /// <summary>Punctuation (Unicode categories P*), ASCII and CJK alike.</summary>
    public static int Punct(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];

        // ASCII symbols such as $ + < = > ^ ` | ~ are not punctuation (categories S*), as in Unicode;
        // full-width forms have the categories of their ASCII counterparts.
        if (char.IsAscii(c)) return char.IsPunctuation(c) ? 1 : 0;
        return MatchCategories(text, pos, limit, c, PunctCategories);
    }

    /// <summary>Sentence-final punctuation: <c>. ! ? 。 ！ ？ … ．</c> and the ellipsis <c>...</c> as one match.</summary>
    /// <remarks>Two ellipsis characters <c>……</c> (the Chinese ellipsis) are one match of length 2 as well.</remarks>
    public static int Final(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        switch (Fold(text[pos]))
        {
            case '.':
                // Three dots are one ellipsis, so `final` never stops between them.
                return pos + 2 < limit && Fold(text[pos + 1]) == '.' && Fold(text[pos + 2]) == '.' ? 3 : 1;
            case '…':
                return pos + 1 < limit && text[pos + 1] == '…' ? 2 : 1;
            case '!' or '?' or '。':
                return 1;
            default:
                return 0;
        }
    }

    /// <summary>An opening quote mark: <c>“ 「 『 ‘ "</c> (ASCII <c>"</c> is both opening and closing).</summary>
    public static int OpenQuote(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        return Fold(text[pos]) is '"' or '“' or '「' or '『' or '‘' ? 1 : 0;
    }

    /// <summary>A closing quote mark: <c>” 」 』 ’ "</c>.</summary>
    public static int CloseQuote(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        return Fold(text[pos]) is '"' or '”' or '」' or '』' or '’' ? 1 : 0;
    }

    /// <summary>A dash: <c>- – — ―</c>, or <c>--</c> as one match.</summary>
    public static int Dash(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        switch (Fold(text[pos]))
        {
            case '-':
                // Typewriter dash: two hyphens stand for one em dash.
                return pos + 1 < limit && Fold(text[pos + 1]) == '-' ? 2 : 1;
            case '–' or '—' or '―':
                return 1;
            default:
                return 0;
        }
    }

    /// <summary>Any character but a line break (a surrogate pair counts as one).</summary>
    public static int Any(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (LineBreaks.IsLineBreak(c)) return 0;
        return char.IsHighSurrogate(c) && pos + 1 < limit && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;
    }

    /// <summary>
    /// False when the text from <paramref name="pos"/> to <paramref name="limit"/> cannot be between
    /// <paramref name="min"/> and <paramref name="max"/> characters long, a surrogate pair counting
    /// as one; true when it may be. Generated parsers ask this before a bounded repeat of single
    /// characters that must reach the end (<c>&amp;(any{2,80} $)</c>, a short line), so that a long
    /// paragraph is turned away without walking the repeat.
    /// </summary>
    /// <remarks>Inlined, the search for surrogates out of line: a line is nearly always told by its
    /// length alone, and the call cost more than the two comparisons.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CouldBeLength(string text, int pos, int limit, int min, int max)
    {
        int units = limit - pos;
        if (units < min || units > 2L * max) return false;

        // Only surrogate pairs make a text of more than max code units max characters or fewer.
        return units <= max || HasHighSurrogate(text, pos, units);
    }

    private static bool HasHighSurrogate(string text, int pos, int units) =>
        text.AsSpan(pos, units).ContainsAnyInRange('\uD800', '\uDBFF');

    /// <summary>
    /// Matches <c>any{min,max} $</c> at <paramref name="pos"/>: true, with <paramref name="pos"/>
    /// moved to the end of the match region, when the text up to it holds no line break and
    /// between <paramref name="min"/> and <paramref name="max"/> characters (a surrogate pair counting
    /// as one, as <see cref="Any"/> takes it); else false, with <paramref name="pos"/> unchanged.
    /// </summary>
    /// <remarks>
    /// The answer of the greedy repeat followed by the end, which takes characters up to a line
    /// break or <paramref name="max"/> of them and then needs the end; and the same steps of the
    /// budget, spent at once (<see cref="ParseContext.Step(int)"/>): one per character taken, and
    /// one more for the try that stopped short of <paramref name="max"/>. So the budget, DS2002 and
    /// the step count are what the loop left, and the work stays bounded by the steps. Only what
    /// could be the right length is read (<see cref="CouldBeLength"/>), at no cost in steps, as
    /// before the loop. Generated parsers call this for the short-line idiom <c>&amp;(any{2,80} $)</c>
    /// in place of the repeat's routine, which made a call per character.
    /// </remarks>
    public static bool LineToEnd(ParseContext context, ref int pos, int min, int max)
    {
        string text = context.Text;
        int limit = context.Limit;
        if (!CouldBeLength(text, pos, limit, min, max)) return false;
        var rest = text.AsSpan(pos, limit - pos);
        int lineBreak = rest.IndexOfAny(LineBreaks.Chars);
        var line = lineBreak < 0 ? rest : rest[..lineBreak];
        int characters = line.Length;
        if (line.ContainsAnyInRange('\uD800', '\uDBFF'))
        {
            // Characters as the repeat took them, one Any at a time (a line holds no break for it to stop at).
            characters = 0;
            for (int at = pos, end = pos + line.Length; at < end; at += Any(text, at, end)) characters++;
        }

        if (!context.Step(characters < max ? characters + 1 : max)) return false;
        if (lineBreak >= 0 || characters < min || characters > max) return false;
        pos = limit;
        return true;
    }

    /// <summary>A line break: LF, CRLF (as one match), CR, U+2028, U+2029, U+0085.</summary>
    public static int Newline(string text, int pos, int limit) => LineBreaks.LengthAt(text, pos, limit);

    /// <summary>
    /// Folds a character for width-insensitive comparison: full-width ASCII variants (U+FF01–U+FF5E)
    /// to ASCII, U+3000 to a space; every other character to itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        // The full-width block mirrors ASCII 0x21–0x7E at a fixed distance.
        if (char.IsBetween(c, '！', '～')) return (char)(c - ('！' - '!'));
        return c == '\u3000' ? ' ' : c;
    }

    /// <summary>
    /// Matches <paramref name="literal"/> at <paramref name="pos"/>, comparing folded characters
    /// (<see cref="Fold"/>); with <paramref name="ignoreCase"/> also case-insensitively (invariant).
    /// Returns the number of code units matched, or -1.
    /// </summary>
    public static int Literal(string text, int pos, int limit, string literal, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(literal);

        // Folding maps one code unit to one, so a match is exactly as long as the literal.
        if ((uint)pos > (uint)limit || literal.Length > limit - pos) return -1;
        for (var i = 0; i < literal.Length; i++)
        {
            char a = text[pos + i], b = literal[i];
            if (a == b) continue;
            a = Fold(a);
            b = Fold(b);
            if (a == b || (ignoreCase && EqualsIgnoreCase(a, b))) continue;
            return -1;
        }
        return literal.Length;
    }

    private static bool EqualsIgnoreCase(char a, char b)
    {
        if (char.IsAscii(a) && char.IsAscii(b))
            return (a | 0x20) == (b | 0x20) && char.IsAsciiLetter(a);

        // Both directions, because simple case mappings are not symmetric: 'ſ' upper-cases to 'S'
        // and the Kelvin sign lower-cases to 'k'.
        return char.ToUpperInvariant(a) == char.ToUpperInvariant(b)
            || char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MatchCategories(string text, int pos, int limit, char c, int categories)
    {
        if (!char.IsSurrogate(c)) return ((1 << (int)char.GetUnicodeCategory(c)) & categories) != 0 ? 1 : 0;
        return TryReadPair(text, pos, limit, out var rune) && ((1 << (int)Rune.GetUnicodeCategory(rune)) & categories) != 0 ? 2 : 0;
    }

    /// <summary>Reads the surrogate pair at <paramref name="pos"/>; false for a lone or cut-off surrogate.</summary>
    private static bool TryReadPair(string text, int pos, int limit, out Rune rune)
    {
        char high = text[pos];
        if (char.IsHighSurrogate(high) && pos + 1 < limit)
        {
            var low = text[pos + 1];
            if (char.IsLowSurrogate(low))
            {
                rune = new Rune(high, low);
                return true;
            }
        }
        rune = default;
        return false;
    }

    // Inlined into Han, which asks it of nearly every character of a Chinese dateline or subheading.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHan(int codePoint) =>
        codePoint == 0x3007                                      // 〇, the ideographic zero
        || (uint)(codePoint - 0x3400) <= 0x4DBF - 0x3400         // Extension A
        || (uint)(codePoint - 0x4E00) <= 0x9FFF - 0x4E00         // Unified Ideographs
        || ((uint)(codePoint - 0xF900) <= 0xFAFF - 0xF900        // Compatibility Ideographs,
            && CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherLetter) // without the holes
        // Planes 2 and 3 hold nothing but CJK ideographs (Extensions B–J, compatibility
        // supplement), so new extensions are Han without a table update.
        || (uint)(codePoint - 0x20000) <= 0x3FFFF - 0x20000;

    /// <summary>The blocks of Latin-script letters; the caller also checks that it is a letter.</summary>
    private static bool IsLatinRange(int codePoint) =>
        codePoint is 0xAA or 0xBA                                // ª º
        || (uint)(codePoint - 0xC0) <= 0x2AF - 0xC0              // Latin-1 letters, Extended-A and -B, IPA
        || (uint)(codePoint - 0x1E00) <= 0x1EFF - 0x1E00         // Extended Additional
        || (uint)(codePoint - 0x2C60) <= 0x2C7F - 0x2C60         // Extended-C
        || (uint)(codePoint - 0xA720) <= 0xA7FF - 0xA720         // Extended-D
        || (uint)(codePoint - 0xAB30) <= 0xAB6F - 0xAB30         // Extended-E
        || (uint)(codePoint - 0xFB00) <= 0xFB06 - 0xFB00         // ligatures ﬀ ﬁ ﬂ
        || (uint)(codePoint - 0xFF21) <= 0xFF3A - 0xFF21         // full-width A–Z
        || (uint)(codePoint - 0xFF41) <= 0xFF5A - 0xFF41         // full-width a–z
        || (uint)(codePoint - 0x10780) <= 0x107BF - 0x10780      // Extended-F
        || (uint)(codePoint - 0x1DF00) <= 0x1DFFF - 0x1DF00;     // Extended-G
}
