using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Constant-time lookups into the cost tables of <see cref="LatinLanguageProfiles"/>, built once on
/// first use: <see cref="LatinLanguageClassifier"/> looks up a trigram per letter and a word per word.
/// </summary>
internal sealed class FeatureTables
{
    // Word keys are FNV hashes already, so their low bits pick a bucket of eight keys, compared with
    // the word's key all at once; the table has as many buckets as it takes for none to hold more
    // than eight (1,024 for the profiles' 1,720 words, none with more than six).
    private const int WordBucketSize = 8;

    // A word bucket's length in uints: one cache line.
    private const int WordBucketUints = 16;
    private const int CacheLine = 64;

    private static readonly Lazy<FeatureTables> s_instance = new(() => new FeatureTables());

    /// <summary>How many trigram keys there are: three 6-bit symbols, the first the oldest.</summary>
    public const int TrigramKeyCount = 1 << 18;

    // Where the trigram costs start in _trigrams, after the keys' 16-bit offsets.
    private const int TrigramCostsStart = TrigramKeyCount * sizeof(short);

    // Where the costs of every possible trigram key start in the costs after them (its row times the
    // row's length): one array read per letter (512 KB of 16-bit offsets), with no multiplication
    // after it. A key in no profile points at the zero row after the profiles' rows.
    // Then the profiles' trigram costs and a row of zeros. A trigram in no profile costs every
    // language the same, so adding zeros for it is skipping it, and the letter loop adds a row at
    // every letter without asking whether the trigram was found: that test went the other way for
    // about one letter in five, a branch the processor could not learn (callgrind's branch
    // simulation put a quarter of the classifier's mispredictions there).
    // One array for both, so that the letter loop keeps one base in a register, from which the
    // costs are a constant distance (TrigramCostsStart) past the offset: with two, the compiler
    // kept both bases on the stack and loaded them again at every letter.
    private readonly byte[] _trigrams;

    // The word table: a bucket is one 64-byte cache line of sixteen uints, in which a word's lookup
    // reads all it needs. Uints 0-7 are eight keys, the bucket's words first; a slot no word took
    // holds 0, which a word's key may equal: its offset is the zero row's, so matching it adds
    // nothing. Uints 8-12 hold nine 16-bit offsets into _wordCosts: those of the eight slots, then
    // that of the zero row for a word matching none. The lookup picks one by the first slot that
    // matched, so that finding a word or not is no branch: a linear probe's two tests (an empty
    // slot, the key) went one way or the other from word to word, and callgrind's branch
    // simulation put about one misprediction a word there. The array is pinned so that its
    // buckets can start on a cache line (_wordBucketsStart).
    private readonly uint[] _wordBuckets;
    private readonly int _wordBucketsStart;
    private readonly int _wordBucketMask;

    // The profiles' word costs and then a row of zeros, as the trigram costs in _trigrams.
    private readonly byte[] _wordCosts;

    private FeatureTables()
    {
        var trigramKeys = LatinLanguageProfiles.TrigramKeys;
        var wordKeys = LatinLanguageProfiles.WordKeys;

        // The rows are read without a bounds check (TrigramCostsOf, WordCostsFrom): every key must have its row of costs.
        if (LatinLanguageProfiles.TrigramCosts.Length != trigramKeys.Length * LatinLanguageProfiles.LanguageCount
            || LatinLanguageProfiles.WordCosts.Length != wordKeys.Length * LatinLanguageProfiles.LanguageCount)
        {
            throw new InvalidOperationException("The language profiles' cost tables do not hold a row for every key.");
        }

        _trigrams = WithZeroRow(LatinLanguageProfiles.TrigramCosts, "trigrams", TrigramCostsStart);
        MissingTrigramOffset = LatinLanguageProfiles.TrigramCosts.Length;
        var trigramOffsets = MemoryMarshal.Cast<byte, short>(_trigrams.AsSpan(0, TrigramCostsStart));
        trigramOffsets.Fill((short)MissingTrigramOffset);
        for (var row = 0; row < trigramKeys.Length; row++) trigramOffsets[trigramKeys[row]] = (short)(row * LatinLanguageProfiles.LanguageCount);

        _wordCosts = WithZeroRow(LatinLanguageProfiles.WordCosts, "words", 0);
        MissingWordOffset = LatinLanguageProfiles.WordCosts.Length;
        (_wordBuckets, _wordBucketsStart, _wordBucketMask) = BuildWordBuckets(wordKeys, (short)MissingWordOffset);
    }

