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
/// "maybe" for many characters and checks each against the list, and in English text switches from
/// its ASCII search to the map at the first curly quotation mark. Eight comparisons a vector are
/// exact and cost the same in either language: about 1.3 instructions a character against 2–3
/// (the seventeenth round of docs/performance.md).</para>
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
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count) return IndexOfAny256(text);
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count) return IndexOfAny128(text);
        return IndexOfAnyScalar(text);
    }

    /// <summary>As <see cref="IndexOfAny"/>, one character at a time (a text shorter than a vector).</summary>
    internal int IndexOfAnyScalar(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (Contains(text[i])) return i;
        return -1;
    }

    /// <summary>
    /// As <see cref="IndexOfAny"/>, sixteen characters at a time, for a text of at least sixteen.
    /// The last vector ends at the text's end, over characters the one before it found none in (so
    /// a match there is still the first).
    /// </summary>
    internal int IndexOfAny256(ReadOnlySpan<char> text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, Vector256<ushort>.Count, nameof(text));
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector256<ushort> v0 = Vector256.Create((ushort)_c0), v1 = Vector256.Create((ushort)_c1), v2 = Vector256.Create((ushort)_c2),
            v3 = Vector256.Create((ushort)_c3), v4 = Vector256.Create((ushort)_c4), v5 = Vector256.Create((ushort)_c5),
            v6 = Vector256.Create((ushort)_c6), v7 = Vector256.Create((ushort)_c7);
        int last = text.Length - Vector256<ushort>.Count;
        for (int i = 0; ; i = Math.Min(i + Vector256<ushort>.Count, last))
        {
            var chars = Vector256.LoadUnsafe(ref start, (nuint)i);
            var found = (Vector256.Equals(chars, v0) | Vector256.Equals(chars, v1)) | (Vector256.Equals(chars, v2) | Vector256.Equals(chars, v3))
                | ((Vector256.Equals(chars, v4) | Vector256.Equals(chars, v5)) | (Vector256.Equals(chars, v6) | Vector256.Equals(chars, v7)));
            if (found != Vector256<ushort>.Zero) return i + BitOperations.TrailingZeroCount(found.ExtractMostSignificantBits());
            if (i == last) return -1;
        }
    }

    /// <summary>As <see cref="IndexOfAny256"/>, eight characters at a time, for a text of at least eight.</summary>
    internal int IndexOfAny128(ReadOnlySpan<char> text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, Vector128<ushort>.Count, nameof(text));
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> v0 = Vector128.Create((ushort)_c0), v1 = Vector128.Create((ushort)_c1), v2 = Vector128.Create((ushort)_c2),
            v3 = Vector128.Create((ushort)_c3), v4 = Vector128.Create((ushort)_c4), v5 = Vector128.Create((ushort)_c5),
            v6 = Vector128.Create((ushort)_c6), v7 = Vector128.Create((ushort)_c7);
        int last = text.Length - Vector128<ushort>.Count;
        for (int i = 0; ; i = Math.Min(i + Vector128<ushort>.Count, last))
        {
            var chars = Vector128.LoadUnsafe(ref start, (nuint)i);
            var found = (Vector128.Equals(chars, v0) | Vector128.Equals(chars, v1)) | (Vector128.Equals(chars, v2) | Vector128.Equals(chars, v3))
                | ((Vector128.Equals(chars, v4) | Vector128.Equals(chars, v5)) | (Vector128.Equals(chars, v6) | Vector128.Equals(chars, v7)));
            if (found != Vector128<ushort>.Zero) return i + BitOperations.TrailingZeroCount(found.ExtractMostSignificantBits());
            if (i == last) return -1;
        }
    }
}
