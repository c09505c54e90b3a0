using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>A subheading inside the body.</summary>
/// <param name="Text">The subheading.</param>
/// <param name="BeforeParagraph">One-based number of the body paragraph it stands before.</param>
public sealed record Subheading(TextValue Text, int BeforeParagraph);
