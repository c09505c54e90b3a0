using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DocSchema.Runtime.Text;

/// <summary>A test of a vector of UTF-16 units for the characters a search looks for.</summary>
internal interface IVectorCharTest
{
    /// <summary>The lanes of <paramref name="chars"/> that hold a character looked for: all ones there, zero elsewhere.</summary>
    Vector<ushort> Matches(Vector<ushort> chars);
}

/// <summary>
/// The loop of the runtime's own vector searches (<see cref="SmallCharSet"/>, the quote marks'
/// search): a <see cref="Vector{T}"/> of the text at a time through a test that the compiler
/// specializes and inlines for each struct that implements it.
/// </summary>
internal static class VectorCharSearch
{
    /// <summary>
    /// The index of the first character of <paramref name="text"/> that <paramref name="test"/>
    /// matches, or -1, for a text of at least one vector. The last vector ends at the text's end,
    /// over characters the one before it matched none of (so a match there is still the first).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOfFirst<TTest>(ReadOnlySpan<char> text, TTest test)
        where TTest : struct, IVectorCharTest => Search(text, test, fromEnd: false);

    /// <summary>
    /// The index of the last character of <paramref name="text"/> that <paramref name="test"/>
    /// matches, or -1, for a text of at least one vector: <see cref="IndexOfFirst"/> from the end.
    /// The first vector starts at the text's start, over characters the one after it matched none of.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOfLast<TTest>(ReadOnlySpan<char> text, TTest test)
        where TTest : struct, IVectorCharTest => Search(text, test, fromEnd: true);

    // Both searches: inlined with `fromEnd` a constant, each is the loop of its own direction.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Search<TTest>(ReadOnlySpan<char> text, TTest test, bool fromEnd)
        where TTest : struct, IVectorCharTest
    {
        int width = Vector<ushort>.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, width, nameof(text));
        ref byte start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text));
        int last = text.Length - width;
        for (int i = fromEnd ? last : 0; ; i = fromEnd ? Math.Max(i - width, 0) : Math.Min(i + width, last))
        {
            var found = test.Matches(Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref start, (nint)i * sizeof(char))));
            if (found != Vector<ushort>.Zero)
            {
                uint lanes = LaneBits(found);
                return i + (fromEnd ? 31 - BitOperations.LeadingZeroCount(lanes) : BitOperations.TrailingZeroCount(lanes));
            }

            if (i == (fromEnd ? 0 : last)) return -1;
        }
    }

    // One bit for each lane of a test's result, lane 0 lowest, through the fixed-width vector of the same size.
    private static uint LaneBits(Vector<ushort> found) => Vector<ushort>.Count switch
    {
        8 => found.AsVector128().ExtractMostSignificantBits(),
        16 => found.AsVector256().ExtractMostSignificantBits(),
        _ => (uint)found.AsVector512().ExtractMostSignificantBits(),
    };
}
