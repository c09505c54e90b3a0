using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Constant-time lookups into the cost tables of <see cref="LatinLanguageProfiles"/>, built once on
/// first use: <see cref="LatinLanguageClassifier"/> looks up a trigram per letter and a word per word.
/// </summary>
internal sealed class FeatureTables
{
    // Word keys are FNV hashes already; a power-of-two table with linear probing over their low
    // bits, at most half full, finds a word in about one probe instead of a binary search's eleven.
    private const int WordSlotBits = 12;

    private static readonly Lazy<FeatureTables> s_instance = new(() => new FeatureTables());

    /// <summary>How many trigram keys there are: three 6-bit symbols, the first the oldest.</summary>
    public const int TrigramKeyCount = 1 << 18;

    // Where the costs of every possible trigram key start in _trigramCosts (its row times the
    // row's length): one array read per letter (512 KB), with no multiplication after it. A key in
    // no profile points at the zero row after the profiles' rows.
    private readonly short[] _trigramOffsets;

    // The profiles' trigram costs and then a row of zeros. A trigram in no profile costs every
    // language the same, so adding zeros for it is skipping it, and the letter loop adds a row at
    // every letter without asking whether the trigram was found: that test went the other way for
    // about one letter in five, a branch the processor could not learn (callgrind's branch
    // simulation put a quarter of the classifier's mispredictions there).
    private readonly byte[] _trigramCosts;
    private readonly uint[] _wordKeys;
    private readonly short[] _wordRows;
    private readonly int _wordMask;

    private FeatureTables()
    {
        var trigramKeys = LatinLanguageProfiles.TrigramKeys;
        MissingTrigramOffset = trigramKeys.Length * LatinLanguageProfiles.LanguageCount;
        if (MissingTrigramOffset > short.MaxValue)
        {
            throw new InvalidOperationException("The language profiles hold more trigrams than a 16-bit offset reaches.");
        }

        _trigramCosts = new byte[MissingTrigramOffset + LatinLanguageProfiles.LanguageCount];
        LatinLanguageProfiles.TrigramCosts.CopyTo(_trigramCosts);
        _trigramOffsets = new short[TrigramKeyCount];
        Array.Fill(_trigramOffsets, (short)MissingTrigramOffset);
        for (var row = 0; row < trigramKeys.Length; row++) _trigramOffsets[trigramKeys[row]] = (short)(row * LatinLanguageProfiles.LanguageCount);

        var wordKeys = LatinLanguageProfiles.WordKeys;

        // The rows are read without a bounds check (CostsFrom): every key must have its row of costs.
        if (LatinLanguageProfiles.TrigramCosts.Length != trigramKeys.Length * LatinLanguageProfiles.LanguageCount
            || LatinLanguageProfiles.WordCosts.Length != wordKeys.Length * LatinLanguageProfiles.LanguageCount)
        {
            throw new InvalidOperationException("The language profiles' cost tables do not hold a row for every key.");
        }

        int size = 1 << WordSlotBits;
        while (size < wordKeys.Length * 2) size <<= 1;
        _wordMask = size - 1;
        _wordKeys = new uint[size];
        _wordRows = new short[size];
        Array.Fill(_wordRows, (short)-1);
        for (var row = 0; row < wordKeys.Length; row++)
        {
            int slot = (int)(wordKeys[row] & (uint)_wordMask);
            while (_wordRows[slot] >= 0) slot = (slot + 1) & _wordMask;
            _wordKeys[slot] = wordKeys[row];
            _wordRows[slot] = (short)row;
        }
    }

    /// <summary>The tables, built on first use.</summary>
    public static FeatureTables Instance => s_instance.Value;

    /// <summary>Where the costs of a trigram key in no profile start in <see cref="TrigramCosts"/>: at a row of zeros.</summary>
    public int MissingTrigramOffset { get; }

    /// <summary>Where each trigram key's costs start in <see cref="TrigramCosts"/>: for <see cref="TrigramOffset"/>.</summary>
    /// <remarks>The classifier's loop takes it once: the field read at every letter was not hoisted.</remarks>
    public ReadOnlySpan<short> TrigramOffsets => _trigramOffsets;

    /// <summary>The profiles' trigram costs, row by row in the order of their keys, then a row of zeros for every key in no profile: for <see cref="TrigramCostsFrom"/>.</summary>
    public ReadOnlySpan<byte> TrigramCosts => _trigramCosts;

    /// <summary>Where the costs of trigram <paramref name="key"/> start (<paramref name="trigramOffsets"/> is <see cref="TrigramOffsets"/>): at its own row, or at <see cref="MissingTrigramOffset"/> when no profile has it.</summary>
    /// <remarks>With <see cref="TrigramCostsFrom"/>, for the classifier's letter loop. Read without a
    /// bounds check: a key is three symbols below 64, and the table holds all
    /// <see cref="TrigramKeyCount"/> keys.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TrigramOffset(ReadOnlySpan<short> trigramOffsets, int key)
    {
        Debug.Assert((uint)key < (uint)trigramOffsets.Length);
        return Unsafe.Add(ref MemoryMarshal.GetReference(trigramOffsets), key);
    }

    /// <summary>The costs at <paramref name="offset"/> (from <see cref="TrigramOffset"/>) of <paramref name="trigramCosts"/> (<see cref="TrigramCosts"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> TrigramCostsFrom(ReadOnlySpan<byte> trigramCosts, int offset) => CostsFrom(trigramCosts, offset);

    /// <summary>The word table, for a loop that looks up many words: its arrays and mask read once.</summary>
    public WordLookup Words => new(_wordKeys, _wordRows, _wordMask);

    /// <summary>
    /// The word table as spans and its mask, taken once by the classifier's loop: through the
    /// class's fields each word paid three loads and two bounds tests again.
    /// </summary>
    internal readonly ref struct WordLookup(ReadOnlySpan<uint> keys, ReadOnlySpan<short> rows, int mask)
    {
        private readonly ReadOnlySpan<uint> _keys = keys;
        private readonly ReadOnlySpan<short> _rows = rows;

        /// <summary>Where the costs of the word keyed <paramref name="key"/> start in the cost table, or -1 when no table has it.</summary>
        /// <remarks>Inlined: the classifier asks once per word, and a call there would take its costs
        /// through memory. The slots are read without a bounds check: the mask is one less than the
        /// table's length, a power of two.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Offset(uint key)
        {
            Debug.Assert(_rows.Length == mask + 1 && _keys.Length == mask + 1);
            ref short rows = ref MemoryMarshal.GetReference(_rows);
            ref uint keys = ref MemoryMarshal.GetReference(_keys);
            for (int slot = (int)(key & (uint)mask); ; slot = (slot + 1) & mask)
            {
                int row = Unsafe.Add(ref rows, slot);
                if (row < 0) return -1;
                if (Unsafe.Add(ref keys, slot) == key) return row * LatinLanguageProfiles.LanguageCount;
            }
        }
    }

    /// <summary>The costs of the word whose offset is <paramref name="offset"/> (from <see cref="WordLookup.Offset"/>, not -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> WordCostsFrom(int offset) => CostsFrom(LatinLanguageProfiles.WordCosts, offset);

    // The row of costs at `offset` of a cost table, without a bounds check: the offsets in
    // _trigramOffsets are of rows of _trigramCosts, and the rows in _wordRows of the profiles' keys,
    // each of which has its row of costs (checked when the tables are built, and by LatinTablesTests). The row's constant
    // length lets the classifier's own length test fold away.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> CostsFrom(ReadOnlySpan<byte> costs, int offset) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(costs), offset), LatinLanguageProfiles.LanguageCount);
}
