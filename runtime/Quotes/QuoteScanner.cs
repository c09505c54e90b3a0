using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Finds quoted spans in a paragraph: “…” 「…」 『…』 "…" '…' ‘…’ and mixes of them (a “ closed
/// by an ASCII <c>"</c>), nested quotes, apostrophes (It's, Trump's, Fox News') never taken for
/// quote marks, 《…》 titles not quotes. Linear in the paragraph's length.
/// </summary>
public static class QuoteScanner
{
    /// <summary>The spans of the quoted texts inside <paramref name="paragraph"/> (without their marks), in order of their start.</summary>
    public static IReadOnlyList<TextSpan> Scan(string text, TextSpan paragraph) => throw new NotImplementedException();
}
