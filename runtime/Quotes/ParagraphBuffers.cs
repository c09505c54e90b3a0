using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// The working storage of a <see cref="QuoteParagraph"/> — its quote sites, which characters lie
/// inside a quote, the sentences, the words and the speech verbs — kept by one
/// attributor and handed from each paragraph to the next. A section reads dozens of paragraphs one
/// after another and each needs these only while it is being read, so one set, grown to the
/// longest paragraph, serves them all instead of five allocations (and their growth) per paragraph.
/// </summary>
/// <remarks>
/// A paragraph built on these buffers is valid until the next paragraph is built on them: the
/// attributor keeps only the paragraph's span and copies of its quote sites past that.
/// </remarks>
internal sealed class ParagraphBuffers
{
    private bool[] _inQuote = [];
    private QuoteSite[] _sites = [];

    /// <summary>Sentences of the current paragraph.</summary>
    public List<TextSpan> Sentences { get; } = [];

    /// <summary>English words of the current paragraph.</summary>
    public List<TextSpan> Words { get; } = [];

    /// <summary>Speech verbs of the current paragraph.</summary>
    public List<VerbSite> Verbs { get; } = [];

    /// <summary>
    /// Readies the buffers for a paragraph of <paramref name="length"/> characters (no sentence,
    /// word or verb) and returns its in-quote flags, all false.
    /// </summary>
    public bool[] Reset(int length)
    {
        if (_inQuote.Length < length) _inQuote = new bool[Math.Max(length, _inQuote.Length * 2)];
        else _inQuote.AsSpan(0, length).Clear(); // a span's clear: Array.Clear checks its array's type first
        Sentences.Clear();
        Words.Clear();
        Verbs.Clear();
        return _inQuote;
    }

    /// <summary>Room for <paramref name="count"/> quote sites (not cleared: the caller fills them all).</summary>
    public QuoteSite[] Sites(int count)
    {
        if (_sites.Length < count) _sites = new QuoteSite[Math.Max(count, _sites.Length * 2)];
        return _sites;
    }
}
