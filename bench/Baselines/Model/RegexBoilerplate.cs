namespace DocSchema.Bench.Baselines.Model;

/// <summary>The part of the page after the body.</summary>
/// <param name="Start">Its first line.</param>
/// <param name="Lines">Lines from its first line to the end of the text, blank lines included.</param>
/// <param name="Language">The language of its first line.</param>
public sealed record RegexBoilerplate(string Start, int Lines, string Language);
