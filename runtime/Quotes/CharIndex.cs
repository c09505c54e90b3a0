using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    // Characters a vector of the key search takes.
    private const int Width = 16;

    private readonly uint[] _filter = new uint[FilterBits / 32];
    private readonly char[] _keys;
    private readonly SearchValues<char> _keySearch;

    // For NextKey with AVX2: one bit per UTF-16 unit, made at the first search (an index whose keys
    // are only looked up does not hold 8 KB for them). Two threads may both make it; either serves.
    private uint[]? _keyBits;

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
    /// <remarks>
    /// With AVX2, sixteen characters at a time against one bit per UTF-16 unit (8 KB, made at the
    /// first search): each character's bit is gathered and tested exactly. <see cref="SearchValues"/>'
    /// probabilistic map, used elsewhere, answers maybe for most Han characters when the keys are a
    /// few hundred Han characters, and checks each maybe against the keys.
    /// </remarks>
    public int NextKey(string text, int start, int end)
    {
        // Small enough to be inlined at the attributor's loops; the searches check the bounds.
        if (start >= end) return -1;
        return Avx2.IsSupported ? IndexOfKey(text, start, end, _keyBits ??= KeyBits(_keys)) : IndexOfKey(text, start, end, _keySearch);
    }

    private static int IndexOfKey(string text, int start, int end, SearchValues<char> keys)
    {
        int found = text.AsSpan(start, end - start).IndexOfAny(keys);
        return found < 0 ? -1 : start + found;
    }

    // The first character from `start` to `end` whose bit is set, sixteen characters at a time.
    private static unsafe int IndexOfKey(string text, int start, int end, uint[] keyBits)
    {
        var span = text.AsSpan(start, end - start);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        fixed (uint* bits = keyBits)
        {
            int i = 0;
            for (; span.Length - i >= Width; i += Width)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref chars, (nuint)i));

                // A character's bit shifted to the top of its word's lane: the lane's sign bit.
                var lowBits = Avx2.ShiftLeftLogicalVariable(Avx2.GatherVector256(bits, (low >>> 5).AsInt32(), sizeof(uint)), ~low & Vector256.Create(31u));
                var highBits = Avx2.ShiftLeftLogicalVariable(Avx2.GatherVector256(bits, (high >>> 5).AsInt32(), sizeof(uint)), ~high & Vector256.Create(31u));
                uint keyed = lowBits.ExtractMostSignificantBits() | (highBits.ExtractMostSignificantBits() << 8);
                if (keyed != 0) return start + i + BitOperations.TrailingZeroCount(keyed);
            }

            for (; i < span.Length; i++)
            {
                char c = span[i];
                if (((bits[c >> 5] >> (c & 31)) & 1) != 0) return start + i;
            }
        }

        return -1;
    }

    // One bit per UTF-16 unit, set for the keys.
    private static uint[] KeyBits(char[] keys)
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        foreach (char c in keys) bits[c >> 5] |= 1u << (c & 31);
        return bits;
    }

    public IEnumerable<char> Keys => _keys.AsReadOnly();

    /// <summary>
    /// False when <paramref name="c"/> is no key: the filter's one bit test, small enough to be
    /// inlined where a caller asks at every character (true may still be no key; <see cref="TryGet"/> says).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHave(char c) => (_filter[(c % FilterBits) / 32] & (1u << (c % 32))) != 0;

    /// <summary>The entries keyed by <paramref name="c"/>, in their order; false (and null) when there are none.</summary>
    /// <remarks>A miss gives null rather than an empty array: in code shared by every reference
    /// type <typeparamref name="T"/>, <c>[]</c> (<see cref="Array.Empty{T}"/>) costs a lookup in the
    /// runtime's generic dictionary, on the path nearly every character of a paragraph takes.</remarks>
    public bool TryGet(char c, [MaybeNullWhen(false)] out T[] entries)
    {
        // Characters that share a filter bit with a key fall through to the table, which is exact.
        entries = MayHave(c) ? EntriesPastFilter(c) : null;
        return entries is not null;
    }

    /// <summary>
    /// As <see cref="TryGet"/> for a character <see cref="MayHave"/> has let through: the table
    /// alone, giving the entries or null.
    /// </summary>
    /// <remarks>Returned, not given through an <c>out</c> parameter: a reference stored through one
    /// takes the collector's checked write barrier (the parameter might point into the heap), about
    /// ten instructions at each of the hundred or so calls of a page. Inlined, and read without bounds
    /// tests (a slot is masked to the tables' length, a power of two, and the table is at most half
    /// full, so the probe ends): the call and the two tests cost as much as the probe.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T[]? EntriesPastFilter(char c)
    {
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_slotEntries);
        ref char keys = ref MemoryMarshal.GetArrayDataReference(_slotKeys);
        for (int slot = SlotOf(c); ; slot = (slot + 1) & _slotMask)
        {
            var found = Unsafe.Add(ref entries, slot);
            if (found is null || Unsafe.Add(ref keys, slot) == c) return found;
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^32 / φ.
    private int SlotOf(char c) => (int)((c * 2654435769u) >> _slotShift);
}
