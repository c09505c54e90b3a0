using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Which characters are quote marks and, for the marks that can both open and close, which one a
/// mark is where it stands. English decides by spacing (an opening mark follows a space and
/// precedes a word); Chinese has no spaces, so Han characters and CJK punctuation count as
/// boundaries on either side.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>True when <see cref="Classify"/> names <paramref name="c"/> a quote mark of any kind.</summary>
    /// <remarks>The marks lie in nine runs of code points, tested here as <see cref="QuoteMarkSearch"/>
    /// tests them a vector at a time; a test asks this and <see cref="Classify"/> about every UTF-16 unit.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) =>
        c is '"' or '\'' or '\uFF02' or '\uFF07'
        || (c & 0xFFFA) == 0x2018 // ‘ ’ “ ”: U+2018, U+2019, U+201C, U+201D
        || (c & 0xFFFC) == 0x300C // 「 」 『 』: U+300C–U+300F
        || (uint)(c - 0x301D) <= 0x301F - 0x301D // 〝 〞 〟
        || (uint)(c - 0xFE41) <= 0xFE44 - 0xFE41; // ﹁ ﹂ ﹃ ﹄

    /// <summary>The family and kind of <paramref name="c"/>; <see cref="QuoteMarkKind.None"/> for other characters.</summary>
    /// <remarks>Inlined into the scanner, which asks it at every mark: the call cost about as much as the switch.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static QuoteMarkKind Classify(char c, out QuoteFamily family)
    {
        (family, QuoteMarkKind kind) = c switch
        {
            '\u201C' or '\u301D' => (QuoteFamily.Double, QuoteMarkKind.Opening), // “ 〝
            '\u201D' or '\u301E' or '\u301F' => (QuoteFamily.Double, QuoteMarkKind.Closing), // ” 〞 〟
            '"' or '\uFF02' => (QuoteFamily.Double, QuoteMarkKind.StraightDouble),
            '\u2018' => (QuoteFamily.Single, QuoteMarkKind.LeftSingle),
            '\'' or '\u2019' or '\uFF07' => (QuoteFamily.Single, QuoteMarkKind.StraightSingle),
            '\u300C' or '\uFE41' => (QuoteFamily.Corner, QuoteMarkKind.Opening), // 「 ﹁
            '\u300D' or '\uFE42' => (QuoteFamily.Corner, QuoteMarkKind.Closing), // 」 ﹂
            '\u300E' or '\uFE43' => (QuoteFamily.WhiteCorner, QuoteMarkKind.Opening), // 『 ﹃
            '\u300F' or '\uFE44' => (QuoteFamily.WhiteCorner, QuoteMarkKind.Closing), // 』 ﹄
            _ => (QuoteFamily.Double, QuoteMarkKind.None),
        };
        return kind;
    }

    /// <summary>
    /// Whether an ASCII <c>"</c> (or ＂) can open and can close, given the characters before and after
    /// it (<c>'\0'</c> at the paragraph's edges). It opens before a non-space and not after a word;
    /// it closes after a non-space and not before a word.
    /// </summary>
    public static (bool CanOpen, bool CanClose) StraightDouble(char before, char after)
    {
        bool canOpen = after != '\0' && !IsSpace(after) && !IsWordChar(before);
        bool canClose = before != '\0' && !IsSpace(before) && !IsWordChar(after);
        return (canOpen, canClose);
    }

    /// <summary>
    /// Whether an ASCII <c>'</c>, ’ or ＇ can open and can close. Stricter than for double marks
    /// because the same characters are apostrophes (It's, Trump's, Fox News', '90s): it opens only
    /// after a boundary (edge, space, opening punctuation, a dash or CJK) and before a letter, and
    /// closes only after a non-space and before a boundary (edge, space, punctuation or CJK).
    /// </summary>
    public static (bool CanOpen, bool CanClose) StraightSingle(char before, char after)
    {
        bool canOpen = (before == '\0' || IsSpace(before) || IsOpeningContext(before) || IsCjk(before))
            && after != '\0' && char.IsLetter(after);
        bool canClose = before != '\0' && !IsSpace(before)
            && (after == '\0' || IsSpace(after) || IsCjk(after) || char.IsPunctuation(after) || char.IsSymbol(after));
        return (canOpen, canClose);
    }

    /// <summary>Whether ‘ opens: not after a word (an apostrophe inside a word), and before a non-space.</summary>
    public static bool LeftSingleOpens(char before, char after) =>
        after != '\0' && !IsSpace(after) && !IsWordChar(before);

    /// <summary>White space, zero-width marks included: trimmed from quotes and never text of a word.</summary>
    public static bool IsSpace(char c) => SourceText.IsTrimmable(c);

    /// <summary>
    /// A letter or digit of a script written with spaces between words. Han and kana are letters,
    /// but in unspaced text they are boundaries, so they are not word characters here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked twice at every straight double mark
    private static bool IsWordChar(char c) => c != '\0' && char.IsLetterOrDigit(c) && !IsCjk(c);

    /// <summary>
    /// A character of the CJK blocks: ideographs, kana, Hangul, CJK and full-width punctuation; and
    /// surrogates, most of which are extension ideographs or emoji, both boundaries in practice.
    /// </summary>
    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'
        || c is >= '\uAC00' and <= '\uD7AF'
        || c is >= '\uD800' and <= '\uDFFF'
        || c is >= '\uF900' and <= '\uFAFF'
        || c is >= '\uFE30' and <= '\uFE4F'
        || c is >= '\uFF00' and <= '\uFFEF';

    /// <summary>Punctuation after which a single quote can open: brackets, opening quotes, dashes, an ASCII <c>"</c> ("'Tis").</summary>
    private static bool IsOpeningContext(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.OpenPunctuation
            or System.Globalization.UnicodeCategory.InitialQuotePunctuation
            or System.Globalization.UnicodeCategory.DashPunctuation
            || c is '"' or '\uFF02';
    }
}
