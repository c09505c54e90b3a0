using System.Buffers;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>
/// The whole text's blocks and lines for one parse (<see cref="Patterns.ParseContext.SplitBlocks"/>):
/// read in place from the arrays <see cref="BlockSplitter.SplitOnce"/> kept with the text when a
/// schema's <c>Score</c> split it, else split into arrays borrowed from the shared pool, which
/// <see cref="Release"/> gives back.
/// </summary>
/// <remarks>
/// A parse of its own allocated two arrays of blocks: the lines, kept with the text so that the
/// teasers' walk could view them, and the paragraphs made of them (about 1.3 KB of an Oriental
/// Daily parse, 7.8 KB of the teaser-heavy page's). Neither is part of the article, and nothing
/// reads them once the parse has walked its blocks, so they can be lent. Under <c>--schema auto</c>
/// the kept arrays are read where they are, where <see cref="BlockSplitter.Split"/> copied them.
/// </remarks>
internal struct ParseBlocks
{
    private Block[]? _blocks, _lines;
    private int _blockCount, _lineCount;
    private bool _blocksBorrowed, _linesBorrowed;
    private BlockCursor? _cursor;

    /// <summary>The whole text's blocks in <paramref name="mode"/>, with a cursor at the first.</summary>
    public BlockCursor Split(SourceText source, BlockMode mode)
    {
        if (_cursor is not null) throw new InvalidOperationException("this parse has already split its text into blocks");
        bool paragraphs = BlockSplitter.Resolve(source, mode) == BlockMode.Paragraphs;

        // Lines first: paragraphs are made of them, and the teasers' walk views them.
        if (source.LineBlocks is { } keptLines) (_lines, _lineCount) = (keptLines, keptLines.Length);
        else
        {
            _lines = BlockSplitter.BorrowWholeLines(source, out _lineCount);
            _linesBorrowed = true;
        }

        if (!paragraphs) (_blocks, _blockCount) = (_lines, _lineCount);
        else if (source.ParagraphBlocks is { } keptParagraphs) (_blocks, _blockCount) = (keptParagraphs, keptParagraphs.Length);
        else
        {
            _blocks = BlockSplitter.BorrowParagraphsOf(_lines.AsSpan(0, _lineCount), out _blockCount);
            _blocksBorrowed = true;
        }

        return _cursor = new BlockCursor(_blocks, _blockCount);
    }

    /// <summary>
    /// The lines of <paramref name="region"/>, as <see cref="BlockSplitter.LinesOf(SourceText, TextSpan)"/>
    /// gives them: a view of this parse's lines when the region runs from one that follows a blank
    /// line to the end of the text, else a split of the region.
    /// </summary>
    public readonly ReadOnlySpan<Block> LinesOf(SourceText source, TextSpan region) =>
        BlockSplitter.LinesOf(source, region, _lines.AsSpan(0, _lineCount));

    /// <summary>
    /// Gives the borrowed arrays back to the pool. The cursor <see cref="Split"/> returned is left at
    /// its end with no blocks, and <see cref="LinesOf"/> splits afresh, so that nothing reads an
    /// array the pool has lent again.
    /// </summary>
    public void Release()
    {
        _cursor?.Detach();
        if (_blocksBorrowed) ArrayPool<Block>.Shared.Return(_blocks!);
        if (_linesBorrowed) ArrayPool<Block>.Shared.Return(_lines!);
        (_blocks, _lines, _blockCount, _lineCount, _blocksBorrowed, _linesBorrowed) = (null, null, 0, 0, false, false);
    }
}
