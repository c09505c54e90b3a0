using static DocSchema.Bench.Baselines.BuiltinRegexes;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// Regular expressions for how English news pages write wire datelines, picture credits and
/// subheadings: what schemas/common/english-news.patterns.yaml and the built-in
/// <c>@en-dateline</c> say, written as a user would write them with Regex.
/// </summary>
public static class EnglishNewsRegexes
{
    /// <summary>An English month name, full or abbreviated, any case.</summary>
    private const string MonthName =
        "(?i:january|february|march|april|may|june|july|august|september|october|november|december"
        + @"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?!\p{L})";

    /// <summary>An upper-case place name: WASHINGTON, NEW YORK, ST. LOUIS.</summary>
    private const string Place = Upper + "(?:" + Upper + @"|[.'\-]| (?=" + Upper + "))+";

    /// <summary>Capitalised words: Donald Trump, White House.</summary>
    private const string NameRun = Upper + @"[\p{L}.'\-]*(?:\s+" + Upper + @"[\p{L}.'\-]*)*";

    /// <summary><c>WASHINGTON (Reuters) -</c>, <c>LONDON, March 18 (Reuters) -</c>: groups places, month, day, agency.</summary>
    public const string DatelinePattern =
        "(?<places>" + Place + ")(?:[,，]\\s*(?:(?<month>" + MonthName + @")\s*(?<day>" + Day + ")|(?<places>" + NameRun + ")))*"
        + @"\s*(?:[(（](?<agency>\p{L}[\p{L}\s.&'\-/]*)[)）])?\s*(?:--|[-–—―])\s*";

    /// <summary>A picture credit: <c>(AP Photo/Evan Vucci)</c>, <c>(Photo: Reuters)</c>; group credit.</summary>
    private const string Credit =
        @"[(（]\s*(?:(?i:photo)\s*[:：]\s*(?<credit>[^()（）\n]+)|(?<credit>(?i:ap|afp|reuters|getty images|epa|photo)[^()（）\n]*))\s*[)）]";

    /// <summary>A caption: any text, then a picture credit that ends the block; groups text, credit.</summary>
    public const string CaptionPattern = @"(?<text>.*?)\s*" + Credit;

    /// <summary>A short line (2–80 characters) starting with a capital, without sentence-final punctuation or quote marks.</summary>
    public const string SubheadingPattern = "(?=.{2,80}$)" + Upper + @"[\p{L}0-9０-９\s,'’\-—:&%$，＇－：＆％＄]*";
}
