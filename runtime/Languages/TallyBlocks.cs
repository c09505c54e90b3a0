using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Counts the letters of a text sixteen characters at a time (one vector), for the letter tallies
/// that run over every block and paragraph (<see cref="ScriptTally"/>), where every character of
/// the block is one of the kinds that make up nearly all of the news this reads: ASCII, the main
/// Han block, and the punctuation of Chinese and English text that is no letter.
/// </summary>
/// <remarks>
/// <para>
/// A Chinese clause runs about ten characters between two marks of punctuation, so a vector that
/// took Han characters alone would rarely fill; this one takes the marks too. The punctuation it
/// takes is what <see cref="LetterScripts.Classify(char)"/> calls <see cref="LetterScript.None"/>
/// for every character of the range (LetterCountingTests checks each one): general punctuation
/// U+2000–U+206F (dashes, curly quotes, the ellipsis), the CJK marks U+3000–U+3004 and
/// U+3008–U+3030 (、。「」《》 and the rest; not 々 U+3005, 〆 U+3006 or 〇 U+3007), and the
/// full-width marks and digits U+FF01–U+FF20 (，：；！？（）).
/// </para>
/// <para>
/// A block holding any other character is counted up to that character, which the caller then
/// classifies one by one; a run of other text (accented Latin, kana) so costs one call per such
/// character, each counting what lies before it.
/// </para>
/// </remarks>
internal static class TallyBlocks
{
    /// <summary>The characters of a block: one vector of sixteen.</summary>
    public const int Width = 16;

    /// <summary>What <see cref="Count"/> read: where it stopped, and what it counted before that.</summary>
    /// <param name="End">The index of the first character not counted.</param>
    /// <param name="AsciiLetters">ASCII letters (a–z, A–Z).</param>
    /// <param name="Han">Characters of the main Han block (U+4E00–U+9FFF).</param>
    /// <param name="None">Characters that are no letter: ASCII other than letters, and the punctuation above.</param>
    /// <param name="Simplified">Han characters written only in simplified Chinese (when asked for).</param>
    /// <param name="Traditional">Han characters written only in traditional Chinese (when asked for).</param>
    internal readonly record struct Counts(int End, int AsciiLetters, int Han, int None, int Simplified, int Traditional);

    /// <summary>
    /// True when the machine counts blocks as vectors (AVX2, for its gather); otherwise
    /// <see cref="Count"/> counts nothing and the tally classifies every character itself.
    /// </summary>
    public static bool IsSupported => Avx2.IsSupported;

    /// <summary>
    /// From <paramref name="index"/>, counts whole blocks of sixteen characters while every character
    /// is ASCII, main-block Han or the punctuation above, then the part of the next block before its
    /// first other character. Stops there or at the text's end: the last few characters are the
    /// text's last block, whose lanes before <paramref name="index"/> are left out. A text shorter
    /// than a block is not counted (<see cref="Counts.End"/> is <paramref name="index"/>). The
    /// simplified-only and traditional-only counts are made only when <paramref name="countVariants"/>
    /// is true.
    /// </summary>
    /// <remarks>A loop with no call in it, so that its counts stay in registers. The last block
    /// overlaps: the caller counted the last fewer-than-sixteen characters one by one, about twenty
    /// instructions each, at every paragraph's end (docs/performance-history.md, twentieth round).</remarks>
    public static unsafe Counts Count(ReadOnlySpan<char> text, int index, bool countVariants)
    {
        if (!Avx2.IsSupported || text.Length < Width) return new Counts(index, 0, 0, 0, 0, 0);
        ref ushort start = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        fixed (uint* variants = HanVariants.Classes)
        {
            var counts = new BlockCounts(variants, countVariants);
            while (text.Length - index >= Width)
            {
                int take = counts.Add(Vector256.LoadUnsafe(ref start, (nuint)index), skip: 0);
                index += take;
                if (take < Width) return counts.At(index);
            }

            // The last few characters: the text's last block, whose first lanes were counted already.
            if (index < text.Length)
            {
                int skip = Width - (text.Length - index);
                index += counts.Add(Vector256.LoadUnsafe(ref start, (nuint)(text.Length - Width)), skip);
            }

            return counts.At(index);
        }
    }

