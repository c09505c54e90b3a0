using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DocSchema.Runtime.Json;

/// <summary>
/// How much of a string's start is characters that <see cref="SupplementaryAsIsEncoder"/> writes as
/// they are, found a vector at a time: printable ASCII but <c>"</c> and <c>\</c>, Latin-1 letters
/// and signs, the dashes, quotation marks and ellipsis of General Punctuation, CJK punctuation,
/// the unified Han block and full-width ASCII. <see cref="CompactJsonBuffer"/> writes text in
/// them eight characters at a time.
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
    private const int Width = 8;

    /// <summary>
    /// The shortest text <see cref="Length"/> reads: one vector of eight characters (none without
    /// vectors).
    /// </summary>
    public static int MinimumLength => Vector128.IsHardwareAccelerated ? Width : int.MaxValue;

    /// <summary>
    /// The length of the longest prefix of <paramref name="text"/> in the ranges when the text is at
    /// least <see cref="MinimumLength"/> long, else 0: the relaxed encoder looks a few characters up
    /// faster than the ranges test them one by one.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (text.Length < MinimumLength) return 0;
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int last = text.Length - Width;
        for (int i = 0; ; i = Math.Min(i + Width, last))
        {
            // The last vector overlaps the one before it, whose characters are all plain.
            var chars = Vector128.LoadUnsafe(ref start, (nuint)i);
            if (!All(Plain(chars)))
            {
                // Once a string: which of this vector's characters is the first outside.
                while (IsPlain(text[i])) i++;
                return i;
            }

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

    private static Vector128<ushort> Plain(Vector128<ushort> c) => PrintableAscii(c) | InRange(c, '\u00A1', '\u00FF') | PlainThreeByte(c);

    /// <summary>All bits set in each lane holding printable ASCII other than <c>"</c> and <c>\</c> (one byte in UTF-8).</summary>
    public static Vector128<ushort> PrintableAscii(Vector128<ushort> c) =>
        InRange(c, ' ', '~') & ~Vector128.Equals(c, Vector128.Create((ushort)'"')) & ~Vector128.Equals(c, Vector128.Create((ushort)'\\'));

    /// <summary>As <see cref="PrintableAscii(Vector128{ushort})"/>, for sixteen characters.</summary>
    public static Vector256<ushort> PrintableAscii(Vector256<ushort> c) =>
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)' '), Vector256.Create((ushort)('~' - ' ')))
        & ~Vector256.Equals(c, Vector256.Create((ushort)'"')) & ~Vector256.Equals(c, Vector256.Create((ushort)'\\'));

    /// <summary>All bits set in each lane holding a character of the ranges that takes three UTF-8 bytes (punctuation, CJK, full-width forms).</summary>
    public static Vector128<ushort> PlainThreeByte(Vector128<ushort> c) =>
        InRange(c, '\u2010', '\u2027')
        | InRange(c, '\u3001', '\u303F')
        | InRange(c, '\u4E00', '\u9FFF')
        | InRange(c, '\uFF01', '\uFF5E');

    private static bool All(Vector128<ushort> mask) => mask == Vector128<ushort>.AllBitsSet;

    // first <= c <= last as one unsigned comparison: c - first wraps around below first.
    private static Vector128<ushort> InRange(Vector128<ushort> c, char first, char last) =>
        Vector128.LessThanOrEqual(c - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));
}
