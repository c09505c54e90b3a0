namespace DocSchema.Bench.Baselines.Model;

/// <summary>A related-article teaser.</summary>
/// <param name="Caption">The caption of its picture, or null.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Section">The section label, or null.</param>
/// <param name="Dateline">The dateline leading the teaser, or null.</param>
/// <param name="Teaser">The teaser text without the dateline, or null.</param>
public sealed record RegexRelated(string? Caption, string Headline, string? Section, RegexDateline? Dateline, string? Teaser);