    // The counts of the blocks read so far, in locals of the loop that inlines Add.
    private unsafe ref struct BlockCounts(uint* variants, bool countVariants)
    {
        private int _letters;
        private int _han;
        private int _none;
        private Vector256<uint> _simplified;
        private Vector256<uint> _traditional;

        // Counts the lanes of `chars` from `skip` on, up to the first one of another kind; returns how many.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Add(Vector256<ushort> chars, int skip)
        {
            var nonAscii = Vector256.Create((ushort)0xFF80);

            // (c | 0x20) − 'a' ≤ 25 exactly for the ASCII letters, as in the scalar test; other
            // ASCII characters wrap or exceed, and so does everything at or above U+0080.
            uint letterBits = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits() >> skip;
            int left = Width - skip;
            if ((chars & nonAscii) == Vector256<ushort>.Zero)
            {
                // English: a block of ASCII alone, the common case, takes one compare.
                int blockLetters = BitOperations.PopCount(letterBits);
                _letters += blockLetters;
                _none += left - blockLetters;
                return left;
            }

            var isHan = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0x4E00), Vector256.Create((ushort)(0x9FFF - 0x4E00)));
            var isAscii = Vector256.Equals(chars & nonAscii, Vector256<ushort>.Zero);
            var isPunctuation =
                Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x6F))
                | Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0x3000), Vector256.Create((ushort)0x04))
                | Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0x3008), Vector256.Create((ushort)0x28))
                | Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0xFF01), Vector256.Create((ushort)0x1F));
            uint counted = (isHan | isAscii | isPunctuation).ExtractMostSignificantBits() >> skip;

            // The lanes from `skip` before the first one of another kind: all that are left when
            // there is none, as the shifted mask has no bit from `left` on.
            int take = BitOperations.TrailingZeroCount(~counted);
            uint taken = (1u << take) - 1;
            uint hanBits = (isHan.ExtractMostSignificantBits() >> skip) & taken;
            int blockHan = BitOperations.PopCount(hanBits);
            int blockAsciiLetters = BitOperations.PopCount(letterBits & taken);
            _letters += blockAsciiLetters;
            _han += blockHan;
            _none += take - blockAsciiLetters - blockHan;
            if (countVariants && hanBits != 0)
            {
                var lanes = Vector256<ushort>.Indices;
                var takenHan = isHan & Vector256.GreaterThanOrEqual(lanes, Vector256.Create((ushort)skip)) & Vector256.LessThan(lanes, Vector256.Create((ushort)(skip + take)));
                AddVariants(chars, takenHan, variants, ref _simplified, ref _traditional);
            }

            return take;
        }

        public readonly Counts At(int end) =>
            new(end, _letters, _han, _none, (int)Vector256.Sum(_simplified), (int)Vector256.Sum(_traditional));
    }

    /// <summary>
    /// Adds the variant classes of the lanes of <paramref name="isHan"/> to the two sums, each lane
    /// looked up in <see cref="HanVariants.Classes"/> (at <paramref name="classes"/>) as
    /// <see cref="HanVariants.ClassOf"/> does, eight at a time by a gather of the lanes' table words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddVariants(
        Vector256<ushort> chars, Vector256<ushort> isHan, uint* classes, ref Vector256<uint> simplified, ref Vector256<uint> traditional)
    {
        // Other lanes read offset 0 (U+4E00) and are masked out after the lookup.
        var offsets = (chars - Vector256.Create((ushort)0x4E00)) & isHan;
        var lowOffsets = Vector256.WidenLower(offsets);
        var highOffsets = Vector256.WidenUpper(offsets);
        var (lowIsHan, highIsHan) = Vector256.Widen(isHan);
        var low = Avx2.GatherVector256(classes, (lowOffsets >>> 4).AsInt32(), sizeof(uint));
        var high = Avx2.GatherVector256(classes, (highOffsets >>> 4).AsInt32(), sizeof(uint));
        var three = Vector256.Create(3u);
        var fifteen = Vector256.Create(15u);
        var lowClass = Avx2.ShiftRightLogicalVariable(low, (lowOffsets & fifteen) << 1) & three & lowIsHan;
        var highClass = Avx2.ShiftRightLogicalVariable(high, (highOffsets & fifteen) << 1) & three & highIsHan;
        simplified += (lowClass & Vector256<uint>.One) + (highClass & Vector256<uint>.One);
        traditional += (lowClass >>> 1) + (highClass >>> 1);
    }
}
