using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>A body paragraph (without the dateline that may lead it) and its language.</summary>
/// <param name="Text">The paragraph.</param>
/// <param name="Language">BCP 47 tag: <c>en</c>, <c>zh-Hans</c>, <c>zh-Hant</c>, …, or <c>und</c>.</param>
public sealed record Paragraph(TextValue Text, string Language);
