using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DocSchema.Runtime.Collections;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>Splits a text, or a region of it, into <see cref="Block"/>s.</summary>
public static class BlockSplitter
{
    /// <summary>
    /// The blocks of <paramref name="region"/> (the whole text when null) in <paramref name="mode"/>.
    /// Line breaks are LF, CRLF, CR, U+2028, U+2029 and U+0085; a line holding only white space
    /// (including U+3000 and zero-width marks) is blank. Runs in time linear in the region's length.
    /// </summary>
    /// <remarks>
    /// When <see cref="SplitOnce"/> has already split the whole of <paramref name="source"/> in the
    /// same mode (a schema's <c>Score</c>, with <c>--schema auto</c>), the whole text's blocks are a
    /// copy of those instead of a second split. The whole text in paragraphs is made of its lines,
    /// which are kept with <paramref name="source"/>: the lines of a region that runs from the start
    /// of one of them to the end of the text (the boilerplate whose teasers a schema reads line by
    /// line) are then a copy of those too, not a second reading of the characters.
    /// </remarks>
    public static Block[] Split(SourceText source, BlockMode mode, TextSpan? region = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var span = CheckRegion(source, region, nameof(region));
        var paragraphs = ResolveCore(source, mode, span) == BlockMode.Paragraphs;
        if (region is null)
        {
            if (Kept(source, paragraphs) is { } kept) return kept.AsSpan().ToArray();
            if (paragraphs) return ParagraphsOf(WholeLines(source));
        }
        else if (!paragraphs && LineStartingAt(source.LineBlocks, source, span) is var at and >= 0)
        {
            // What a reading of the region gives, except that its first line follows the region's
            // start, which counts as a blank line.
            var lines = source.LineBlocks.AsSpan(at).ToArray();
            lines[0] = lines[0] with { FollowsBlankLine = true };
            return lines;
        }

        return SplitCore(source, paragraphs, span);
    }

    /// <summary>
    /// The lines of <paramref name="region"/>, as <see cref="Split"/> gives them in
    /// <see cref="BlockMode.Lines"/>, read-only: when the region runs from a line that follows a
    /// blank line to the end of the text and the whole text's lines are kept with
    /// <paramref name="source"/> (by <see cref="SplitOnce"/>, or a <see cref="Split"/> of the whole
    /// text into paragraphs), a view of those, with nothing copied; else a split of the region. A
    /// generated parser calls <see cref="Patterns.ParseContext.LinesOf"/>, which also views the lines
    /// its parse borrowed.
    /// </summary>
    public static ReadOnlySpan<Block> LinesOf(SourceText source, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(source);
        return LinesOf(source, region, source.LineBlocks);
    }

    /// <summary>
    /// <see cref="LinesOf(SourceText, TextSpan)"/> with <paramref name="wholeLines"/> as the whole
    /// text's lines to view (the kept ones, or those a <see cref="ParseBlocks"/> borrowed; empty
    /// when there are none).
    /// </summary>
    internal static ReadOnlySpan<Block> LinesOf(SourceText source, TextSpan region, ReadOnlySpan<Block> wholeLines)
    {
        var span = CheckRegion(source, region, nameof(region));
        if (LineStartingAt(wholeLines, source, span) is var at and >= 0 && wholeLines[at].FollowsBlankLine)
            return wholeLines[at..];
        return Split(source, BlockMode.Lines, span);
    }

