using System.Text.RegularExpressions;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Runtime.Languages;
using static DocSchema.Bench.Baselines.BuiltinRegexes;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// Baseline R for schemas/oriental-daily.docschema.yaml: the same extraction written by hand with
/// System.Text.RegularExpressions, the way a user would without DocSchema. It walks the same
/// layout (optional caption; body with end markers, subheadings, captions and a dateline; then
/// boilerplate with related teasers) so that it produces the same JSON as
/// <c>OrientalDailyArticle.Parse</c> (checked by tests/DocSchema.Bench.Tests).
/// </summary>
public static class OrientalDailyRegexParser
{
    /// <summary>A paragraph: non-blank lines up to a blank line, without the white space around it.</summary>
    private static readonly Regex Block = new(@"\S(?:[^\n]*\S)?(?:[^\S\n]*\n[^\S\n]*\S(?:[^\n]*\S)?)*", Options);

    /// <summary>The site's promotion of its channels, which closes every article body (at the start of a block).</summary>
    internal static readonly Regex Promotion = new(
        "^(?:要看.*?(?:Follow|追踪|關注|关注)|.*?(?:WhatsApp Channel|Telegram|Facebook专页|Facebook專頁))", Options);

    /// <summary>The heading of the list of other stories; the body ends there and the teasers follow it.</summary>
    internal static readonly Regex ListHeading = new("^(?:热门新闻|相关新闻|延伸阅读|推荐阅读)$", Options);

    /// <summary>A block that starts with the "read more" line that separates teasers.</summary>
    internal static readonly Regex ReadMoreFirst = new(@"^阅读全文(?:\r?\n|$)", Options);

    /// <summary>The "read more" line that separates teasers.</summary>
    internal static readonly Regex ReadMore = new("^阅读全文$", Options);

    /// <summary>A teaser's section label (国际, 新加坡).</summary>
    internal static readonly Regex SectionLabel = new("^" + Han + "{1,4}$", Options);

    /// <summary>Reads <paramref name="text"/> as an Oriental Daily page.</summary>
    public static RegexArticle Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = Block.Matches(text);
        var captions = new List<RegexCaption>();
        var subheadings = new List<RegexSubheading>();
        var paragraphs = new List<string>();
        RegexDateline? dateline = null;
        var i = 0;

        // An optional picture caption first.
        if (i < blocks.Count && ChineseNewsRegexes.Caption.Match(blocks[i].Value) is { Success: true } leading)
        {
            if (Finishing.Caption(leading) is { } caption) captions.Add(caption);
            i++;
        }

        // The body, up to the promotion line or the list of other stories.
        var firstParagraph = true;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i].Value;
            if (Promotion.IsMatch(block) || ListHeading.IsMatch(block) || ReadMoreFirst.IsMatch(block)) break;
            if (ChineseNewsRegexes.ShortSubheading.IsMatch(block))
            {
                subheadings.Add(new RegexSubheading(block, paragraphs.Count + 1));
                continue;
            }
            if (ChineseNewsRegexes.Caption.Match(block) is { Success: true } captionMatch)
            {
                if (Finishing.Caption(captionMatch) is { } caption) captions.Add(caption);
                continue;
            }
            if (firstParagraph)
            {
                firstParagraph = false;
                if (ChineseNewsRegexes.Dateline.Match(block) is { Success: true } datelineMatch)
                {
                    dateline = Finishing.Dateline(datelineMatch);
                    block = block[datelineMatch.Length..].Trim();
                }
            }
            if (block.Length > 0) paragraphs.Add(block);
        }

        var section = Finishing.Section(null, dateline, captions, subheadings, paragraphs);
        RegexBoilerplate? boilerplate = null;
        var related = new List<RegexRelated>();
        if (i < blocks.Count)
        {
            // Everything from here on is boilerplate, read line by line.
            var lines = text[blocks[i].Index..].TrimEnd().Split('\n');
            var start = lines[0].Trim();
            boilerplate = new RegexBoilerplate(start, lines.Length, LanguageDetector.Detect(start));
            ReadRelated(lines, related);
        }

        return new RegexArticle("oriental-daily", source, section.Language, section, boilerplate, related, [], []);
    }

    /// <summary>The teasers after the list heading: each starts after a "read more" line.</summary>
    private static void ReadRelated(string[] rawLines, List<RegexRelated> related)
    {
        // Non-blank lines, remembering which come straight after the line before (a picture's caption does).
        var lines = new List<string>(rawLines.Length);
        var afterBlank = new List<bool>(rawLines.Length);
        var blank = true;
        foreach (var raw in rawLines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }
            lines.Add(line);
            afterBlank.Add(blank);
            blank = false;
        }
        var separator = new bool[lines.Count];
        for (var k = 0; k < lines.Count; k++) separator[k] = ReadMore.IsMatch(lines[k]);

        var n = lines.Count;
        var i = 0;
        while (i < n && !ListHeading.IsMatch(lines[i])) i++;
        i++;
        while (i < n)
        {
            if (!separator[i])
            {
                i++;
                continue;
            }
            i++;
            string? caption = null, headline = null, section = null, teaser = null;
            RegexDateline? dateline = null;
            if (i < n && !separator[i] && !afterBlank[i]) caption = lines[i++];
            if (i < n && !separator[i]) headline = lines[i++];
            if (i < n && !separator[i] && SectionLabel.IsMatch(lines[i])) section = lines[i++];
            if (i < n && !separator[i])
            {
                var text = lines[i++];
                if (ChineseNewsRegexes.Dateline.Match(text) is { Success: true } match)
                {
                    dateline = Finishing.Dateline(match);
                    text = text[match.Length..].Trim();
                }
                teaser = text.Length > 0 ? text : null;
            }
            while (i < n && !separator[i]) i++;
            if (headline is not null) related.Add(new RegexRelated(caption, headline, section, dateline, teaser));
        }
    }
}
