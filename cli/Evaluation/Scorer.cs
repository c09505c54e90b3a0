using System.Globalization;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Quotes;

namespace DocSchema.Cli.Evaluation;

/// <summary>
/// Scores a parsed article against its gold file, as docs/evaluation.md defines: quote spans match
/// on paragraph and start (after trimming white space and quote marks); speech and term quotes are
/// counted separately; speakers match when one contains the other after case folding and dropping
/// a leading "the"; structural fields match exactly.
/// </summary>
internal static class Scorer
{
    private static readonly char[] QuoteMarks = ['"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』'];

    public static List<SectionScore> Score(GoldDocument gold, Article article)
    {
        var scores = new List<SectionScore>();
        var sections = gold.MultiSection ? article.Sections.Select(SectionView.Of).ToList() : [SectionView.Of(article)];
        for (var i = 0; i < gold.Sections.Count; i++)
        {
            var goldSection = gold.Sections[i];
            var label = gold.MultiSection ? $"{i + 1}:{goldSection.Language ?? "?"}" : "body";
            var score = new SectionScore { Document = gold.Name, Section = label, Schema = article.SchemaName };
            if (i >= sections.Count)
            {
                score.Fields.Add(new FieldCheck("section", false, "present", "missing"));
                ScoreQuotes(score, goldSection.Quotes, []);
                scores.Add(score);
                continue;
            }
            var section = sections[i];
            ScoreQuotes(score, goldSection.Quotes, section.Quotes);
            ScoreFields(score, goldSection, section);
            if (i == 0)
            {
                Check(score, "language", gold.Language, article.Language);
                if (gold.RelatedCount is { } related) Check(score, "related count", Number(related), Number(article.Related.Count));
                if (gold.AlignmentPairs is { } pairs) Check(score, "alignment pairs", Number(pairs), Number(article.Alignment.Count));
                if (gold.MultiSection) Check(score, "section count", Number(gold.Sections.Count), Number(article.Sections.Count));
            }
            scores.Add(score);
        }
        if (gold.CaptionQuotes.Count > 0)
        {
            var captions = new SectionScore { Document = gold.Name, Section = "captions", Schema = article.SchemaName };
            // Caption quotes carry no paragraph: every caption quote is compared with every gold caption quote.
            var predicted = article.Captions.SelectMany(c => c.Quotes).ToList();
            ScoreQuotes(captions, gold.CaptionQuotes.Select(q => q with { Paragraph = 0 }).ToList(), predicted, ignoreParagraph: true);
            scores.Add(captions);
        }
        return scores;
    }

    private static void ScoreQuotes(SectionScore score, IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted, bool ignoreParagraph = false)
    {
        bool Matches(GoldQuote g, Quote p) =>
            (ignoreParagraph || g.Paragraph == p.Paragraph) && Normalize(p.Text.Text).StartsWith(Normalize(g.Starts), StringComparison.Ordinal);

        var predictedSpeech = predicted.Where(p => p.Kind != QuoteKind.Term).ToList();
        var predictedTerms = predicted.Where(p => p.Kind == QuoteKind.Term).ToList();
        var goldSpeech = gold.Where(g => !g.IsTerm).ToList();
        var goldTerms = gold.Where(g => g.IsTerm).ToList();

        Count(score.Speech, goldSpeech, predictedSpeech, Matches);
        Count(score.Terms, goldTerms, predictedTerms, Matches);

        foreach (var g in goldSpeech)
        {
            var match = predictedSpeech.FirstOrDefault(p => Matches(g, p));
            if (match is null)
            {
                score.Problems.Add($"missed quote ¶{g.Paragraph} «{g.Starts}»");
                continue;
            }
            if (g.Speaker is null) continue;
            var right = SpeakerMatches(g.Speaker, match.Speaker);
            score.Speakers.Add(right);
            if (!right) score.Problems.Add($"speaker of ¶{g.Paragraph} «{g.Starts}»: expected {g.Speaker}, got {match.Speaker ?? "(none)"}");
        }
        foreach (var g in goldTerms)
        {
            if (!predictedTerms.Any(p => Matches(g, p))) score.Problems.Add($"term not found as a term: ¶{g.Paragraph} «{g.Starts}»");
            else if (predictedTerms.First(p => Matches(g, p)).Speaker is { } speaker) score.Problems.Add($"term ¶{g.Paragraph} «{g.Starts}» was given a speaker: {speaker}");
        }
        foreach (var p in predictedSpeech.Where(p => !goldSpeech.Any(g => Matches(g, p))))
            score.Problems.Add($"extra quote ¶{p.Paragraph} «{Shorten(p.Text.Text)}»");
    }

