using DocSchema.Runtime.Collections;
using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Json;

/// <summary>
/// Which caption a speaker's quote comes from (one-based), for <c>"speakers"</c>: the quote itself,
/// by reference, among the quotes of each caption. A quote equal in value to a caption's (the same
/// text, paragraph 0, speaker and kind, as a headline's quote can be) is not that caption's.
/// </summary>
/// <remarks>
/// Most sections quote no caption, and those that do quote one or two. Up to
/// <see cref="ScanLimit"/> caption quotes are looked through where they are: a dictionary keyed by
/// reference cost an allocation, an insert per caption quote and a lookup per speaker's quote, and
/// its hash codes are stored in each quote's object header by an interlocked exchange the first time
/// (on the Oriental Daily page the dictionary and its lookups were 1.3 % of a native batch's
/// `perf` samples; looking through its caption quotes instead: −0.26 % of the page's native
/// instructions, twenty-eighth round). Past that many, the dictionary keeps a section with
/// thousands of quoted captions linear.
/// </remarks>
internal readonly struct CaptionQuoteLookup
{
    /// <summary>The most caption quotes looked through one by one for each speaker's quote.</summary>
    internal const int ScanLimit = 16;

    private readonly IReadOnlyList<IReadOnlyList<Quote>> _captionQuotes;
    private readonly int _count;
    private readonly Dictionary<Quote, int>? _byQuote;

    /// <summary>A lookup over <paramref name="captionQuotes"/>, the quotes of each caption in order.</summary>
    public CaptionQuoteLookup(IReadOnlyList<IReadOnlyList<Quote>> captionQuotes)
    {
        _captionQuotes = captionQuotes;
        for (var i = 0; i < captionQuotes.Count; i++) _count += captionQuotes[i].Count;
        if (_count <= ScanLimit) return;

        _byQuote = new Dictionary<Quote, int>(_count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < captionQuotes.Count; i++)
        {
            foreach (var quote in captionQuotes[i].Items()) _byQuote[quote] = i + 1;
        }
    }

    /// <summary>The one-based number of the caption <paramref name="quote"/> is from, or null.</summary>
    public int? CaptionOf(Quote quote)
    {
        if (_count == 0) return null;
        if (_byQuote is not null) return _byQuote.TryGetValue(quote, out var number) ? number : null;

        // From the last caption: a quote listed under two captions is the later one's, as the
        // dictionary's last write makes it.
        for (var i = _captionQuotes.Count - 1; i >= 0; i--)
        {
            foreach (var candidate in _captionQuotes[i].Items())
            {
                if (ReferenceEquals(candidate, quote)) return i + 1;
            }
        }

        return null;
    }
}
