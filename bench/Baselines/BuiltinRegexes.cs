using System.Text.RegularExpressions;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// The regular expressions a user would write for what DocSchema's built-in patterns match
/// (generator/Builtins/builtins.patterns.yaml): days, headlines, character classes. Character
/// classes are the approximations a careful user writes (BMP ideographs, Latin blocks, ASCII and
/// full-width digits); they agree with DocSchema's on the sample articles.
/// </summary>
public static class BuiltinRegexes
{
    /// <summary>Every baseline regex is compiled to IL, as the issue asks; culture never matters to them.</summary>
    public const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>A Han ideograph of the BMP (Extension A, the unified block, compatibility ideographs, 〇).</summary>
    public const string Han = @"[\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]";

    /// <summary>A Latin letter: ASCII, Latin-1, Latin Extended-A and -B, full-width.</summary>
    public const string Latin = @"[A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\uFF21-\uFF3A\uFF41-\uFF5A]";

    /// <summary>An ASCII or full-width decimal digit (the digits a dateline's numbers are read from).</summary>
    public const string Digit = "[0-9０-９]";

    /// <summary>An upper-case or title-case letter.</summary>
    public const string Upper = @"[\p{Lu}\p{Lt}]";

    /// <summary>A day of the month, 1 to 31, not followed by another digit.</summary>
    public const string Day = "(?:[3３][01０１]|[12１２]" + Digit + "|[0０]?[1-9１-９])(?!" + Digit + ")";

    /// <summary>2 to 200 characters that do not end a sentence (optionally followed by a closing quote).</summary>
    public static readonly Regex Headline = new(@"^(?!.*[.!?。！？…．][""”」』’＂]?$).{2,200}$", Options);
}
