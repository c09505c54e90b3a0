namespace DocSchema.Cli.Evaluation;

/// <summary>A gold quote: where it is, how it starts, who said it and what kind it is.</summary>
internal sealed record GoldQuote(int Paragraph, string Starts, string? Speaker, string? Kind)
{
    /// <summary>True for quotes around a name or term (not speech).</summary>
    public bool IsTerm => Kind == "term";
}

/// <summary>A gold dateline: the places and day it means (null members were not annotated).</summary>
internal sealed record GoldDateline(IReadOnlyList<string>? Places, int? Day);

/// <summary>
/// What a gold file says of one section (a single-section article has one). A null member was not
/// annotated and is not scored; <see cref="HeadlineAnnotated"/> and <see cref="DatelineAnnotated"/>
/// tell an annotated null ("no headline") from a missing key.
/// </summary>
internal sealed record GoldSection(
    string? Language,
    bool HeadlineAnnotated,
    string? Headline,
    bool DatelineAnnotated,
    GoldDateline? Dateline,
    int? ParagraphCount,
    IReadOnlyList<string> ParagraphStarts,
    IReadOnlyList<(string Text, int BeforeParagraph)>? Subheadings,
    int? CaptionCount,
    IReadOnlyList<GoldQuote> Quotes);

/// <summary>A gold annotation file (format: docs/evaluation.md) for one article.</summary>
internal sealed record GoldDocument(
    string Name,
    string? Schema,
    string? Language,
    IReadOnlyList<GoldSection> Sections,
    bool MultiSection,
    IReadOnlyList<GoldQuote> CaptionQuotes,
    int? RelatedCount,
    int? AlignmentPairs);
