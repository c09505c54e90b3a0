using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>A quoted span in an article.</summary>
/// <param name="Text">The quoted text, without its quote marks.</param>
/// <param name="Paragraph">One-based number of the paragraph it is in; 0 for the headline.</param>
/// <param name="Speaker">Who said it, as the text names them, or null when unknown or not speech.</param>
/// <param name="Kind">Whole statement, phrase, or term; null when not classified.</param>
public sealed record Quote(TextValue Text, int Paragraph, string? Speaker, QuoteKind? Kind);
