using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The captures recorded while a pattern matches: (slot, span) pairs in the order they closed.
/// A failed alternative rolls back with <see cref="Truncate"/> to the <see cref="Count"/> it saw
/// before it started.
/// </summary>
/// <remarks>
/// A parse made three arrays for it (about 300 bytes of an Oriental Daily parse). Its storage is
/// now the thread's spare, taken when the list is made and left for the next one by
/// <see cref="ParseContext.Release"/>: a field read and written, where borrowing from the shared
/// array pool cost about two thousand instructions a document under <c>--schema auto</c>.
/// </remarks>
public sealed class CaptureList
{
    private const int InitialCapacity = 16;

    // Storage left by a released list on this thread for the next one made on it; not kept when
    // it has grown past this many captures, so that one huge document's storage is not kept.
    [ThreadStatic] private static Storage? t_spare;
    private const int MaxSpareCapacity = 1024;

    private int[] _slots;
    private TextSpan[] _spans;

    // What AllBuffered hands out, kept for the next call: a dateline's places were a list and its
    // array per dateline (the teaser-heavy page has a dateline per teaser). All fills it too.
    private TextSpan[] _ordered;

    // The object the arrays came in (or go back in), while they are this list's.
    private Storage? _storage;

    /// <summary>An empty list, in the thread's spare storage when there is one.</summary>
    public CaptureList()
    {
        var storage = t_spare ?? new Storage();
        t_spare = null;
        (_storage, _slots, _spans, _ordered) = (storage, storage.Slots, storage.Spans, storage.Ordered);
    }

    /// <summary>Number of captures recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records that slot <paramref name="slot"/> captured <c>[start, end)</c>.</summary>
    public void Add(int slot, int start, int end)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(InitialCapacity, Count * 2));
            Array.Resize(ref _spans, _slots.Length);
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
    /// which the next call of this method or of <see cref="All"/> writes over, and which the next
    /// list made on this thread takes once <see cref="ParseContext.Release"/> has run. For code that
    /// reads them at once (a generated parser's dateline places).
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

    /// <summary>
    /// Leaves the storage for the next list made on this thread and forgets every capture; later
    /// captures are kept in storage of the list's own.
    /// </summary>
    internal void ReturnStorage()
    {
        if (_storage is { } storage && _slots.Length <= MaxSpareCapacity && _ordered.Length <= MaxSpareCapacity)
        {
            (storage.Slots, storage.Spans, storage.Ordered) = (_slots, _spans, _ordered);
            t_spare = storage;
        }

        (_storage, _slots, _spans, _ordered, Count) = (null, [], [], [], 0);
    }

    // A list's arrays, kept together while no list uses them.
    private sealed class Storage
    {
        public int[] Slots = new int[InitialCapacity];
        public TextSpan[] Spans = new TextSpan[InitialCapacity];
        public TextSpan[] Ordered = [];
    }
}
