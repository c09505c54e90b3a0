namespace DocSchema.Runtime.Quotes;

/// <summary>The quotes found in one section, with their kinds and speakers, and the section's speakers.</summary>
/// <param name="Quotes">Quotes of the headline (paragraph 0) and body paragraphs, with kind and speaker.</param>
/// <param name="CaptionQuotes">Quotes of each caption, in the order the captions were given.</param>
/// <param name="Speakers">Everyone quoted in the section, captions included, in order of their first quote.</param>
public sealed record QuoteAttribution(IReadOnlyList<Quote> Quotes, IReadOnlyList<IReadOnlyList<Quote>> CaptionQuotes, IReadOnlyList<Speaker> Speakers);