    // `before` bytes for the caller to fill, then a cost table's rows and a row of zeros, whose
    // offset from the rows' start (their length) must fit the 16-bit offsets that point into them.
    private static byte[] WithZeroRow(ReadOnlySpan<byte> costs, string features, int before)
    {
        if (costs.Length > short.MaxValue)
        {
            throw new InvalidOperationException($"The language profiles hold more {features} than a 16-bit offset reaches.");
        }

        var withZeros = new byte[before + costs.Length + LatinLanguageProfiles.LanguageCount];
        costs.CopyTo(withZeros.AsSpan(before));
        return withZeros;
    }

    // The fewest buckets (a power of two, at least one per eight words) in which no bucket gets more
    // than eight of `wordKeys`, filled as _wordBuckets describes, and where in the array they start.
    private static unsafe (uint[] Buckets, int Start, int Mask) BuildWordBuckets(uint[] wordKeys, short missingOffset)
    {
        int buckets = 1;
        while (buckets * WordBucketSize < wordKeys.Length) buckets <<= 1;
        while (true)
        {
            var array = GC.AllocateArray<uint>((buckets * WordBucketUints) + WordBucketUints - 1, pinned: true);
            int start = (int)((CacheLine - ((nuint)Unsafe.AsPointer(ref array[0]) % CacheLine)) % CacheLine) / sizeof(uint);
            var table = array.AsSpan(start, buckets * WordBucketUints);
            var filled = new int[buckets];
            for (int bucket = 0; bucket < buckets; bucket++) WordBucketOffsets(table, bucket).Fill(missingOffset);
            int mask = buckets - 1;
            bool fits = true;
            for (var row = 0; row < wordKeys.Length && fits; row++)
            {
                int bucket = (int)(wordKeys[row] & (uint)mask);
                int slot = filled[bucket]++;
                fits = slot < WordBucketSize;
                if (fits)
                {
                    table[(bucket * WordBucketUints) + slot] = wordKeys[row];
                    WordBucketOffsets(table, bucket)[slot] = (short)(row * LatinLanguageProfiles.LanguageCount);
                }
            }

            if (fits) return (array, start, mask);
            buckets <<= 1;
        }
    }

    // The nine offsets of bucket `bucket` of the word table.
    private static Span<short> WordBucketOffsets(Span<uint> table, int bucket) =>
        MemoryMarshal.Cast<uint, short>(table.Slice((bucket * WordBucketUints) + WordBucketSize, WordBucketUints - WordBucketSize))[..(WordBucketSize + 1)];

    /// <summary>The tables, built on first use.</summary>
    public static FeatureTables Instance => s_instance.Value;

    /// <summary>Where the costs of a trigram key in no profile start in <see cref="TrigramCosts"/>: at a row of zeros.</summary>
    public int MissingTrigramOffset { get; }

    /// <summary>Where each trigram key's costs start in <see cref="TrigramCosts"/>.</summary>
    public ReadOnlySpan<short> TrigramOffsets => MemoryMarshal.Cast<byte, short>(_trigrams.AsSpan(0, TrigramCostsStart));

    /// <summary>The profiles' trigram costs, row by row in the order of their keys, then a row of zeros for every key in no profile.</summary>
    public ReadOnlySpan<byte> TrigramCosts => _trigrams.AsSpan(TrigramCostsStart);

    /// <summary>The trigram offsets and then their costs, as one table: for <see cref="TrigramCostsOf"/>.</summary>
    /// <remarks>The classifier's loop takes it once: the field read at every letter was not hoisted.</remarks>
    public ReadOnlySpan<byte> Trigrams => _trigrams;

