using System.Text.RegularExpressions;
using static DocSchema.Bench.Baselines.BuiltinRegexes;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// Regular expressions for how Chinese news pages write datelines, picture credits and
/// subheadings: what schemas/common/chinese-news.patterns.yaml and the built-in
/// <c>@zh-dateline</c> say, written as a user would write them with Regex. Parentheses, colons
/// and commas accept their full-width forms, as Chinese text uses both.
/// </summary>
public static class ChineseNewsRegexes
{
    /// <summary>A place inside a dateline: Han characters up to the closing 讯) / 电).</summary>
    private const string Place = "(?:(?![讯电][)）】])" + Han + ")+";

    /// <summary><c>(华盛顿、基辅20日讯)</c>, <c>（吉隆坡3月20日电）</c>: groups places, month, day.</summary>
    public const string DatelinePattern =
        "[(（【](?<places>" + Place + ")(?:、(?<places>" + Place + "))*"
        + "(?:(?<month>" + Digit + "{1,2})月)?(?:(?<day>" + Day + ")日)?[讯电][)）】]";

    /// <summary>A picture credit in parentheses: <c>(图取自法新社档案照)</c>, <c>(法新社档案照)</c>; group credit.</summary>
    private const string Credit =
        @"[(（]\s*(?:图(?:取自|截自|源|片来源|片)[:：]?\s*(?<credit>[^()（）\n]+)"
        + @"|(?<credit>(?:(?!(?:照|摄|图|照片|供图)\s*[)）])[^()（）\n])*(?:照片|照|摄|供图|图)))\s*[)）]";

    /// <summary>A caption: any text, then a picture credit that ends the block; groups text, credit.</summary>
    public const string CaptionPattern = @"(?<text>.*?)\s*" + Credit;

    /// <summary>A short line (2–30 characters) with a Han character, of Han, Latin, digits, spaces and light punctuation.</summary>
    public const string ShortSubheadingPattern =
        "(?=.{2,30}$)(?=.*?" + Han + ")(?:" + Han + "|" + Latin + "|" + Digit + @"|\s|[、·\-—《》%+&％＋＆])+";

    /// <summary>A Chinese dateline at the start of a paragraph.</summary>
    public static readonly Regex Dateline = new("^" + DatelinePattern, Options);

    /// <summary>A whole block that is a caption with its credit.</summary>
    public static readonly Regex Caption = new("^" + CaptionPattern + "$", Options);

    /// <summary>A whole block that is a short subheading.</summary>
    public static readonly Regex ShortSubheading = new("^" + ShortSubheadingPattern + "$", Options);
}
