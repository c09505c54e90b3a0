namespace DocSchema.Runtime.Quotes;

/// <summary>An opening mark waiting on <see cref="QuoteScanner"/>'s stack for its closing mark.</summary>
/// <param name="Position">Offset of the opening mark in the text.</param>
/// <param name="Family">The family whose closing marks close it.</param>
/// <param name="Slot">Index of its result slot: slots are reserved in order of opening, which is the order of the quotes' starts.</param>
/// <param name="EnclosingSameFamily">Stack index of the nearest open quote of the same family beneath it, or -1.</param>
internal record struct OpenQuote(int Position, QuoteFamily Family, int Slot, int EnclosingSameFamily)
{
    /// <summary>
    /// True once another quote of the same family opened inside it. Real nesting alternates
    /// families (“ … ‘ … ’ … ”, 「 … 『 … 』 … 」), so such a quote, if never closed, was a stray mark.
    /// </summary>
    public bool HasSameFamilyInside { get; set; }
}
