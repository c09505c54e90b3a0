using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// The running cost of each language of <see cref="LatinLanguageProfiles"/> while
/// <see cref="LatinLanguageClassifier"/> reads a text: one slot per language, on the stack.
/// </summary>
/// <remarks>
/// A feature's row is <see cref="LatinLanguageProfiles.LanguageCount"/> bytes; adding one is the
/// classifier's innermost step (once per letter), so it is unrolled over the fixed count rather than
/// looped with a bounds check per language. Costs are ints: a text is cut at
/// <see cref="LatinLanguageClassifier.MaxCharacters"/> characters, so at most about a thousand
/// features of at most 255 each are added.
/// </remarks>
internal struct LanguageCosts
{
    private Slots _slots;

    /// <summary>Adds a feature's row of costs; an empty row (a feature in no table) adds nothing.</summary>
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
        Unsafe.Add(ref slot, 0) += Unsafe.Add(ref cost, 0);
        Unsafe.Add(ref slot, 1) += Unsafe.Add(ref cost, 1);
        Unsafe.Add(ref slot, 2) += Unsafe.Add(ref cost, 2);
        Unsafe.Add(ref slot, 3) += Unsafe.Add(ref cost, 3);
        Unsafe.Add(ref slot, 4) += Unsafe.Add(ref cost, 4);
        Unsafe.Add(ref slot, 5) += Unsafe.Add(ref cost, 5);
        Unsafe.Add(ref slot, 6) += Unsafe.Add(ref cost, 6);
        Unsafe.Add(ref slot, 7) += Unsafe.Add(ref cost, 7);
        Unsafe.Add(ref slot, 8) += Unsafe.Add(ref cost, 8);
        Unsafe.Add(ref slot, 9) += Unsafe.Add(ref cost, 9);
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
