namespace DocSchema.Bench.Baselines.Model;

/// <summary>A subheading inside the body.</summary>
/// <param name="Text">The subheading.</param>
/// <param name="BeforeParagraph">One-based number of the paragraph it stands before.</param>
public sealed record RegexSubheading(string Text, int BeforeParagraph);
