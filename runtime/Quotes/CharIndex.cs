using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Entries grouped by one character of theirs (the first character of a word, say), in the order
/// given, behind a 4,096-bit filter: the attributor asks at nearly every character of a paragraph
/// whether a word or verb starts there, and almost everywhere the answer is no, which the filter
/// gives with one bit test instead of a table probe.
/// </summary>
/// <typeparam name="T">The entries.</typeparam>
internal sealed class CharIndex<T>
{
    private const int FilterBits = 4096;

    private readonly uint[] _filter = new uint[FilterBits / 32];
    private readonly char[] _keys;
    private readonly SearchValues<char> _keySearch;

    // An open-addressed table, at most half full, probed linearly from a multiplicative hash of
    // the key (not its low bits, which the filter uses: a character that passes the filter wrongly
    // would then start at a key's slot and walk its whole run): a character is found in a probe or
    // two, without a dictionary's hashing and comparer calls. A slot whose entries are null is empty.
    private readonly char[] _slotKeys;
    private readonly T[]?[] _slotEntries;
    private readonly int _slotMask;
    private readonly int _slotShift;

    /// <summary>Indexes <paramref name="entries"/> by <paramref name="key"/>; each group keeps the entries' order.</summary>
    public CharIndex(IEnumerable<T> entries, Func<T, char> key)
    {
        var groups = entries.GroupBy(key).ToArray();
        _keys = groups.Select(g => g.Key).ToArray();
        foreach (char c in _keys) _filter[(c % FilterBits) / 32] |= 1u << (c % 32);
        _keySearch = SearchValues.Create(_keys);

        int size = 16;
        while (size < groups.Length * 2) size <<= 1;
        _slotMask = size - 1;
        _slotShift = 32 - BitOperations.Log2((uint)size);
        _slotKeys = new char[size];
        _slotEntries = new T[]?[size];
        foreach (var group in groups)
        {
            int slot = SlotOf(group.Key);
            while (_slotEntries[slot] is not null) slot = (slot + 1) & _slotMask;
            _slotKeys[slot] = group.Key;
            _slotEntries[slot] = group.ToArray();
        }
    }

    /// <summary>
    /// The first offset at or after <paramref name="start"/> (before <paramref name="end"/>) whose
    /// character keys any entries, or -1: a vectorized search that skips the stretches where
    /// nothing can start.
    /// </summary>
    public int NextKey(string text, int start, int end)
    {
        if (start >= end) return -1;
        int found = text.AsSpan(start, end - start).IndexOfAny(_keySearch);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The characters that key any entries.</summary>
    public IEnumerable<char> Keys => _keys.AsReadOnly();

    /// <summary>The entries keyed by <paramref name="c"/>, in their order; false (and null) when there are none.</summary>
    /// <remarks>A miss gives null rather than an empty array: in code shared by every reference
    /// type <typeparamref name="T"/>, <c>[]</c> (<see cref="Array.Empty{T}"/>) costs a lookup in the
    /// runtime's generic dictionary, on the path nearly every character of a paragraph takes.</remarks>
    public bool TryGet(char c, [MaybeNullWhen(false)] out T[] entries)
    {
        // Characters that share a filter bit with a key fall through to the table, which is exact.
        if ((_filter[(c % FilterBits) / 32] & (1u << (c % 32))) == 0)
        {
            entries = null;
            return false;
        }

        for (int slot = SlotOf(c); ; slot = (slot + 1) & _slotMask)
        {
            var found = _slotEntries[slot];
            if (found is null)
            {
                entries = null;
                return false;
            }

            if (_slotKeys[slot] == c)
            {
                entries = found;
                return true;
            }
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^32 / φ.
    private int SlotOf(char c) => (int)((c * 2654435769u) >> _slotShift);
}
