using DocSchema.Runtime.Alignment;

namespace DocSchema.Bench.Baselines.Model;

/// <summary>
/// What the Regex baselines return: the members of the JSON contract (docs/article-json.md) as
/// plain strings, the way a user's own types would hold them. As in the generated articles, the
/// top-level members are those of the first section.
/// </summary>
/// <param name="Schema">The schema name the JSON names (the baseline imitates that schema).</param>
/// <param name="Source">Where the text came from, or null ("-" in the JSON).</param>
/// <param name="Language">The article's language, or <c>mixed</c>.</param>
/// <param name="First">The first (for most articles the only) section.</param>
/// <param name="Boilerplate">What follows the body, or null.</param>
/// <param name="Related">Related-article teasers.</param>
/// <param name="Sections">Every language section; empty for a single-section article.</param>
/// <param name="Alignment">Paragraph alignment of the first two sections; empty when not aligned.</param>
public sealed record RegexArticle(
    string Schema,
    string? Source,
    string Language,
    RegexSection First,
    RegexBoilerplate? Boilerplate,
    IReadOnlyList<RegexRelated> Related,
    IReadOnlyList<RegexSection> Sections,
    IReadOnlyList<AlignmentBead> Alignment);
