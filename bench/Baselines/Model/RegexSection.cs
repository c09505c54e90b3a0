namespace DocSchema.Bench.Baselines.Model;

/// <summary>One language section (or the whole body of a single-section article).</summary>
/// <param name="Language">The language most of its paragraphs are in.</param>
/// <param name="Headline">The headline, or null.</param>
/// <param name="Dateline">The dateline leading the first paragraph, or null.</param>
/// <param name="Captions">Picture captions.</param>
/// <param name="Subheadings">Subheadings with the paragraph they stand before.</param>
/// <param name="Paragraphs">Body paragraphs, the dateline removed.</param>
/// <param name="Quotes">Quotes of the headline (paragraph 0) and the paragraphs, with kinds and speakers.</param>
/// <param name="Speakers">Everyone quoted in the section, captions included.</param>
public sealed record RegexSection(
    string Language,
    string? Headline,
    RegexDateline? Dateline,
    IReadOnlyList<RegexCaption> Captions,
    IReadOnlyList<RegexSubheading> Subheadings,
    IReadOnlyList<RegexParagraph> Paragraphs,
    IReadOnlyList<DocSchema.Runtime.Quotes.Quote> Quotes,
    IReadOnlyList<DocSchema.Runtime.Quotes.Speaker> Speakers);
