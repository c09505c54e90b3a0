using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// The running cost of each language of <see cref="LatinLanguageProfiles"/> while
/// <see cref="LatinLanguageClassifier"/> reads a text, in two vectors the compiler can keep in registers.
/// </summary>
/// <remarks>
/// A feature's row is <see cref="LatinLanguageProfiles.LanguageCount"/> (ten) bytes; adding one is
/// the classifier's innermost step (once per letter). Bytes 0–7 of the row, widened to eight ints,
/// go to the first vector (languages 0–7) and bytes 2–9 to the second, whose last two lanes are
/// languages 8 and 9 (its first six lanes repeat languages 2–7 and are never read): two loads and
/// two adds. The ten ints of an inline array, added to through a reference, took a vector add and
/// two scalar ones each writing to memory; every method here is inlined so that a copy is never
/// addressed, and the classifier sums a word's letters in a loop that makes no call, where both
/// vectors stay in registers (no vector register survives a call).
/// Costs are ints: a text is cut at <see cref="LatinLanguageClassifier.MaxCharacters"/>
/// characters, so at most about a thousand features of at most 255 each are added.
/// </remarks>
internal struct LanguageCosts
{
    private Vector256<int> _first8;
    private Vector256<int> _last8;

    /// <summary>Adds a feature's row of costs; an empty row (a feature in no table) adds nothing.</summary>
    /// <remarks>Inlined: the classifier adds a row once per letter.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<byte> row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        // One check for the whole row; its bytes below are read without one each.
        if (row.Length < LatinLanguageProfiles.LanguageCount)
        {
            throw new ArgumentException("A cost row has one byte per language.", nameof(row));
        }

        ref byte cost = ref MemoryMarshal.GetReference(row);
        _first8 += Widen(ref cost);
        _last8 += Widen(ref Unsafe.Add(ref cost, LatinLanguageProfiles.LanguageCount - 8));
    }

    /// <summary>Adds the costs <paramref name="other"/> has summed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in LanguageCosts other)
    {
        _first8 += other._first8;
        _last8 += other._last8;
    }

    /// <summary>How far the cheapest language (<paramref name="leader"/>) is below the next cheapest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Lead(out int leader)
    {
        var slots = Slots();
        leader = Cheapest(slots);
        int next = int.MaxValue;
        for (int language = 0; language < LatinLanguageProfiles.LanguageCount; language++)
        {
            if (language != leader && slots[language] < next)
            {
                next = slots[language];
            }
        }

        return next - slots[leader];
    }

    /// <summary>The language with the lowest cost; ties go to the earlier one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Cheapest()
    {
        var slots = Slots();
        return Cheapest(slots);
    }

    private static int Cheapest(ReadOnlySpan<int> slots)
    {
        int best = 0;
        for (int language = 1; language < LatinLanguageProfiles.LanguageCount; language++)
        {
            if (slots[language] < slots[best])
            {
                best = language;
            }
        }

        return best;
    }

    // The ten costs, in language order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly CostSlots Slots()
    {
        var slots = default(CostSlots);
        _first8.CopyTo(slots);
        slots[8] = _last8.GetElement(6);
        slots[9] = _last8.GetElement(7);
        return slots;
    }

    // Eight bytes widened to eight ints.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Widen(ref byte bytes)
    {
        if (Avx2.IsSupported)
        {
            return Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref bytes)).AsByte());
        }

        return Vector256.Create(
            bytes, Unsafe.Add(ref bytes, 1), Unsafe.Add(ref bytes, 2), Unsafe.Add(ref bytes, 3),
            Unsafe.Add(ref bytes, 4), Unsafe.Add(ref bytes, 5), Unsafe.Add(ref bytes, 6), Unsafe.Add(ref bytes, 7));
    }

    [InlineArray(LatinLanguageProfiles.LanguageCount)]
    private struct CostSlots
    {
        private int _element0;
    }
}
