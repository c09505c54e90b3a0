using System.Runtime.InteropServices;

namespace DocSchema.Runtime.Collections;

/// <summary>
/// The items of a read-only list for <c>foreach</c> without an enumerator object: a <c>foreach</c>
/// over <see cref="IReadOnlyList{T}"/> itself allocates one (the list's enumerator, boxed) per
/// loop, and writing an article's JSON runs a loop for every paragraph list, quote list and
/// speaker — a couple of hundred per article; parsing one for every dateline and section.
/// </summary>
/// <remarks>
/// A <see cref="List{T}"/> or an array (what the builder and the attributor make) is walked as a
/// span: by the interface, every item took two calls through an interface dispatch stub (its
/// count and the item), about six hundred of them for the JSON of a bilingual page. So the list
/// must not change while it is walked, which no caller does.
/// </remarks>
internal readonly struct ListItems<T>(IReadOnlyList<T> list)
{
    /// <summary>Walks the list.</summary>
    public Enumerator GetEnumerator() => new(list);

    /// <summary>An index into the list's items, or into the list itself when it is neither a <see cref="List{T}"/> nor an array.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<T> _items;
        private readonly IReadOnlyList<T>? _list;
        private int _index;

        /// <summary>Before the first item of <paramref name="list"/>.</summary>
        public Enumerator(IReadOnlyList<T> list)
        {
            if (list is T[] array) _items = array;
            else if (list is List<T> items) _items = CollectionsMarshal.AsSpan(items);
            else _list = list;
            _index = -1;
        }

        /// <summary>The item at the index.</summary>
        public readonly T Current => _list is null ? _items[_index] : _list[_index];

        /// <summary>Moves to the next item; false past the last.</summary>
        public bool MoveNext() => ++_index < (_list is null ? _items.Length : _list.Count);
    }
}

/// <summary>Makes <see cref="ListItems{T}"/>.</summary>
internal static class ListItemsExtensions
{
    /// <summary>The items of <paramref name="list"/>, for a <c>foreach</c> that allocates nothing.</summary>
    public static ListItems<T> Items<T>(this IReadOnlyList<T> list) => new(list);
}
