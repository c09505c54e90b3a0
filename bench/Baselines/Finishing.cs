using System.Text.RegularExpressions;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// What a user's Regex parser does after the layout is found: build values from matches, detect
/// languages, find quotes and their speakers. Language detection and quotes call DocSchema's
/// runtime (<see cref="LanguageDetector"/>, <see cref="QuoteFinder"/>) because a user would take
/// some library for those too; the comparison is about the layout extraction, and both sides then
/// pay the same for languages and quotes.
/// </summary>
public static class Finishing
{
    /// <summary>The section's values: paragraph languages detected, quotes found (headline = paragraph 0).</summary>
    public static RegexSection Section(string? headline, RegexDateline? dateline, List<RegexCaption> captions,
        List<RegexSubheading> subheadings, List<string> paragraphTexts)
    {
        var paragraphs = new List<RegexParagraph>(paragraphTexts.Count);
        foreach (var text in paragraphTexts) paragraphs.Add(new RegexParagraph(text, LanguageDetector.Detect(text)));

        var found = QuoteFinder.Find(headline, paragraphTexts, captions.ConvertAll(c => c.Text));
        var attributedCaptions = captions.Select((c, i) => c with { Quotes = found.CaptionQuotes[i] }).ToList();
        return new RegexSection(MajorityLanguage(paragraphs), headline, dateline, attributedCaptions, subheadings, paragraphs, found.Quotes, found.Speakers);
    }

    /// <summary>A caption from a caption regex's match (groups text, credit); null when both are blank.</summary>
    public static RegexCaption? Caption(Match match)
    {
        var text = match.Groups["text"].Value.Trim();
        var credit = match.Groups["credit"].Value.Trim();
        if (text.Length == 0) text = credit;
        if (text.Length == 0) return null;
        // Its quotes are found with the section's (Section), where names mentioned in the body count.
        return new RegexCaption(text, credit.Length == 0 ? null : credit, []);
    }

    /// <summary>A dateline from a dateline regex's match (groups places, month, day, agency).</summary>
    public static RegexDateline Dateline(Match match)
    {
        var places = new List<string>();
        foreach (Capture place in match.Groups["places"].Captures)
        {
            var text = place.Value.Trim();
            if (text.Length > 0) places.Add(text);
        }
        var agency = match.Groups["agency"];
        return new RegexDateline(
            match.Value.Trim(),
            places,
            match.Groups["day"].Success ? Number(match.Groups["day"].Value) : null,
            match.Groups["month"].Success ? Month(match.Groups["month"].Value) : null,
            null,
            agency.Success && agency.Value.Trim() is { Length: > 0 } name ? name : null);
    }

    /// <summary>The language of most paragraphs; ties go to more text, then to the smaller tag.</summary>
    public static string MajorityLanguage(List<RegexParagraph> paragraphs)
    {
        var counts = new Dictionary<string, (int Paragraphs, int Characters)>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Language == LanguageDetector.Undetermined) continue;
            var (count, characters) = counts.GetValueOrDefault(paragraph.Language);
            counts[paragraph.Language] = (count + 1, characters + paragraph.Text.Length);
        }

        string best = LanguageDetector.Undetermined;
        (int Paragraphs, int Characters) bestCount = (0, 0);
        foreach (var (language, count) in counts)
        {
            if (count.Paragraphs > bestCount.Paragraphs
                || (count.Paragraphs == bestCount.Paragraphs && count.Characters > bestCount.Characters)
                || (count == bestCount && string.CompareOrdinal(language, best) < 0))
            {
                best = language;
                bestCount = count;
            }
        }
        return best;
    }

    /// <summary>A number written with ASCII or full-width digits.</summary>
    private static int? Number(string digits)
    {
        var value = 0;
        foreach (var c in digits.Trim())
        {
            var digit = c >= '０' ? c - '０' : c - '0';
            if (digit is < 0 or > 9) return null;
            value = value * 10 + digit;
        }
        return value;
    }

    /// <summary>A month from digits or an English month name (full or abbreviated).</summary>
    private static int? Month(string text)
    {
        if (Number(text) is { } number) return number is >= 1 and <= 12 ? number : null;
        var name = text.Trim().TrimEnd('.');
        if (name.Length < 3) return null;
        var index = "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(name[..3].ToLowerInvariant(), StringComparison.Ordinal);
        return index >= 0 && index % 3 == 0 ? index / 3 + 1 : null;
    }
}
