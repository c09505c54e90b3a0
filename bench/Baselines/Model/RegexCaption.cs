namespace DocSchema.Bench.Baselines.Model;

/// <summary>A picture caption.</summary>
/// <param name="Text">The caption without its credit.</param>
/// <param name="Credit">The picture credit, or null.</param>
/// <param name="Quotes">The quotes in the caption, with kinds and speakers (from the runtime's QuoteFinder).</param>
public sealed record RegexCaption(string Text, string? Credit, IReadOnlyList<DocSchema.Runtime.Quotes.Quote> Quotes);
