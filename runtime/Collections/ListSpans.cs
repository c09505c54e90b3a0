using System.Runtime.InteropServices;

namespace DocSchema.Runtime.Collections;

/// <summary>The items of a read-only list as a span, for code that takes spans from public methods that take lists.</summary>
internal static class ListSpans
{
    /// <summary>
    /// The items of <paramref name="list"/>: an array's or a <see cref="List{T}"/>'s own storage
    /// (which must not change while the span is read), else a copy.
    /// </summary>
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };
}