    /// <summary>
    /// The whole text's blocks in <paramref name="mode"/>, split at most once per
    /// <paramref name="source"/> and mode and kept with it, read-only; a later
    /// <see cref="Split"/> of the whole text in the same mode copies them instead of splitting again.
    /// </summary>
    /// <remarks>
    /// For a schema's <c>Score</c>: under <c>--schema auto</c> the chosen schema then parses the same
    /// <see cref="SourceText"/>, and its <see cref="Patterns.ParseContext.SplitBlocks"/> reads these
    /// blocks in place. A parse on its own keeps nothing with the text: it borrows its blocks from
    /// the shared pool and gives them back.
    /// </remarks>
    public static ReadOnlyMemory<Block> SplitOnce(SourceText source, BlockMode mode)
    {
        ArgumentNullException.ThrowIfNull(source);
        var span = new TextSpan(0, source.Length);
        var paragraphs = ResolveCore(source, mode, span) == BlockMode.Paragraphs;

        // Filled at most once per text and mode, up to a race between threads that would store
        // equal arrays; no caller can write to it (Split hands out copies, a parse reads it in
        // place), so it never changes.
        // Paragraphs are made of the lines, as in Split, so that the lines are kept too.
        return paragraphs ? source.ParagraphBlocks ??= ParagraphsOf(WholeLines(source)) : WholeLines(source);
    }

    // The whole text's lines, split once and kept with it.
    private static Block[] WholeLines(SourceText source) =>
        source.LineBlocks ??= SplitCore(source, paragraphs: false, new TextSpan(0, source.Length));

    // The paragraphs of a text from its lines (in line mode): a paragraph is a run of lines whose
    // first follows a blank line (or the start) and whose others do not; it spans the first line's
    // content start to the last one's content end, as SplitCore's paragraph mode takes it.
    private static Block[] ParagraphsOf(Block[] lines)
    {
        var result = new Block[ParagraphCount(lines)];
        FillParagraphs(lines, result);
        return result;
    }

    /// <summary>
    /// The paragraphs made of <paramref name="lines"/> (the whole text's, in line mode), as
    /// <see cref="Split"/> gives them, in an array borrowed from the shared pool that may be longer
    /// than them: the first <paramref name="count"/> are theirs. For <see cref="ParseBlocks"/>, which gives it back.
    /// </summary>
    internal static Block[] BorrowParagraphsOf(ReadOnlySpan<Block> lines, out int count)
    {
        count = ParagraphCount(lines);
        var result = ArrayPool<Block>.Shared.Rent(count);
        FillParagraphs(lines, result);
        return result;
    }

    /// <summary>
    /// The whole text's lines, as <see cref="Split"/> gives them in <see cref="BlockMode.Lines"/>, in
    /// an array borrowed from the shared pool that may be longer than them: the first
    /// <paramref name="count"/> are theirs. For <see cref="ParseBlocks"/>, which gives it back.
    /// </summary>
    internal static Block[] BorrowWholeLines(SourceText source, out int count) =>
        Collect(source.Text, paragraphs: false, new TextSpan(0, source.Length)).Borrowed(out count);

    private static int ParagraphCount(ReadOnlySpan<Block> lines)
    {
        int count = 0;
        foreach (var line in lines)
            if (line.FollowsBlankLine) count++;
        return count;
    }

    // Writes the paragraphs of `lines` to the start of `result`.
    private static void FillParagraphs(ReadOnlySpan<Block> lines, Span<Block> result)
    {
        int last = -1;
        foreach (var line in lines)
        {
            // The first line of a text always follows its start, so `last` is set before it is extended.
            var span = line.Span;
            if (line.FollowsBlankLine) result[++last] = new Block(span.Start, span.Length, followsBlankLine: true);
            else
            {
                int start = result[last].Span.Start;
                result[last] = new Block(start, span.End - start, followsBlankLine: true);
            }
        }
    }

    // The index of the line of the whole text's `lines` (the kept ones, or a parse's; empty when
    // there are none) whose content starts where `region` starts, when the region runs to the end
    // of the text, or -1: then the lines from there on are the region's.
    private static int LineStartingAt(ReadOnlySpan<Block> lines, SourceText source, TextSpan region) =>
        region.End == source.Length ? Block.IndexStartingAt(lines, region.Start) : -1;

    // The field of source that keeps its whole text's blocks in the mode.
    private static ref Block[]? Kept(SourceText source, bool paragraphs) => ref paragraphs ? ref source.ParagraphBlocks : ref source.LineBlocks;

