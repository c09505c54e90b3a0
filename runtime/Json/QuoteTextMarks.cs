using System.Buffers;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Json;

/// <summary>
/// Where each of a section's quotes had its <c>"text"</c> member written, so that the speakers'
/// entries, which list the same quotes again, copy those bytes (<see cref="IJsonSink.Repeat"/>)
/// instead of escaping and transcoding the text a second time.
/// </summary>
/// <remarks>
/// A speaker's quote is found in the section's list by reference: the same <see cref="Quote"/>
/// object has the same text, so its bytes are the same whatever built the article. The attributor
/// lists a speaker's quotes in the section's order, its captions' quotes last
/// (<see cref="Speaker.Quotes"/>), so each speaker's search goes forward only, and stops at its
/// first miss: what it does not find (a caption's quote, a list built in another order) is encoded
/// as before. Marks are kept only for a <see cref="List{T}"/> of quotes (the attributor's), which is
/// searched as a span. The searches share a budget linear in the number of quotes, so that a section
/// of thousands of speakers cannot make writing quadratic: past it, texts are encoded.
/// </remarks>
internal struct QuoteTextMarks
{
    // Steps every speaker's search may take together: far more than a news section needs (ten
    // speakers over a hundred quotes), and linear in the quotes beyond that.
    private const int MinBudget = 4096;
    private const int BudgetPerQuote = 8;

    private readonly List<Quote>? _quotes;

    // The marks of quote i's member at 2i (its start) and 2i + 1 (its end); null where they would
    // not serve (see For).
    private int[]? _marks;
    private int _budget;

    private QuoteTextMarks(List<Quote>? quotes)
    {
        _quotes = quotes;
        _marks = quotes is null ? null : ArrayPool<int>.Shared.Rent(2 * quotes.Count);
        _budget = quotes is null ? 0 : Math.Max(MinBudget, BudgetPerQuote * quotes.Count);
    }

    /// <summary>
    /// Marks for <paramref name="quotes"/>, kept only where they can serve: a sink that repeats
    /// (<paramref name="canRepeat"/>), speakers to list the quotes again, and a <see cref="List{T}"/> of them.
    /// </summary>
    public static QuoteTextMarks For(IReadOnlyList<Quote> quotes, IReadOnlyList<Speaker> speakers, bool canRepeat) =>
        new(canRepeat && quotes.Count > 0 && speakers.Count > 0 ? quotes as List<Quote> : null);

    /// <summary>Notes that quote <paramref name="index"/>'s member lies between the marks <paramref name="start"/> and <paramref name="end"/>.</summary>
    public readonly void Note(int index, int start, int end)
    {
        if (_marks is not { } marks) return;
        marks[2 * index] = start;
        marks[(2 * index) + 1] = end;
    }

    /// <summary>
    /// Finds <paramref name="quote"/> among the section's quotes from <paramref name="next"/> on (a
    /// speaker's search starts at 0 and goes on from its last find); false when it is not there
    /// (then <paramref name="next"/> is past the last quote, so the speaker's later quotes are not
    /// looked for), or the budget is spent.
    /// </summary>
    public bool TryFind(Quote quote, ref int next, out int start, out int end)
    {
        start = end = 0;
        if (_marks is not { } marks) return false;
        var quotes = CollectionsMarshal.AsSpan(_quotes);
        for (int i = next; i < quotes.Length && _budget > 0; i++, _budget--)
        {
            if (!ReferenceEquals(quotes[i], quote)) continue;
            next = i + 1;
            start = marks[2 * i];
            end = marks[(2 * i) + 1];
            return true;
        }

        next = quotes.Length;
        return false;
    }

    /// <summary>Gives the marks' array back to the pool.</summary>
    public void Return()
    {
        if (_marks is { } marks) ArrayPool<int>.Shared.Return(marks);
        _marks = null;
    }
}
