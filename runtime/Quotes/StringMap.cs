using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A map from strings, compared ordinally, to values: the speaker resolver's tables of names,
/// keys, surnames and titles, which it probes a few hundred times a section.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Dictionary{TKey, TValue}"/> with string keys asks its comparer through an
/// interface for every hash and every comparison, and keeps books this map does not need (versions,
/// removals, the collision count of every insertion): about 170 instructions a probe of the
/// resolver's. Here the hash and the comparison are direct calls, and the resolver's probes cost
/// 0.6 % fewer of an ABC page's instructions (docs/performance-history.md, sixteenth round).
/// </para>
/// <para>
/// Entries keep the order they were added in, which enumeration gives (as a dictionary's does when
/// nothing is removed: the resolver's choice among titles breaks ties by it). Nothing is removed
/// but by <see cref="Clear"/>, which keeps the storage.
/// </para>
/// <para>
/// The hash is a fixed function of the characters, so that names made to collide could make every
/// probe walk them all: once adding a key walks more than <see cref="MaxChain"/> entries, the map
/// hashes again with <see cref="string.GetHashCode()"/>, which .NET seeds at random per process —
/// what a dictionary's comparer does at its threshold of 100.
/// </para>
/// </remarks>
/// <typeparam name="TValue">The values.</typeparam>
internal sealed class StringMap<TValue>
{
    /// <summary>The longest walk of one bucket before the map changes to the randomized hash.</summary>
    internal const int MaxChain = 100;

    private const int InitialCapacity = 16;

    // Each bucket: the index of its last entry added plus one (0: empty); an entry's Next, the
    // index of the one added before it in its bucket (-1: none).
    private int[] _buckets = new int[InitialCapacity];
    private Entry[] _entries = new Entry[InitialCapacity];
    private int _count;

    /// <summary>True once names collided enough for the randomized hash (see the remarks).</summary>
    internal bool IsRandomized { get; private set; }

    /// <summary>How many keys the map holds.</summary>
    public int Count => _count;

    /// <summary>
    /// A reference to the value of <paramref name="key"/>, added with the default value when the map
    /// does not hold it (<paramref name="exists"/> false). Good until the next key is added.
    /// </summary>
    public ref TValue GetValueRefOrAddDefault(string key, out bool exists)
    {
        uint hash = HashOf(key);
        int found = Find(key, hash, out int walked);
        if (found >= 0)
        {
            exists = true;
            return ref _entries[found].Value;
        }

        // Only adding decides on the randomized hash: under the fixed hash no bucket then holds more
        // than MaxChain + 1 entries (growing only splits buckets), so every walk is bounded.
        if (walked > MaxChain && !IsRandomized)
        {
            Rehash(randomized: true);
            return ref GetValueRefOrAddDefault(key, out exists);
        }

        exists = false;
        if (_count == _entries.Length) Rehash(IsRandomized, _entries.Length * 2);
        ref int bucket = ref BucketOf(hash);

        int index = _count++;
        ref var added = ref _entries[index];
        added.Key = key;
        added.Hash = hash;
        added.Next = bucket - 1;
        added.Value = default!;
        bucket = index + 1;
        return ref added.Value;
    }

    /// <summary>A reference to the value of <paramref name="key"/>, or a null reference when the map does not hold it.</summary>
    public ref TValue GetValueRefOrNullRef(string key)
    {
        int index = IndexOf(key);
        if (index < 0) return ref Unsafe.NullRef<TValue>();
        return ref _entries[index].Value;
    }

    /// <summary>The value of <paramref name="key"/>; false (and the default) when the map does not hold it.</summary>
    /// <remarks>Inlined, so that the value is stored into the caller's local: a reference stored
    /// through an <c>out</c> parameter takes the collector's checked write barrier.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        int index = IndexOf(key);
        value = index < 0 ? default : _entries[index].Value;
        return index >= 0;
    }

    /// <summary>Sets the value of <paramref name="key"/>, adding the key when it is new.</summary>
    public TValue this[string key]
    {
        set => GetValueRefOrAddDefault(key, out _) = value;
    }

    /// <summary>Forgets every key, keeping the storage; the hash stays as it was.</summary>
    public void Clear()
    {
        if (_count == 0) return;
        _buckets.AsSpan().Clear();
        _entries.AsSpan(0, _count).Clear(); // drops the keys and values, which may be large
        _count = 0;
    }

    /// <summary>The keys and values in the order they were added.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>The keys and values of a <see cref="StringMap{TValue}"/> in the order they were added.</summary>
    public struct Enumerator
    {
        private readonly StringMap<TValue> _map;
        private int _index;

        internal Enumerator(StringMap<TValue> map)
        {
            _map = map;
            _index = -1;
        }

        /// <summary>The current key and value.</summary>
        public readonly KeyValuePair<string, TValue> Current => new(_map._entries[_index].Key, _map._entries[_index].Value);

        /// <summary>Moves to the next entry; false past the last one.</summary>
        public bool MoveNext() => ++_index < _map._count;
    }

    /// <summary>
    /// The fixed hash: FNV-1a over the characters two at a time (a Chinese name has two to four),
    /// then a multiply and two shifts, so that the low bits the buckets take depend on every character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint FixedHash(string key)
    {
        var units = MemoryMarshal.Cast<char, uint>(key.AsSpan());
        uint hash = 2166136261u ^ (uint)key.Length;
        foreach (uint pair in units) hash = (hash ^ pair) * 16777619u;
        if ((key.Length & 1) != 0) hash = (hash ^ key[^1]) * 16777619u;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint HashOf(string key) => IsRandomized ? (uint)key.GetHashCode() : FixedHash(key);

    private ref int BucketOf(uint hash) => ref _buckets[hash & (uint)(_buckets.Length - 1)];

    private int IndexOf(string key) => Find(key, HashOf(key), out _);

    // The index of `key`'s entry, or -1; `walked`, the entries of its bucket passed over. Inlined
    // into both callers: as a call, `walked` lived in memory and a probe cost 0.4 % more of a document.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(string key, uint hash, out int walked)
    {
        walked = 0;
        for (int i = BucketOf(hash) - 1; i >= 0; i = _entries[i].Next, walked++)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && string.Equals(entry.Key, key)) return i; // string.Equals is ordinal
        }

        return -1;
    }

    // Hashes every entry again into `capacity` buckets (a power of two), in the order added.
    private void Rehash(bool randomized, int capacity = 0)
    {
        IsRandomized = randomized;
        if (capacity > _entries.Length) Array.Resize(ref _entries, capacity);
        _buckets = new int[_entries.Length];
        for (int i = 0; i < _count; i++)
        {
            ref var entry = ref _entries[i];
            entry.Hash = HashOf(entry.Key);
            ref int bucket = ref BucketOf(entry.Hash);
            entry.Next = bucket - 1;
            bucket = i + 1;
        }
    }

    private struct Entry
    {
        public string Key;
        public uint Hash;
        public int Next;
        public TValue Value;
    }
}
