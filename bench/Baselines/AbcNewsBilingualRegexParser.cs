using System.Text.RegularExpressions;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Languages;
using static DocSchema.Bench.Baselines.BuiltinRegexes;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// Baseline R for schemas/abc-news-bilingual.docschema.yaml, written by hand with
/// System.Text.RegularExpressions: one paragraph per line; a new section where the script of the
/// lines changes for at least two lines; in each section an optional headline, captions and a
/// body with subheadings, captions and a dateline; the first two sections' paragraphs aligned with
/// the runtime's <see cref="GaleChurchAligner"/> (a user would take a library for that).
/// </summary>
public static class AbcNewsBilingualRegexParser
{
    /// <summary>A caption block, English or Chinese.</summary>
    internal static readonly Regex Caption = new(
        "^(?:" + EnglishNewsRegexes.CaptionPattern + "|" + ChineseNewsRegexes.CaptionPattern + ")$", Options);

    /// <summary>A subheading block, Chinese or English.</summary>
    internal static readonly Regex Subheading = new(
        "^(?:" + ChineseNewsRegexes.ShortSubheadingPattern + "|" + EnglishNewsRegexes.SubheadingPattern + ")$", Options);

    /// <summary>A dateline at the start of the first paragraph, English or Chinese.</summary>
    internal static readonly Regex Dateline = new(
        "^(?:" + EnglishNewsRegexes.DatelinePattern + "|" + ChineseNewsRegexes.DatelinePattern + ")", Options);

    /// <summary>How many lines in a new script it takes to start a section.</summary>
    private const int SectionRun = 2;

    /// <summary>Reads <paramref name="text"/> as a bilingual ABC News article.</summary>
    public static RegexArticle Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0) lines.Add(line);
        }

        var sections = new List<RegexSection>();
        foreach (var (start, end) in SectionsByScript(lines)) sections.Add(ReadSection(lines, start, end));

        var alignment = sections.Count >= 2
            ? GaleChurchAligner.Align(Lengths(sections[0]), Lengths(sections[1]))
            : [];
        var languages = sections.Select(s => s.Language).Where(l => l != LanguageDetector.Undetermined).Distinct().ToList();
        var language = languages.Count switch
        {
            0 => LanguageDetector.Undetermined,
            1 => languages[0],
            _ => ArticleLanguage.Mixed,
        };
        var first = sections.Count > 0 ? sections[0] : Finishing.Section(null, null, [], [], []);
        return new RegexArticle("abc-news-bilingual", source, language, first, null, [], sections, alignment);

        static int[] Lengths(RegexSection section) => section.Paragraphs.Select(p => p.Text.Length).ToArray();
    }

    /// <summary>One section: an optional headline, captions, then the body.</summary>
    private static RegexSection ReadSection(List<string> lines, int start, int end)
    {
        var i = start;
        string? headline = null;
        if (i < end && Headline.IsMatch(lines[i])) headline = lines[i++];

        var captions = new List<RegexCaption>();
        for (; i < end && Caption.Match(lines[i]) is { Success: true } match; i++)
            if (Finishing.Caption(match) is { } caption) captions.Add(caption);

        var subheadings = new List<RegexSubheading>();
        var paragraphs = new List<string>();
        RegexDateline? dateline = null;
        var firstParagraph = true;
        for (; i < end; i++)
        {
            var line = lines[i];
            if (Subheading.IsMatch(line))
            {
                subheadings.Add(new RegexSubheading(line, paragraphs.Count + 1));
                continue;
            }
            if (Caption.Match(line) is { Success: true } captionMatch)
            {
                if (Finishing.Caption(captionMatch) is { } caption) captions.Add(caption);
                continue;
            }
            if (firstParagraph)
            {
                firstParagraph = false;
                if (Dateline.Match(line) is { Success: true } datelineMatch)
                {
                    dateline = Finishing.Dateline(datelineMatch);
                    line = line[datelineMatch.Length..].Trim();
                }
            }
            if (line.Length > 0) paragraphs.Add(line);
        }
        return Finishing.Section(headline, dateline, captions, subheadings, paragraphs);
    }

    /// <summary>[start, end) line ranges: a new one where Han turns to Latin (or back) for at least two lines.</summary>
    private static List<(int Start, int End)> SectionsByScript(List<string> lines)
    {
        var scripts = lines.Select(line => LanguageDetector.DominantScript(line)).ToArray();
        var sections = new List<(int, int)>();
        var start = 0;
        var current = Script.None;
        for (var i = 0; i < scripts.Length; i++)
        {
            var script = scripts[i];
            if (script is not (Script.Han or Script.Latin)) continue;
            if (current == Script.None) current = script;
            else if (script != current && i > start && RunLength(scripts, i, script) >= SectionRun)
            {
                sections.Add((start, i));
                start = i;
                current = script;
            }
        }
        if (lines.Count > 0) sections.Add((start, lines.Count));
        return sections;
    }

    /// <summary>How many of the lines from <paramref name="from"/> are in <paramref name="script"/> before the other script comes back (at most <see cref="SectionRun"/>).</summary>
    private static int RunLength(Script[] scripts, int from, Script script)
    {
        var length = 0;
        for (var i = from; i < scripts.Length && length < SectionRun; i++)
        {
            if (scripts[i] == script) length++;
            else if (scripts[i] is Script.Han or Script.Latin) break;
        }
        return length;
    }
}
