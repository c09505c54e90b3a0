using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>The part of the page after the body: promotion, "popular news" lists, footers.</summary>
/// <param name="Start">Its first line.</param>
/// <param name="Lines">How many lines it spans, from its first line to the end of the text, blank lines included.</param>
/// <param name="Language">The language of its first line.</param>
public sealed record Boilerplate(TextValue Start, int Lines, string Language);