    private static Block[] SplitCore(SourceText source, bool paragraphs, TextSpan span) =>
        Collect(source.Text, paragraphs, span).ToArrayAndReturn();

    // The blocks of `span`, in a collector whose buffer is borrowed from the shared pool.
    private static BlockCollector Collect(string text, bool paragraphs, TextSpan span)
    {
        var blocks = new BlockCollector(paragraphs);
        int rest = span.Start;
        if (!(Vector256.IsHardwareAccelerated && TryCollectLineFeedOnly(text, span, ref blocks, out rest)))
        {
            // Another line break than LF (CR LF, most often), or no vectors: the reader, line by
            // line, from the first line not yet collected.
            var reader = new LineReader(text, TextSpan.FromBounds(rest, span.End));
            while (reader.MoveNext()) blocks.Add(reader.Current);
        }

        return blocks;
    }

    // The lines of a region whose only line break is LF, each given to `blocks` trimmed; false as
    // soon as another break turns up, with `rest` where the first line not given starts (every
    // line before it ended at an LF of a vector with no other break, so a reader goes on from
    // there; starting the region again read it twice over for one late CR LF or U+2028). The
    // breaks are found sixteen characters at a time and taken from a bit mask, which also tells
    // whether any other break is among them. The reader searched for the other breaks over the
    // whole region first, then called a search for each line's LF, with its state on the stack:
    // about 110 instructions a line of the teaser-heavy page, whose lines are 14 characters long,
    // against about 60 here (the collector's state and the line's bounds still go through the
    // stack). Inlined, with the collector's methods: 0.35 % fewer instructions on that page. Tried
    // and dropped: the line feeds found first by a loop of their own, a batch at a time (more
    // instructions on every page), and long lines skipped by one (fewer on English pages, more on
    // Chinese ones, whose lines are a few vectors long).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCollectLineFeedOnly(string text, TextSpan span, ref BlockCollector blocks, out int rest)
    {
        var region = text.AsSpan(span.Start, span.Length);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(region));
        var lineFeed = Vector256.Create((ushort)'\n');
        var carriageReturn = Vector256.Create((ushort)'\r');
        var nextLine = Vector256.Create((ushort)'\u0085');
        var separators = Vector256.Create((ushort)'\u2028'); // and U+2029, whose low bit is cleared
        int lineStart = 0, i = 0;
        for (; region.Length - i >= Vector256<ushort>.Count; i += Vector256<ushort>.Count)
        {
            var vector = Vector256.LoadUnsafe(ref chars, (nuint)i);
            var other = Vector256.Equals(vector, carriageReturn) | Vector256.Equals(vector, nextLine) | Vector256.Equals(vector & Vector256.Create((ushort)0xFFFE), separators);
            if (other != Vector256<ushort>.Zero)
            {
                rest = span.Start + lineStart;
                return false;
            }

            // Two bits a character (the mask of its two bytes), cleared a pair at a time.
            for (uint feeds = Vector256.Equals(vector, lineFeed).AsByte().ExtractMostSignificantBits(); feeds != 0; feeds &= feeds - 1, feeds &= feeds - 1)
            {
                int at = i + (BitOperations.TrailingZeroCount(feeds) >> 1);
                blocks.Add(LineReader.Trimmed(region[lineStart..at], span.Start + lineStart));
                lineStart = at + 1;
            }
        }

        for (; i < region.Length; i++)
        {
            if (region[i] == '\n')
            {
                blocks.Add(LineReader.Trimmed(region[lineStart..i], span.Start + lineStart));
                lineStart = i + 1;
            }
            else if (LineBreaks.IsLineBreak(region[i]))
            {
                rest = span.Start + lineStart;
                return false;
            }
        }

