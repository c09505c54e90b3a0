using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Counts the ASCII letters of runs of ASCII text sixteen characters at a time, for the letter
/// tallies that run over every paragraph (the script vote, the attributor's Han-or-Latin test):
/// English text is nearly all ASCII, and a vector compare does in one step what the per-character
/// classification does in sixteen.
/// </summary>
internal static class AsciiLetters
{
    private const int Width = 16;

    /// <summary>
    /// From <paramref name="index"/>, consumes whole blocks of sixteen ASCII characters, setting
    /// <paramref name="end"/> past them and returning how many of their characters are letters
    /// (a–z, A–Z). Stops at the first block holding a non-ASCII character, or fewer than sixteen
    /// characters before the end: the caller classifies from there one character at a time.
    /// </summary>
    /// <remarks>The end is a separate out parameter, not the caller's index by reference: a local
    /// whose address is taken lives on the stack, and the callers' loops read their index at every
    /// character.</remarks>
    public static int CountBlocks(ReadOnlySpan<char> text, int index, out int end)
    {
        end = index;
        if (!Vector256.IsHardwareAccelerated) return 0;
        ref ushort start = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        var nonAscii = Vector256.Create((ushort)0xFF80);
        var caseBit = Vector256.Create((ushort)0x20);
        var a = Vector256.Create((ushort)'a');
        var lettersAfterA = Vector256.Create((ushort)('z' - 'a'));
        int letters = 0;
        while (text.Length - index >= Width)
        {
            var chars = Vector256.LoadUnsafe(ref start, (nuint)index);
            if ((chars & nonAscii) != Vector256<ushort>.Zero) break;

            // (c | 0x20) − 'a' ≤ 25 exactly for the letters, as in the scalar test; other characters wrap or exceed.
            var isLetter = Vector256.LessThanOrEqual((chars | caseBit) - a, lettersAfterA);
            letters += BitOperations.PopCount(isLetter.ExtractMostSignificantBits());
            index += Width;
        }

        end = index;
        return letters;
    }
}
