namespace DocSchema.Runtime.Collections;

/// <summary>
/// The items of a read-only list for <c>foreach</c> without an enumerator object: a <c>foreach</c>
/// over <see cref="IReadOnlyList{T}"/> itself allocates one (the list's enumerator, boxed) per
/// loop, and writing an article's JSON runs a loop for every paragraph list, quote list and
/// speaker — a couple of hundred per article; parsing one for every dateline and section.
/// </summary>
internal readonly struct ListItems<T>(IReadOnlyList<T> list)
{
    /// <summary>Walks the list by index.</summary>
    public Enumerator GetEnumerator() => new(list);

    /// <summary>An index into the list.</summary>
    public struct Enumerator(IReadOnlyList<T> list)
    {
        private int _index = -1;

        /// <summary>The item at the index.</summary>
        public readonly T Current => list[_index];

        /// <summary>Moves to the next item; false past the last.</summary>
        public bool MoveNext() => ++_index < list.Count;
    }
}

/// <summary>Makes <see cref="ListItems{T}"/>.</summary>
internal static class ListItemsExtensions
{
    /// <summary>The items of <paramref name="list"/>, for a <c>foreach</c> that allocates nothing.</summary>
    public static ListItems<T> Items<T>(this IReadOnlyList<T> list) => new(list);
}
