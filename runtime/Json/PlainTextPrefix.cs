using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DocSchema.Runtime.Json;

/// <summary>
/// How much of a string's start is characters that <see cref="SupplementaryAsIsEncoder"/> writes as
/// they are, found 8 or 16 at a time: printable ASCII but <c>"</c> and <c>\</c>, Latin-1 letters
/// and signs, the dashes, quotation marks and ellipsis of General Punctuation, CJK punctuation,
/// the unified Han block and full-width ASCII.
/// </summary>
/// <remarks>
/// The relaxed encoder the writer asks finds the first character to escape with a vectorized
/// search over ASCII only; in Chinese text it looks every character up in a bitmap of its own. These
/// ranges hold nearly every character of Chinese news (Han, its punctuation, full-width forms and
/// the curly quotes), so such a string is usually found to need no escaping without that lookup.
/// The ranges are a subset of what the relaxed encoder leaves alone (a test checks every UTF-16
/// unit), so the answer never changes.
/// </remarks>
internal static class PlainTextPrefix
{
    /// <summary>
    /// The shortest text <see cref="Length"/> reads: one 128-bit vector, 8 characters (none without
    /// vectors). From 16 characters on, 256-bit vectors are used where the machine has them.
    /// </summary>
    public static int MinimumLength => Vector128.IsHardwareAccelerated ? Vector128<ushort>.Count : int.MaxValue;

    /// <summary>
    /// The length of the longest prefix of <paramref name="text"/> in the ranges when the text is at
    /// least <see cref="MinimumLength"/> long, else 0: the relaxed encoder looks a few characters up
    /// faster than the ranges test them one by one.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count) return LengthBy256Bits(text);
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count) return LengthBy128Bits(text);
        return 0;
    }

    /// <summary><see cref="Length"/> with 256-bit vectors, for a text of 16 characters or more.</summary>
    internal static int LengthBy256Bits(ReadOnlySpan<char> text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, Vector256<ushort>.Count);
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int last = text.Length - Vector256<ushort>.Count;
        for (int i = 0; ; i = Math.Min(i + Vector256<ushort>.Count, last))
        {
            // The last vector overlaps the one before it, whose characters are all plain.
            uint outside = ~IsPlain(Vector256.LoadUnsafe(ref start, (nuint)i)).ExtractMostSignificantBits() & 0xFFFF;
            if (outside != 0) return i + BitOperations.TrailingZeroCount(outside);
            if (i == last) return text.Length;
        }
    }

    /// <summary><see cref="Length"/> with 128-bit vectors, for a text of 8 characters or more.</summary>
    internal static int LengthBy128Bits(ReadOnlySpan<char> text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, Vector128<ushort>.Count);
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int last = text.Length - Vector128<ushort>.Count;
        for (int i = 0; ; i = Math.Min(i + Vector128<ushort>.Count, last))
        {
            uint outside = ~IsPlain(Vector128.LoadUnsafe(ref start, (nuint)i)).ExtractMostSignificantBits() & 0xFF;
            if (outside != 0) return i + BitOperations.TrailingZeroCount(outside);
            if (i == last) return text.Length;
        }
    }

    /// <summary>True when <paramref name="c"/> is in the ranges.</summary>
    public static bool IsPlain(char c) =>
        (c is >= ' ' and <= '~' && c is not ('"' or '\\'))
        || c is >= '\u00A1' and <= '\u00FF'
        || c is >= '\u2010' and <= '\u2027'
        || c is >= '\u3001' and <= '\u303F'
        || c is >= '\u4E00' and <= '\u9FFF'
        || c is >= '\uFF01' and <= '\uFF5E';

    private static Vector256<ushort> IsPlain(Vector256<ushort> c) =>
        (InRange(c, ' ', '~') & ~Vector256.Equals(c, Vector256.Create((ushort)'"')) & ~Vector256.Equals(c, Vector256.Create((ushort)'\\')))
        | InRange(c, '\u00A1', '\u00FF')
        | InRange(c, '\u2010', '\u2027')
        | InRange(c, '\u3001', '\u303F')
        | InRange(c, '\u4E00', '\u9FFF')
        | InRange(c, '\uFF01', '\uFF5E');

    private static Vector128<ushort> IsPlain(Vector128<ushort> c) =>
        (InRange(c, ' ', '~') & ~Vector128.Equals(c, Vector128.Create((ushort)'"')) & ~Vector128.Equals(c, Vector128.Create((ushort)'\\')))
        | InRange(c, '\u00A1', '\u00FF')
        | InRange(c, '\u2010', '\u2027')
        | InRange(c, '\u3001', '\u303F')
        | InRange(c, '\u4E00', '\u9FFF')
        | InRange(c, '\uFF01', '\uFF5E');

    // first <= c <= last as one unsigned comparison: c - first wraps around below first.
    private static Vector256<ushort> InRange(Vector256<ushort> c, char first, char last) =>
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)first), Vector256.Create((ushort)(last - first)));

    private static Vector128<ushort> InRange(Vector128<ushort> c, char first, char last) =>
        Vector128.LessThanOrEqual(c - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));
}
