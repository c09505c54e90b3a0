using System.Globalization;
using DocSchema.Runtime.Quotes;

namespace DocSchema.EndToEnd.Tests.Support;

/// <summary>A gold quote: where it is (<see cref="Paragraph"/> null for a caption), how it starts, who said it, what it is.</summary>
public sealed record GoldQuote(int? Paragraph, string Starts, string? Speaker, string Kind)
{
    /// <summary>The gold quotes of a `quotes` list (paragraph given) or a `caption_quotes` list (paragraph null).</summary>
    public static IReadOnlyList<GoldQuote> Read(GoldNode list, bool captions) =>
        list.Items().Select(q => new GoldQuote(captions ? null : q["paragraph"].Int(), q["starts"].String()!, q["speaker"].String(), q["kind"].String()!)).ToList();

    public override string ToString() => $"{(Paragraph is { } p ? $"paragraph {p}" : "caption")} «{Starts}» ({Kind}, {Speaker ?? "no speaker"})";
}

/// <summary>A predicted quote, placed like a <see cref="GoldQuote"/>.</summary>
public sealed record PredictedQuote(int? Paragraph, Quote Quote)
{
    /// <summary>The body quotes and the caption quotes of a parsed section.</summary>
    public static IReadOnlyList<PredictedQuote> Of(IReadOnlyList<Quote> quotes, IEnumerable<Quote> captionQuotes) =>
        quotes.Select(q => new PredictedQuote(q.Paragraph, q)).Concat(captionQuotes.Select(q => new PredictedQuote(null, q))).ToList();
}

/// <summary>
/// The scoring the fixtures README asks for: precision and recall of speech-quote spans (match on
/// paragraph + `starts`), `term` counted separately, speaker accuracy over matched speech quotes.
/// </summary>
public sealed class QuoteScore
{
    private QuoteScore()
    {
    }

    public int SpeechGold { get; private init; }

    public int SpeechPredicted { get; private init; }

    /// <summary>Gold speech quotes found among the predicted speech quotes.</summary>
    public int SpeechFound { get; private init; }

    /// <summary>Found speech quotes whose speaker matches (README rule).</summary>
    public int SpeakersCorrect { get; private init; }

    public int TermGold { get; private init; }

    /// <summary>Gold terms predicted as terms with no speaker.</summary>
    public int TermFound { get; private init; }

    public int TermPredicted { get; private init; }

    /// <summary>Gold quotes (any kind) found with the gold kind.</summary>
    public int KindsCorrect { get; private init; }

    /// <summary>Every gold quote whose span, kind or speaker is wrong, described.</summary>
    public IReadOnlyList<string> Errors { get; private init; } = [];

    public double Recall => SpeechGold == 0 ? 1 : (double)SpeechFound / SpeechGold;

    public double Precision => SpeechPredicted == 0 ? 1 : (double)SpeechFound / SpeechPredicted;

    public double SpeakerAccuracy => SpeechFound == 0 ? 1 : (double)SpeakersCorrect / SpeechFound;

    /// <summary>
    /// The README's speaker rule: one contains the other after case folding and dropping a
    /// leading "the" ("the White House readout" matches "White House").
    /// </summary>
    public static bool SpeakerMatches(string? gold, string? predicted)
    {
        if (gold is null || predicted is null) return gold is null && predicted is null;
        string g = Fold(gold), p = Fold(predicted);
        return g.Length > 0 && p.Length > 0 && (g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal));

        static string Fold(string s)
        {
            s = s.Trim().ToLowerInvariant();
            return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..].Trim() : s;
        }
    }

    public static string KindName(QuoteKind? kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Term => "term",
        _ => "null",
    };

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, matching each gold quote to one prediction.</summary>
    public static QuoteScore Score(IReadOnlyList<GoldQuote> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        var used = new bool[predicted.Count];
        var errors = new List<string>();
        int speechFound = 0, speakersCorrect = 0, termFound = 0, kindsCorrect = 0, speechMatchedPredictions = 0;
        foreach (var g in gold)
        {
            int index = -1;
            for (int i = 0; i < predicted.Count && index < 0; i++)
                if (!used[i] && predicted[i].Paragraph == g.Paragraph && GoldText.StartsWith(predicted[i].Quote.Text.Text, g.Starts)) index = i;
            if (index < 0)
            {
                errors.Add($"{g}: not found");
                continue;
            }

            used[index] = true;
            var quote = predicted[index].Quote;
            string kind = KindName(quote.Kind);
            if (kind == g.Kind) kindsCorrect++;
            else errors.Add($"{g}: kind {kind}");

            if (g.Kind == "term")
            {
                if (kind == "term" && quote.Speaker is null) termFound++;
                else if (quote.Speaker is not null) errors.Add($"{g}: a term given speaker {quote.Speaker}");
                continue;
            }

            if (kind is "direct" or "partial")
            {
                speechFound++;
                speechMatchedPredictions++;
                if (SpeakerMatches(g.Speaker, quote.Speaker)) speakersCorrect++;
                else errors.Add($"{g}: speaker {quote.Speaker ?? "null"}");
            }
        }

        return new QuoteScore
        {
            SpeechGold = gold.Count(g => g.Kind != "term"),
            SpeechPredicted = predicted.Count(p => p.Quote.Kind is QuoteKind.Direct or QuoteKind.Partial),
            SpeechFound = speechFound,
            SpeakersCorrect = speakersCorrect,
            TermGold = gold.Count(g => g.Kind == "term"),
            TermFound = termFound,
            TermPredicted = predicted.Count(p => p.Quote.Kind == QuoteKind.Term),
            KindsCorrect = kindsCorrect,
            Errors = errors,
        };
    }

    /// <summary>One row of the report table.</summary>
    public string Row(string section) => string.Format(
        CultureInfo.InvariantCulture,
        "| {0} | {1}/{2} | {3:0.00} | {4:0.00} | {5}/{6} = {7:0.00} | {8}/{9} found, {10} predicted |",
        section, SpeechFound, SpeechGold, Precision, Recall, SpeakersCorrect, SpeechFound, SpeakerAccuracy, TermFound, TermGold, TermPredicted);
}
