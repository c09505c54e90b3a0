namespace DocSchema.Bench.Baselines.Model;

/// <summary>A quoted text.</summary>
/// <param name="Text">The quoted text without its marks.</param>
/// <param name="Paragraph">One-based paragraph number; 0 for the headline.</param>
public sealed record RegexQuote(string Text, int Paragraph);
