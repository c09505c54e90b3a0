using System.Numerics;
using System.Runtime.CompilerServices;

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
/// seventeenth round of docs/performance-history.md).</para>
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <summary>The index of the last character of <paramref name="text"/> in the set, or -1.</summary>
    public int LastIndexOfAny(ReadOnlySpan<char> text) =>
        Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count ? LastIndexOfAnyVector(text) : LastIndexOfAnyScalar(text);

    /// <summary>As <see cref="LastIndexOfAny"/>, one character at a time (a text shorter than a vector).</summary>
    internal int LastIndexOfAnyScalar(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
            if (Contains(text[i])) return i;
        return -1;
    }

    /// <summary>As <see cref="LastIndexOfAny"/>, a <see cref="Vector{T}"/> at a time, for a text of at least one vector.</summary>
    internal int LastIndexOfAnyVector(ReadOnlySpan<char> text) => VectorCharSearch.IndexOfLast(text, new EightComparisons(this));

    /// <summary>
    /// As <see cref="IndexOfAny"/>, a <see cref="Vector{T}"/> at a time (sixteen characters with
    /// AVX2, eight on Arm), for a text of at least one vector.
    /// </summary>
    internal int IndexOfAnyVector(ReadOnlySpan<char> text) => VectorCharSearch.IndexOfFirst(text, new EightComparisons(this));

    // The eight characters broadcast once a search, each vector compared with all of them.
    private readonly struct EightComparisons : IVectorCharTest
    {
        private readonly Vector<ushort> _v0, _v1, _v2, _v3, _v4, _v5, _v6, _v7;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public EightComparisons(SmallCharSet set) =>
            (_v0, _v1, _v2, _v3, _v4, _v5, _v6, _v7) = (new(set._c0), new(set._c1), new(set._c2), new(set._c3), new(set._c4), new(set._c5), new(set._c6), new(set._c7));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector<ushort> Matches(Vector<ushort> chars) =>
            (Vector.Equals(chars, _v0) | Vector.Equals(chars, _v1)) | (Vector.Equals(chars, _v2) | Vector.Equals(chars, _v3))
            | ((Vector.Equals(chars, _v4) | Vector.Equals(chars, _v5)) | (Vector.Equals(chars, _v6) | Vector.Equals(chars, _v7)));
    }
}