    /// <summary>The costs of trigram <paramref name="key"/> in <paramref name="trigrams"/> (the start of <see cref="Trigrams"/>): its own row, or the zero row when no profile has it.</summary>
    /// <remarks>For the classifier's letter loop. Read without a bounds check: a key is three symbols
    /// below 64, the table holds the offsets of all <see cref="TrigramKeyCount"/> keys, and each
    /// offset is of a row of <see cref="TrigramCosts"/> (checked by LatinTablesTests).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> TrigramCostsOf(ref byte trigrams, uint key)
    {
        Debug.Assert(key < TrigramKeyCount);
        nuint offset = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref trigrams, (nuint)key * sizeof(short)));
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref trigrams, offset + TrigramCostsStart), LatinLanguageProfiles.LanguageCount);
    }

    /// <summary>Where the costs of a word in no profile start in <see cref="WordLookup.Costs"/>: at a row of zeros.</summary>
    public int MissingWordOffset { get; }

    /// <summary>The word table, for a loop that looks up many words: its arrays and mask read once.</summary>
    public WordLookup Words => new(WordBuckets, _wordBucketMask, _wordCosts);

    /// <summary>The word table's buckets, each a cache line of sixteen uints, the first on a cache line's start.</summary>
    internal ReadOnlySpan<uint> WordBuckets => _wordBuckets.AsSpan(_wordBucketsStart, (_wordBucketMask + 1) * WordBucketUints);

    /// <summary>
    /// The word table as spans and its mask, taken once by the classifier's loop: through the
    /// class's fields each word paid three loads and two bounds tests again.
    /// </summary>
    internal readonly ref struct WordLookup(ReadOnlySpan<uint> buckets, int bucketMask, ReadOnlySpan<byte> costs)
    {
        private readonly ReadOnlySpan<uint> _buckets = buckets;

        /// <summary>The profiles' word costs, row by row in the order of their keys, then a row of zeros for every word in no profile.</summary>
        public ReadOnlySpan<byte> Costs { get; } = costs;

        /// <summary>Where the costs of the word keyed <paramref name="key"/> start in <see cref="Costs"/>: at its own row, or at <see cref="MissingWordOffset"/> when no profile has it.</summary>
        /// <remarks>Inlined: the classifier asks once per word, and a call there would take its costs
        /// through memory. The bucket is read without a bounds check: the mask is one less than the
        /// number of buckets, a power of two.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Offset(uint key)
        {
            Debug.Assert(_buckets.Length == (bucketMask + 1) * WordBucketUints);
            ref uint bucket = ref Unsafe.Add(ref MemoryMarshal.GetReference(_buckets), (int)(key & (uint)bucketMask) * WordBucketUints);
            uint matches;
            if (Vector256.IsHardwareAccelerated)
            {
                matches = Vector256.Equals(Vector256.LoadUnsafe(ref bucket), Vector256.Create(key)).ExtractMostSignificantBits();
            }
            else
            {
                var wanted = Vector128.Create(key);
                matches = Vector128.Equals(Vector128.LoadUnsafe(ref bucket), wanted).ExtractMostSignificantBits()
                    | (Vector128.Equals(Vector128.LoadUnsafe(ref bucket, 4), wanted).ExtractMostSignificantBits() << 4);
            }

            // The first slot that matched, or the ninth offset when none did.
            int slot = BitOperations.TrailingZeroCount(matches | (1u << WordBucketSize));
            return Unsafe.Add(ref Unsafe.As<uint, short>(ref Unsafe.Add(ref bucket, WordBucketSize)), slot);
        }
    }

    /// <summary>The costs at <paramref name="offset"/> (from <see cref="WordLookup.Offset"/>) of <paramref name="wordCosts"/> (<see cref="WordLookup.Costs"/>).</summary>
    /// <remarks>
    /// Read without a bounds check: the offsets in _wordBuckets are of rows of _wordCosts, which
    /// holds a row for each of the profiles' words and the zero row (checked when the tables are
    /// built, and by LatinTablesTests). The row's constant length lets the classifier's own length
    /// test fold away. The classifier takes <see cref="WordLookup.Costs"/> once before its loop:
    /// read through the lookup at every word, it cost two instructions more a word.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> WordCostsFrom(ReadOnlySpan<byte> wordCosts, int offset) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(wordCosts), offset), LatinLanguageProfiles.LanguageCount);
}
