using System.Numerics;

namespace DocSchema.Runtime.Text;

/// <summary>
/// The strings of a document's values read so far (<see cref="TextValue.Text"/>), by span: one
/// string per span, made at its first read and kept, so that every read of a value gives the same
/// string, from any thread.
/// </summary>
/// <remarks>
/// An open-addressed table of keys (a span's start and length in one <see cref="long"/>) and
/// strings, read without a lock and added to under one. A string is stored before its key, and a
/// reader takes a key before its string, so whoever sees a key sees its string; a grown table is
/// filled before it is published, so a reader of the old one at worst misses, and takes the lock.
/// Why not a dictionary under a lock: a program reading every value of an article paid the lock
/// and the dictionary's hashing at every read and its entries' growth (the twenty-third round of
/// docs/performance-history.md).
/// </remarks>
internal sealed class ValueStrings
{
    // The smallest table; a table is grown when three quarters full, so that a probe meets an
    // empty slot soon (and always meets one: Find stops only at its key or an empty slot).
    private const int MinimumCapacity = 16;

    private readonly string _text;
    private readonly object _gate = new();
    private volatile Table _table;

    /// <summary>A table for the values of <paramref name="text"/>, sized for about one value in 64 characters.</summary>
    public ValueStrings(string text)
    {
        _text = text;
        _table = new Table((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinimumCapacity, text.Length / 64)));
    }

    /// <summary>The string of the text at <paramref name="span"/>, made the first time it is asked for.</summary>
    public string Get(TextSpan span)
    {
        // An empty span's key would be an empty slot's (0): it needs no table.
        if (span.Length == 0) return "";
        long key = Key(span);
        var table = _table;
        int at = table.Find(key);
        if (at >= 0) return table.Texts[at]!;

        lock (_gate)
        {
            table = _table;
            at = table.Find(key);
            if (at >= 0) return table.Texts[at]!;
            if (table.Count + 1 > table.Keys.Length / 4 * 3)
            {
                table = table.Grown();
                _table = table;
            }

            var text = _text.Substring(span.Start, span.Length);
            table.Add(key, text);
            return text;
        }
    }

    private static long Key(TextSpan span) => ((long)span.Start << 32) | (uint)span.Length;

    private sealed class Table(int capacity)
    {
        public readonly long[] Keys = new long[capacity];
        public readonly string?[] Texts = new string?[capacity];
        public int Count;

        // The slot holding `key`, or −1.
        public int Find(long key)
        {
            int mask = Keys.Length - 1;
            for (int i = Slot(key, mask); ; i = (i + 1) & mask)
            {
                long found = Volatile.Read(ref Keys[i]);
                if (found == key) return i;
                if (found == 0) return -1;
            }
        }

        // Under the lock, `key` not in the table and room for it.
        public void Add(long key, string text)
        {
            int mask = Keys.Length - 1;
            int i = Slot(key, mask);
            while (Keys[i] != 0) i = (i + 1) & mask;
            Texts[i] = text;
            Volatile.Write(ref Keys[i], key);
            Count++;
        }

        // A table twice the size holding the same strings, filled before anyone can read it.
        public Table Grown()
        {
            var grown = new Table(Keys.Length * 2);
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Keys[i] != 0) grown.Add(Keys[i], Texts[i]!);
            }

            return grown;
        }

        private static int Slot(long key, int mask) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32) & mask;
    }
}
