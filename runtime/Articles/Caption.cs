using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>An image caption and the credit written with it, e.g. <c>(图取自法新社档案照)</c> → <c>法新社档案照</c>.</summary>
/// <param name="Text">The caption without its credit.</param>
/// <param name="Credit">Who the picture is credited to, or null.</param>
/// <param name="Quotes">Quoted spans in the caption (their <see cref="Quote.Paragraph"/> is 0 and means nothing here).</param>
public sealed record Caption(TextValue Text, TextValue? Credit, IReadOnlyList<Quote> Quotes);
