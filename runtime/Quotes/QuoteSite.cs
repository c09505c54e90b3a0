using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>A quote found by <see cref="QuoteScanner"/>, with where its marks stand in the paragraph.</summary>
/// <param name="Span">The quoted text, without marks.</param>
/// <param name="OpenMark">Offset of the opening mark.</param>
/// <param name="CloseMark">Offset of the closing mark, or -1 when the quote runs unclosed to the paragraph's end.</param>
/// <param name="Outer">Index of the quote it is nested in, or -1.</param>
internal readonly record struct QuoteSite(TextSpan Span, int OpenMark, int CloseMark, int Outer)
{
    /// <summary>True when the quote was never closed (it continues in the next paragraph, news style).</summary>
    public bool IsUnclosed => CloseMark < 0;

    /// <summary>True when the quote lies inside another one.</summary>
    public bool IsNested => Outer >= 0;
}
