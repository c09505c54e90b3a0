namespace DocSchema.Bench.Baselines.Model;

/// <summary>A picture caption.</summary>
/// <param name="Text">The caption without its credit.</param>
/// <param name="Credit">The picture credit, or null.</param>
/// <param name="Quotes">The quoted texts in the caption.</param>
public sealed record RegexCaption(string Text, string? Credit, IReadOnlyList<string> Quotes);
