using System.Numerics;
using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Finds the next quote mark (any character <see cref="QuoteMarks.Classify"/> names one) by testing
/// each vector of the text against the marks' nine runs of code points.
/// </summary>
/// <remarks>
/// <para>Why not <see cref="System.Buffers.SearchValues{T}"/>: for these nineteen characters, two of
/// them ASCII, it builds a probabilistic map behind an ASCII search. In English the ASCII search stops
/// at every non-ASCII character and hands over to the map; in Chinese the map answers "maybe" for many
/// characters and checks each against the list. The marks lie in nine runs (" ' ‘’ “” 「」『』 〝〞〟
/// ﹁﹂﹃﹄ ＂ ＇), which a vector tests exactly with a few comparisons in either script.</para>
/// <para>Kept in step with <see cref="QuoteMarks.IsMark"/>, which tests the same runs one character
/// at a time, by a test that asks both about every UTF-16 code unit alone at every lane of a vector.</para>
/// </remarks>
internal static class QuoteMarkSearch
{
    /// <summary>The index of the first quote mark in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfAny(ReadOnlySpan<char> text) =>
        Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count ? IndexOfAnyVector(text) : IndexOfAnyScalar(text);

    /// <summary>As <see cref="IndexOfAny"/>, one character at a time (a text shorter than a vector).</summary>
    internal static int IndexOfAnyScalar(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (QuoteMarks.IsMark(text[i])) return i;
        return -1;
    }

    /// <summary>As <see cref="IndexOfAny"/>, a <see cref="Vector{T}"/> at a time, for a text of at least one vector.</summary>
    internal static int IndexOfAnyVector(ReadOnlySpan<char> text) => VectorCharSearch.IndexOfFirst(text, default(MarkRuns));

    // The lanes that hold a mark, as QuoteMarks.IsMark tests them (x ≤ n unsigned as min(x, n) == x).
    private readonly struct MarkRuns : IVectorCharTest
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector<ushort> Matches(Vector<ushort> c)
        {
            // English is mostly vectors of ASCII alone, where only " and ' can be marks.
            var straight = Vector.Equals(c, new Vector<ushort>('"')) | Vector.Equals(c, new Vector<ushort>('\''));
            if ((c & new Vector<ushort>(0xFF80)) == Vector<ushort>.Zero) return straight;

            var fullWidth = Vector.Equals(c, new Vector<ushort>(0xFF02)) | Vector.Equals(c, new Vector<ushort>(0xFF07));
            var curly = Vector.Equals(c & new Vector<ushort>(0xFFFA), new Vector<ushort>(0x2018))
                | Vector.Equals(c & new Vector<ushort>(0xFFFC), new Vector<ushort>(0x300C));
            var ornamental = c - new Vector<ushort>(0x301D);
            var vertical = c - new Vector<ushort>(0xFE41);
            var runs = Vector.Equals(Vector.Min(ornamental, new Vector<ushort>(0x301F - 0x301D)), ornamental)
                | Vector.Equals(Vector.Min(vertical, new Vector<ushort>(0xFE44 - 0xFE41)), vertical);
            return (straight | fullWidth) | (curly | runs);
        }
    }
}