        // The last line, empty (blank) after a final LF, as the reader gives it.
        blocks.Add(LineReader.Trimmed(region[lineStart..], span.Start + lineStart));
        rest = span.End;
        return true;
    }

    /// <summary>The mode <see cref="BlockMode.Auto"/> resolves to for <paramref name="region"/>.</summary>
    public static BlockMode Resolve(SourceText source, BlockMode mode, TextSpan? region = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ResolveCore(source, mode, CheckRegion(source, region, nameof(region)));
    }

    /// <summary>The spans of the non-blank lines of <paramref name="span"/> (each trimmed), in order.</summary>
    public static IReadOnlyList<TextSpan> Lines(SourceText source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = new List<TextSpan>();
        var reader = new LineReader(source.Text, CheckRegion(source, span, nameof(span)));
        while (reader.MoveNext())
            if (!reader.IsBlank) lines.Add(reader.Current);
        return lines;
    }

    private static BlockMode ResolveCore(SourceText source, BlockMode mode, TextSpan region)
    {
        switch (mode)
        {
            case BlockMode.Paragraphs:
            case BlockMode.Lines:
                return mode;
            case BlockMode.Auto:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a BlockMode");
        }

        // Paragraphs as soon as a non-blank line follows a blank line that follows a non-blank
        // line; blank lines before the first or after the last text line do not separate anything.
        var reader = new LineReader(source.Text, region);
        bool seenText = false, blankAfterText = false;
        while (reader.MoveNext())
        {
            if (reader.IsBlank)
            {
                blankAfterText |= seenText;
            }
            else
            {
                if (blankAfterText) return BlockMode.Paragraphs;
                seenText = true;
            }
        }
        return BlockMode.Lines;
    }

    private static TextSpan CheckRegion(SourceText source, TextSpan? region, string paramName)
    {
        if (region is not { } span) return new TextSpan(0, source.Length);

        // Unsigned comparisons reject negative starts and lengths, and cannot overflow.
        if ((uint)span.Start > (uint)source.Length || (uint)span.Length > (uint)(source.Length - span.Start))
            throw new ArgumentOutOfRangeException(paramName, span, "the span must lie inside the text");
        return span;
    }

    // The blocks of a region's lines, given one at a time in order (trimmed: empty for a blank
    // line), by either way SplitCore finds them.
    private struct BlockCollector(bool paragraphs)
    {
        // Collected in a pooled buffer: the blocks are returned as one array of their exact size,
        // the only allocation (a growing list allocated about three times that on every parse), or
        // in the buffer itself, for a parse that gives it back (ParseBlocks).
        private PooledList<Block> _blocks = new(64);

        // The start of the region counts as a blank line: the first block never continues a line.
        private bool _afterBlank = true;

        // The paragraph being collected: from the first non-blank line's content start to the
        // last one's content end, which is the trimmed span of the whole run.
        private int _runStart = -1, _runEnd = -1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(TextSpan line)
        {
            if (line.IsEmpty)
            {
                if (_runStart >= 0)
                {
                    _blocks.Add(new Block(_runStart, _runEnd - _runStart, followsBlankLine: true));
                    _runStart = -1;
                }

                _afterBlank = true;
                return;
            }

            if (paragraphs)
            {
                // Only the first line of a run decides whether a blank line comes before it,
                // and in this mode that is always so.
                if (_runStart < 0) _runStart = line.Start;
                _runEnd = line.End;
            }
            else
            {
                _blocks.Add(new Block(line.Start, line.Length, _afterBlank));
            }

            _afterBlank = false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Block[] ToArrayAndReturn()
        {
            Finish();
            return _blocks.ToArrayAndReturn();
        }

        // The buffer itself, kept borrowed: the caller gives it back to the shared pool.
        public Block[] Borrowed(out int count)
        {
            Finish();
            return _blocks.Borrowed(out count);
        }

        // The paragraph still being collected, when the region ends in one.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Finish()
        {
            if (_runStart >= 0) _blocks.Add(new Block(_runStart, _runEnd - _runStart, followsBlankLine: true));
        }
    }
}
