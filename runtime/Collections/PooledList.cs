using System.Buffers;
using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Collections;

/// <summary>
/// A list whose storage is borrowed from the shared array pool and given back by
/// <see cref="Return"/>: for what a parse collects only to read once (a split's blocks, a section's
/// paragraph spans, an article's teasers before their exact array), where a growing
/// <see cref="List{T}"/> allocated about twice its final array again in the arrays it outgrew.
/// </summary>
/// <remarks>
/// A mutable struct: keep it in a field or a local that is not read-only, and never copy it (a copy
/// shares the storage, and both would give it back). Storage not given back (a parse that throws)
/// is left to the collector.
/// </remarks>
internal struct PooledList<T>
{
    private T[] _items;
    private int _count;

    /// <summary>An empty list that borrows at its first <see cref="Add"/>.</summary>
    public PooledList() => _items = [];

    /// <summary>An empty list that borrows room for <paramref name="capacity"/> items at once.</summary>
    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(capacity);

    /// <summary>The number of items.</summary>
    public readonly int Count => _count;

    /// <summary>The items, in the order added (valid until the next <see cref="Add"/> or <see cref="Return"/>).</summary>
    public readonly ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_count == _items.Length) _items = Grown(_items);
        _items[_count++] = item;
    }

    /// <summary>The items in an array of their exact number (the shared empty array when there are none).</summary>
    public readonly T[] ToArray() => AsSpan().ToArray();

    /// <summary>The items in an array of their exact number, the storage given back (the list is then empty).</summary>
    public T[] ToArrayAndReturn()
    {
        var items = ToArray();
        Return();
        return items;
    }

    /// <summary>The storage itself, still borrowed: its first <paramref name="count"/> items are the list's. The caller gives it back to the shared pool; this list must not be used again.</summary>
    public readonly T[] Borrowed(out int count)
    {
        count = _count;
        return _items;
    }

    /// <summary>Gives the storage back (cleared first when the items hold references) and empties the list.</summary>
    public void Return()
    {
        if (_items.Length > 0) ArrayPool<T>.Shared.Return(_items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = [];
        _count = 0;
    }

    // Out of line, and given the array rather than the list, so that Add, inlined into the
    // splitter's loops, makes no call and takes no address of the list on its common path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T[] Grown(T[] items)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(items.Length * 2, MinimumCapacity));
        items.AsSpan().CopyTo(larger);
        if (items.Length > 0) ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        return larger;
    }

    // The shared pool's smallest size.
    private const int MinimumCapacity = 16;
}
