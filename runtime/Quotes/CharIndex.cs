using System.Buffers;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Entries grouped by one character of theirs (the first character of a word, say), in the order
/// given, behind a 4,096-bit filter: the attributor asks at nearly every character of a paragraph
/// whether a word or verb starts there, and almost everywhere the answer is no, which the filter
/// gives with one bit test instead of a dictionary probe.
/// </summary>
/// <typeparam name="T">The entries.</typeparam>
internal sealed class CharIndex<T>
{
    private const int FilterBits = 4096;

    private readonly uint[] _filter = new uint[FilterBits / 32];
    private readonly Dictionary<char, T[]> _entries;
    private readonly SearchValues<char> _keys;

    /// <summary>Indexes <paramref name="entries"/> by <paramref name="key"/>; each group keeps the entries' order.</summary>
    public CharIndex(IEnumerable<T> entries, Func<T, char> key)
    {
        _entries = entries.GroupBy(key).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (char c in _entries.Keys) _filter[(c % FilterBits) / 32] |= 1u << (c % 32);
        _keys = SearchValues.Create(_entries.Keys.ToArray());
    }

    /// <summary>
    /// The first offset at or after <paramref name="start"/> (before <paramref name="end"/>) whose
    /// character keys any entries, or -1: a vectorized search that skips the stretches where
    /// nothing can start.
    /// </summary>
    public int NextKey(string text, int start, int end)
    {
        if (start >= end) return -1;
        int found = text.AsSpan(start, end - start).IndexOfAny(_keys);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The characters that key any entries.</summary>
    public IEnumerable<char> Keys => _entries.Keys;

    /// <summary>The entries keyed by <paramref name="c"/>, in their order; false when there are none.</summary>
    public bool TryGet(char c, out T[] entries)
    {
        // Characters that share a filter bit with a key fall through to the dictionary, which is exact.
        if ((_filter[(c % FilterBits) / 32] & (1u << (c % 32))) == 0)
        {
            entries = [];
            return false;
        }

        return _entries.TryGetValue(c, out entries!);
    }
}
