using System.Buffers;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The captures recorded while a pattern matches: (slot, span) pairs in the order they closed.
/// A failed alternative rolls back with <see cref="Truncate"/> to the <see cref="Count"/> it saw
/// before it started.
/// </summary>
/// <remarks>
/// Its storage is borrowed from the shared pool (a parse made three arrays for it, about 300 bytes
/// of an Oriental Daily parse): <see cref="ParseContext.Release"/> gives it back, after which the
/// list still works, in storage of its own.
/// </remarks>
public sealed class CaptureList
{
    private const int InitialCapacity = 16;

    private int[] _slots = ArrayPool<int>.Shared.Rent(InitialCapacity);
    private TextSpan[] _spans = ArrayPool<TextSpan>.Shared.Rent(InitialCapacity);

    // What AllBuffered hands out, kept for the next call: a dateline's places were a list and its
    // array per dateline (the teaser-heavy page has a dateline per teaser). All fills it too.
    private TextSpan[] _ordered = [];

    // True while the arrays are the pool's (until ReturnStorage).
    private bool _borrowed = true;

    /// <summary>Number of captures recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records that slot <paramref name="slot"/> captured <c>[start, end)</c>.</summary>
    public void Add(int slot, int start, int end)
    {
        if (Count == _slots.Length)
        {
            _slots = Grown(_slots, Count, _borrowed);
            _spans = Grown(_spans, Count, _borrowed);
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
            if (found == _ordered.Length) _ordered = Grown(_ordered, found, _borrowed);
            _ordered[found++] = _spans[i];
        }

        // The sort List<T>.Sort makes (the same algorithm over the same order), so that spans that
        // start together come out as they did from the list.
        var result = _ordered.AsSpan(0, found);
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Gives the borrowed storage back and forgets every capture; later captures are kept in storage of the list's own.</summary>
    internal void ReturnStorage()
    {
        if (_borrowed)
        {
            ArrayPool<int>.Shared.Return(_slots);
            ArrayPool<TextSpan>.Shared.Return(_spans);
            if (_ordered.Length > 0) ArrayPool<TextSpan>.Shared.Return(_ordered);
        }

        (_slots, _spans, _ordered, _borrowed, Count) = ([], [], [], false, 0);
    }

    // Room for twice `count` items (at least the initial capacity), the first `count` copied: from
    // the pool while the storage is borrowed, the old array given back.
    private static T[] Grown<T>(T[] items, int count, bool borrowed)
    {
        int size = Math.Max(InitialCapacity, count * 2);
        var larger = borrowed ? ArrayPool<T>.Shared.Rent(size) : new T[size];
        items.AsSpan(0, count).CopyTo(larger);
        if (borrowed && items.Length > 0) ArrayPool<T>.Shared.Return(items);
        return larger;
    }
}
