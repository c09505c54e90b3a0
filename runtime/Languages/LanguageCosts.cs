using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// The running cost of each language of <see cref="LatinLanguageProfiles"/> while
/// <see cref="LatinLanguageClassifier"/> reads a text: one slot per language, on the stack.
/// </summary>
/// <remarks>
/// A feature's row is <see cref="LatinLanguageProfiles.LanguageCount"/> (ten) bytes; adding one is
/// the classifier's innermost step (once per letter), so it is written out for the fixed count
/// rather than looped with a bounds check per language: the first eight bytes widened to eight ints
/// and added as one vector where AVX2 is there (3.5 % of the instructions of the ABC page's parse),
/// the last two one by one. Costs are ints: a text is cut at
/// <see cref="LatinLanguageClassifier.MaxCharacters"/> characters, so at most about a thousand
/// features of at most 255 each are added.
/// </remarks>
internal struct LanguageCosts
{
    private Slots _slots;

    /// <summary>Adds a feature's row of costs; an empty row (a feature in no table) adds nothing.</summary>
    /// <remarks>Inlined: the classifier adds a row once per letter.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<byte> row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        // One check for the whole row; the slots below are read without one each.
        if (row.Length < LatinLanguageProfiles.LanguageCount)
        {
            throw new ArgumentException("A cost row has one byte per language.", nameof(row));
        }

        ref byte cost = ref MemoryMarshal.GetReference(row);
        ref int slot = ref _slots[0];
        if (Avx2.IsSupported)
        {
            // The first eight languages in one step: eight bytes widened to eight ints and added.
            var first8 = Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref cost)).AsByte());
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref slot) + first8, ref slot);
        }
        else
        {
            for (int language = 0; language < 8; language++) Unsafe.Add(ref slot, language) += Unsafe.Add(ref cost, language);
        }

        Unsafe.Add(ref slot, 8) += Unsafe.Add(ref cost, 8);
        Unsafe.Add(ref slot, 9) += Unsafe.Add(ref cost, 9);
    }

    /// <summary>How far the cheapest language (<paramref name="leader"/>) is below the next cheapest.</summary>
    public readonly int Lead(out int leader)
    {
        leader = Cheapest();
        int next = int.MaxValue;
        for (int language = 0; language < LatinLanguageProfiles.LanguageCount; language++)
        {
            if (language != leader && _slots[language] < next)
            {
                next = _slots[language];
            }
        }

        return next - _slots[leader];
    }

    /// <summary>The language with the lowest cost; ties go to the earlier one.</summary>
    public readonly int Cheapest()
    {
        int best = 0;
        for (int language = 1; language < LatinLanguageProfiles.LanguageCount; language++)
        {
            if (_slots[language] < _slots[best])
            {
                best = language;
            }
        }

        return best;
    }

    [InlineArray(LatinLanguageProfiles.LanguageCount)]
    private struct Slots
    {
        private int _element0;
    }
}
