using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DocSchema.Runtime.Text;

/// <summary>
/// Up to eight characters, found in a text by comparing each vector of it with every one of them:
/// the sentence and clause punctuation of Chinese and English that the quote attributor splits at.
/// </summary>
/// <remarks>
/// <para>Why not <see cref="System.Buffers.SearchValues{T}"/>: for more than five characters, some
/// beyond ASCII (。！？ beside . ! ?), it builds a probabilistic map, which in Chinese text answers
/// "maybe" for many characters and checks each against the list. Eight comparisons a vector are
/// exact and cost the same in either script: 0.6 % fewer instructions for an Oriental Daily
/// document, as many for an English one, whose ASCII the map's first search takes as fast (the
/// seventeenth round of docs/performance.md).</para>
/// <para>A set of fewer than eight repeats its last character to fill the eight comparisons.</para>
/// </remarks>
internal sealed class SmallCharSet
{
    /// <summary>The most characters a set holds.</summary>
    public const int MaxCount = 8;

    private readonly char _c0, _c1, _c2, _c3, _c4, _c5, _c6, _c7;

    /// <summary>The set of the characters of <paramref name="chars"/> (one to <see cref="MaxCount"/>).</summary>
    public SmallCharSet(string chars)
    {
        ArgumentNullException.ThrowIfNull(chars);
        if (chars.Length is 0 or > MaxCount) throw new ArgumentException($"a small set holds one to {MaxCount} characters, not {chars.Length}", nameof(chars));
        char At(int i) => chars[Math.Min(i, chars.Length - 1)];
        (_c0, _c1, _c2, _c3, _c4, _c5, _c6, _c7) = (At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7));
    }

    /// <summary>True when <paramref name="c"/> is in the set.</summary>
    public bool Contains(char c) => c == _c0 || c == _c1 || c == _c2 || c == _c3 || c == _c4 || c == _c5 || c == _c6 || c == _c7;

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text) =>
        Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count ? IndexOfAnyVector(text) : IndexOfAnyScalar(text);

    /// <summary>As <see cref="IndexOfAny"/>, one character at a time (a text shorter than a vector).</summary>
    internal int IndexOfAnyScalar(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (Contains(text[i])) return i;
        return -1;
    }

    /// <summary>
    /// As <see cref="IndexOfAny"/>, a <see cref="Vector{T}"/> at a time (sixteen characters with
    /// AVX2, eight on Arm), for a text of at least one vector. The last vector ends at the text's
    /// end, over characters the one before it found none in (so a match there is still the first).
    /// </summary>
    internal int IndexOfAnyVector(ReadOnlySpan<char> text)
    {
        int width = Vector<ushort>.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, width, nameof(text));
        ref byte start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text));
        Vector<ushort> v0 = new(_c0), v1 = new(_c1), v2 = new(_c2), v3 = new(_c3), v4 = new(_c4), v5 = new(_c5), v6 = new(_c6), v7 = new(_c7);
        int last = text.Length - width;
        for (int i = 0; ; i = Math.Min(i + width, last))
        {
            var chars = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref start, (nint)i * sizeof(char)));
            var found = (Vector.Equals(chars, v0) | Vector.Equals(chars, v1)) | (Vector.Equals(chars, v2) | Vector.Equals(chars, v3))
                | ((Vector.Equals(chars, v4) | Vector.Equals(chars, v5)) | (Vector.Equals(chars, v6) | Vector.Equals(chars, v7)));
            if (found != Vector<ushort>.Zero) return i + FirstSetLane(found);
            if (i == last) return -1;
        }
    }

    // The first lane of a comparison's result that is set, through the fixed-width vector of the same size.
    private static int FirstSetLane(Vector<ushort> found) => Vector<ushort>.Count switch
    {
        8 => BitOperations.TrailingZeroCount(found.AsVector128().ExtractMostSignificantBits()),
        16 => BitOperations.TrailingZeroCount(found.AsVector256().ExtractMostSignificantBits()),
        _ => BitOperations.TrailingZeroCount(found.AsVector512().ExtractMostSignificantBits()),
    };
}
