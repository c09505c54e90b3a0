using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>A teaser for another article, as listed after the body.</summary>
/// <param name="Caption">The caption of its picture, or null.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Section">The section label (e.g. <c>国际</c>), or null.</param>
/// <param name="Dateline">The dateline leading its teaser text, or null.</param>
/// <param name="Teaser">The teaser text without its dateline, or null.</param>
public sealed record RelatedArticle(TextValue? Caption, TextValue Headline, TextValue? Section, Dateline? Dateline, TextValue? Teaser);
