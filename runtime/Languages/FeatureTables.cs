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

    // The row of every possible trigram key (three 6-bit symbols: 2^18 keys), or -1: one array
    // read per letter (512 KB).
    private readonly short[] _trigramRows;
    private readonly uint[] _wordKeys;
    private readonly short[] _wordRows;
    private readonly int _wordMask;

    private FeatureTables()
    {
        _trigramRows = new short[1 << 18];
        Array.Fill(_trigramRows, (short)-1);
        var trigramKeys = LatinLanguageProfiles.TrigramKeys;
        for (var row = 0; row < trigramKeys.Length; row++) _trigramRows[trigramKeys[row]] = (short)row;

        var wordKeys = LatinLanguageProfiles.WordKeys;

        // The rows are read without a bounds check (RowOf): every key must have its row of costs.
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

    /// <summary>The costs of trigram <paramref name="key"/>, or an empty row when no table has it.</summary>
    /// <remarks>Inlined: the classifier asks once per letter.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Trigram(int key)
    {
        int row = _trigramRows[key];
        return row < 0 ? default : RowOf(LatinLanguageProfiles.TrigramCosts, row);
    }

    /// <summary>The row of every trigram key in the cost table, or -1 where no table has it: for <see cref="TrigramRow"/>.</summary>
    /// <remarks>The classifier's loop takes it once: the field read at every letter was not hoisted.</remarks>
    public ReadOnlySpan<short> TrigramRows => _trigramRows;

    /// <summary>The row of trigram <paramref name="key"/> in <paramref name="trigramRows"/> (<see cref="TrigramRows"/>), or -1 when no table has it.</summary>
    /// <remarks>With <see cref="TrigramCostsAt"/>, for the classifier's letter loop: a row found or not
    /// is two paths there, where the empty span of <see cref="Trigram"/> merged them into one that
    /// tested the span's length again. Read without a bounds check: a key is three symbols below 64,
    /// and the table holds all 2^18 keys.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TrigramRow(ReadOnlySpan<short> trigramRows, int key)
    {
        Debug.Assert((uint)key < (uint)trigramRows.Length);
        return Unsafe.Add(ref MemoryMarshal.GetReference(trigramRows), key);
    }

    /// <summary>The costs of trigram row <paramref name="row"/> (from <see cref="TrigramRow"/>, not -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> TrigramCostsAt(int row) => RowOf(LatinLanguageProfiles.TrigramCosts, row);

    /// <summary>The costs of the word keyed <paramref name="key"/>, or an empty row when no table has it.</summary>
    /// <remarks>Inlined: the classifier asks once per word, and a call there would take its costs through memory.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Word(uint key)
    {
        for (int slot = (int)(key & (uint)_wordMask); ; slot = (slot + 1) & _wordMask)
        {
            int row = _wordRows[slot];
            if (row < 0) return default;
            if (_wordKeys[slot] == key) return RowOf(LatinLanguageProfiles.WordCosts, row);
        }
    }

    // Row `row` of a cost table, without a bounds check: the rows in _trigramRows and _wordRows
    // are indexes of the profiles' keys, and every key has its row of costs (checked when the
    // tables are built, and by LatinTablesTests). The row's constant length lets the classifier's
    // own length test fold away.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> RowOf(ReadOnlySpan<byte> costs, int row) =>
        MemoryMarshal.CreateReadOnlySpan(
            ref Unsafe.Add(ref MemoryMarshal.GetReference(costs), row * LatinLanguageProfiles.LanguageCount),
            LatinLanguageProfiles.LanguageCount);
}
