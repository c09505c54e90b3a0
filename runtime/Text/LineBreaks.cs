using System.Buffers;
using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Text;

/// <summary>
/// The line breaks of the schema language: LF, CRLF, CR, U+2028, U+2029 and U+0085. One place
/// defines them so that block splitting, the <c>any</c>/<c>newline</c> classes and line numbers agree.
/// </summary>
internal static class LineBreaks
{
    /// <summary>Every character that starts a line break, for vectorized searches.</summary>
    internal static readonly SearchValues<char> Chars = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>True when <paramref name="c"/> starts a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// The breaks other than LF: in text with none of them (most text) a line ends at the next LF,
    /// found by the fastest search there is, and there are as many lines as LFs plus one.
    /// </summary>
    internal static readonly SearchValues<char> OtherThanLineFeed = SearchValues.Create("\r\u0085\u2028\u2029");

    /// <summary>
    /// How many lines <paramref name="text"/> holds: its line breaks plus one (CR LF is one break).
    /// Counted with one vectorized pass when LF is the only break, the usual case.
    /// </summary>
    internal static int CountLines(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(OtherThanLineFeed) < 0) return text.Count('\n') + 1;
        int lines = 1;
        for (int pos = 0; pos < text.Length;)
        {
            int next = text[pos..].IndexOfAny(Chars);
            if (next < 0) break;
            pos += next;
            pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            lines++;
        }

        return lines;
    }

    /// <summary>
    /// The number of code units of the line break at <paramref name="pos"/>: 2 for CRLF, 1 for the
    /// others, 0 when there is none (or <paramref name="pos"/> is not before <paramref name="limit"/>).
    /// A CR whose LF lies at or past <paramref name="limit"/> is a break of its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LengthAt(string text, int pos, int limit)
    {
        if ((uint)pos >= (uint)limit) return 0;
        var c = text[pos];
        if (c == '\r') return pos + 1 < limit && text[pos + 1] == '\n' ? 2 : 1;
        return IsLineBreak(c) ? 1 : 0;
    }
}