    private static void Count(Tally tally, List<GoldQuote> gold, List<Quote> predicted, Func<GoldQuote, Quote, bool> matches)
    {
        tally.Gold += gold.Count;
        tally.Predicted += predicted.Count;
        tally.GoldFound += gold.Count(g => predicted.Any(p => matches(g, p)));
        tally.PredictedRight += predicted.Count(p => gold.Any(g => matches(g, p)));
    }

    private static void ScoreFields(SectionScore score, GoldSection gold, SectionView section)
    {
        if (gold.HeadlineAnnotated) Check(score, "headline", gold.Headline, section.Headline?.Text);
        if (gold.DatelineAnnotated)
        {
            Check(score, "dateline places", gold.Dateline?.Places is { } places ? string.Join("、", places) : null,
                section.Dateline is { } d && gold.Dateline is not null ? string.Join("、", d.Places.Select(p => p.Text)) : section.Dateline is null ? null : "(a dateline)");
            if (gold.Dateline is not null) Check(score, "dateline day", Number(gold.Dateline.Day), Number(section.Dateline?.Day));
        }
        if (gold.ParagraphCount is { } count) Check(score, "paragraph count", Number(count), Number(section.Paragraphs.Count));
        if (gold.ParagraphStarts.Count > 0)
        {
            var starts = gold.ParagraphStarts.Select((s, i) => i < section.Paragraphs.Count && Normalize(section.Paragraphs[i].Text.Text).StartsWith(Normalize(s), StringComparison.Ordinal)).ToList();
            Check(score, "paragraph starts", Number(starts.Count), Number(starts.Count(ok => ok)));
        }
        if (gold.Subheadings is { } subheadings)
            Check(score, "subheadings", string.Join("; ", subheadings.Select(s => $"{s.Text}@{s.BeforeParagraph}")),
                string.Join("; ", section.Subheadings.Select(s => $"{s.Text.Text}@{s.BeforeParagraph}")));
        if (gold.CaptionCount is { } captions) Check(score, "caption count", Number(captions), Number(section.Captions.Count));
        if (gold.Language is { } language) Check(score, "section language", language, section.Language);
    }

    private static void Check(SectionScore score, string field, string? expected, string? actual)
    {
        var match = string.Equals(expected, actual, StringComparison.Ordinal);
        score.Fields.Add(new FieldCheck(field, match, expected ?? "null", actual ?? "null"));
        if (!match) score.Problems.Add($"{field}: expected {expected ?? "null"}, got {actual ?? "null"}");
    }

    /// <summary>The fixtures README's rule: one contains the other after case folding and dropping a leading "the".</summary>
    public static bool SpeakerMatches(string gold, string? predicted)
    {
        if (predicted is null) return false;
        static string Fold(string s)
        {
            var folded = s.Trim().ToLowerInvariant();
            return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..].Trim() : folded;
        }
        var (g, p) = (Fold(gold), Fold(predicted));
        return g.Length > 0 && p.Length > 0 && (g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal));
    }

    private static string Normalize(string text) => text.Trim().Trim(QuoteMarks).Trim();

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
