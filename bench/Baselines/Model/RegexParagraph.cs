namespace DocSchema.Bench.Baselines.Model;

/// <summary>A body paragraph and its language.</summary>
/// <param name="Text">The paragraph.</param>
/// <param name="Language">Its BCP 47 language tag.</param>
public sealed record RegexParagraph(string Text, string Language);
