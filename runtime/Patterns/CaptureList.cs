using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The captures recorded while a pattern matches: (slot, span) pairs in the order they closed.
/// A failed alternative rolls back with <see cref="Truncate"/> to the <see cref="Count"/> it saw
/// before it started.
/// </summary>
public sealed class CaptureList
{
    private int[] _slots = new int[16];
    private TextSpan[] _spans = new TextSpan[16];

    // What AllBuffered hands out, kept for the next call: a dateline's places were a list and its
    // array per dateline (the teaser-heavy page has a dateline per teaser). All fills it too.
    private TextSpan[] _ordered = [];

    /// <summary>Number of captures recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records that slot <paramref name="slot"/> captured <c>[start, end)</c>.</summary>
    public void Add(int slot, int start, int end)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, Count * 2);
            Array.Resize(ref _spans, Count * 2);
        }
        _slots[Count] = slot;
        _spans[Count] = TextSpan.FromBounds(start, end);
        Count++;
    }

    /// <summary>Forgets every capture recorded after the first <paramref name="count"/>.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    /// <summary>Forgets every capture.</summary>
    public void Clear() => Count = 0;

    /// <summary>The first span captured by <paramref name="slot"/>, or null.</summary>
    public TextSpan? First(int slot)
    {
        for (var i = 0; i < Count; i++)
            if (_slots[i] == slot) return _spans[i];
        return null;
    }

    /// <summary>Every span captured by <paramref name="slot"/>, in text order.</summary>
    public List<TextSpan> All(int slot) => [.. AllBuffered(slot)];

    /// <summary>
    /// As <see cref="All"/>, without a list of its own: the spans are in a buffer this list keeps,
    /// which the next call of this method or of <see cref="All"/> writes over. For code that reads
    /// them at once (a generated parser's dateline places).
    /// </summary>
    public ReadOnlySpan<TextSpan> AllBuffered(int slot)
    {
        var found = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_slots[i] != slot) continue;
            if (found == _ordered.Length) Array.Resize(ref _ordered, Math.Max(4, found * 2));
            _ordered[found++] = _spans[i];
        }

        // The sort List<T>.Sort makes (the same algorithm over the same order), so that spans that
        // start together come out as they did from the list.
        var result = _ordered.AsSpan(0, found);
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
