using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>
/// Walks the lines of a region one at a time, giving each line's content without its line break
/// and trimmed (<see cref="SourceText.Trim"/>); a blank line gives an empty span. Every character
/// of the region is looked at a constant number of times, so a walk is linear in the region's length.
/// </summary>
internal struct LineReader
{
    private readonly string _text;
    private readonly int _end;
    private int _next;

    // True when LF is the region's only line break: each line is then found with IndexOf('\n'),
    // which on short lines costs about half the search for any of the five breaks.
    private readonly bool _lineFeedOnly;

    /// <summary>Starts before the first line of <paramref name="region"/> of <paramref name="text"/>.</summary>
    internal LineReader(string text, TextSpan region)
    {
        _text = text;
        _end = region.End;
        _next = region.Start;
        _lineFeedOnly = text.AsSpan(region.Start, region.Length).IndexOfAny(LineBreaks.OtherThanLineFeed) < 0;
    }

    /// <summary>The current line's trimmed content; empty (at the line's start) when the line is blank.</summary>
    internal TextSpan Current { get; private set; }

    /// <summary>True when the current line holds nothing but trimmable characters.</summary>
    internal readonly bool IsBlank => Current.IsEmpty;

    /// <summary>Moves to the next line; false when the region has no more lines.</summary>
    /// <remarks>
    /// Text after the last line break (possibly empty) is a line too, as in
    /// <see cref="SourceText.GetLinePosition"/>; it can only add a blank line at the end, which no
    /// caller distinguishes from none.
    /// </remarks>
    // Inlined into the walks, whose loops make the searches' calls anyway: as a call of its own at
    // every line, it saved and restored seven registers (0.9 k of an Oriental Daily page's 545 k
    // instructions, docs/performance-history.md, twentieth round).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MoveNext()
    {
        var start = _next;
        if (start > _end) return false;

        var rest = _text.AsSpan(start, _end - start);
        // A line that is empty at once (the blank line after each paragraph of a Chinese page) is
        // told by its first character, without the search's call.
        var length = _lineFeedOnly ? (rest.Length > 0 && rest[0] == '\n' ? 0 : rest.IndexOf('\n')) : rest.IndexOfAny(LineBreaks.Chars);
        if (length < 0)
        {
            length = rest.Length;
            _next = _end + 1;
        }
        else
        {
            // Where LF is the only break, the one found is a single character: no test of which break it is.
            _next = start + length + (_lineFeedOnly ? 1 : LineBreaks.LengthAt(_text, start + length, _end));
        }

        Current = Trimmed(rest[..length], start);
        return true;
    }

    /// <summary>
    /// The content of <paramref name="line"/> (which starts at <paramref name="start"/>) without its
    /// leading and trailing trimmable characters; empty at <paramref name="start"/> for a blank line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TextSpan Trimmed(ReadOnlySpan<char> line, int start)
    {
        // Most lines start and end with text: two character tests spare the two searches. An empty
        // line (nearly half of a Chinese page's, which leave a blank line between paragraphs) needs
        // no search at all.
        var first = line.Length == 0 ? -1 : !SourceText.IsTrimmable(line[0]) ? 0 : line.IndexOfAnyExcept(TrimmableChars.Chars);
        return first < 0
            ? new TextSpan(start, 0)
            : TextSpan.FromBounds(start + first, start + (SourceText.IsTrimmable(line[^1]) ? line.LastIndexOfAnyExcept(TrimmableChars.Chars) + 1 : line.Length));
    }
}
