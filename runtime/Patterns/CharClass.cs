namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The built-in character classes of the pattern language. Each matcher looks at the text at
/// <c>pos</c> (never past <c>limit</c>) and returns how many UTF-16 code units the class matched
/// there: 0 for no match, 1, or 2 for a surrogate pair. Full-width forms count as their ASCII
/// counterparts (<c>１</c> is a digit, <c>，</c> is punctuation, U+3000 is a space).
/// </summary>
public static class CharClass
{
    /// <summary>A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).</summary>
    public static int Han(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>A Latin-script letter (ASCII, Latin-1, Latin Extended, full-width).</summary>
    public static int Latin(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>Any letter of any script (Unicode category L*), Han included.</summary>
    public static int Letter(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>An upper-case letter.</summary>
    public static int Upper(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>A lower-case letter.</summary>
    public static int Lower(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>A decimal digit, ASCII or full-width.</summary>
    public static int Digit(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>White space that is not a line break (space, tab, NBSP, U+3000…).</summary>
    public static int Space(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>Punctuation (Unicode categories P*), ASCII and CJK alike.</summary>
    public static int Punct(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>Sentence-final punctuation: <c>. ! ? 。 ！ ？ … ．</c> and the ellipsis <c>...</c> as one match.</summary>
    public static int Final(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>An opening quote mark: <c>“ 「 『 ‘ "</c> (ASCII <c>"</c> is both opening and closing).</summary>
    public static int OpenQuote(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>A closing quote mark: <c>” 」 』 ’ "</c>.</summary>
    public static int CloseQuote(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>A dash: <c>- – — ―</c>, or <c>--</c> as one match.</summary>
    public static int Dash(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>Any character but a line break (a surrogate pair counts as one).</summary>
    public static int Any(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>A line break: LF, CRLF (as one match), CR, U+2028, U+2029, U+0085.</summary>
    public static int Newline(string text, int pos, int limit) => throw new NotImplementedException();

    /// <summary>
    /// Folds a character for width-insensitive comparison: full-width ASCII variants (U+FF01–U+FF5E)
    /// to ASCII, U+3000 to a space; every other character to itself.
    /// </summary>
    public static char Fold(char c) => throw new NotImplementedException();

    /// <summary>
    /// Matches <paramref name="literal"/> at <paramref name="pos"/>, comparing folded characters
    /// (<see cref="Fold"/>); with <paramref name="ignoreCase"/> also case-insensitively (invariant).
    /// Returns the number of code units matched, or -1.
    /// </summary>
    public static int Literal(string text, int pos, int limit, string literal, bool ignoreCase = false) =>
        throw new NotImplementedException();
}
