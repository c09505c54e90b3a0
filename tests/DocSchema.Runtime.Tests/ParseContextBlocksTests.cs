using System.Buffers;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A parse's blocks (<see cref="ParseContext.SplitBlocks"/>, <see cref="ParseContext.LinesOf"/>,
/// <see cref="ParseContext.Release"/>): the blocks <see cref="BlockSplitter"/> gives, read in
/// place from those a schema's Score kept, else borrowed from the pool and given back.
/// </summary>
public class ParseContextBlocksTests
{
    private static readonly BlockMode[] Modes = [BlockMode.Paragraphs, BlockMode.Lines, BlockMode.Auto];

    [Fact]
    public void The_blocks_and_lines_of_a_parse_are_what_the_splitter_gives_whether_kept_or_borrowed()
    {
        // Seeded texts of lines, blank and space-only lines, every kind of line break and leading
        // white space; for each mode, a parse of the text alone and one after SplitOnce kept its blocks.
        var random = new Random(20261124);
        for (int round = 0; round < 200; round++)
        {
            var text = SeededLineTexts.Next(random, 14);
            foreach (var mode in Modes)
            {
                var expected = BlockSplitter.Split(SourceText.From(text), mode);
                foreach (var kept in new[] { false, true })
                {
                    var source = SourceText.From(text);
                    if (kept) BlockSplitter.SplitOnce(source, mode);
                    var context = new ParseContext(source);

                    var cursor = context.SplitBlocks(mode);

                    Assert.Equal(expected.Length, cursor.Count);
                    Assert.Equal(expected, cursor.Blocks);
                    var walked = new List<Block>();
                    for (; !cursor.AtEnd; cursor.Advance()) walked.Add(cursor.Current);
                    Assert.Equal(expected, walked);

                    // The lines from every line's start (and a few other offsets) to the end, and to an earlier end.
                    var starts = BlockSplitter.Split(SourceText.From(text), BlockMode.Lines).Select(b => b.Span.Start)
                        .Concat(Enumerable.Range(0, 3).Select(_ => random.Next(text.Length + 1)));
                    foreach (var start in starts)
                    {
                        foreach (var end in new[] { text.Length, random.Next(start, text.Length + 1) })
                        {
                            var region = TextSpan.FromBounds(start, end);
                            Assert.Equal(BlockSplitter.Split(SourceText.From(text), BlockMode.Lines, region), context.LinesOf(region).ToArray());
                        }
                    }

                    context.Release();
                }
            }
        }
    }

    [Fact]
    public void After_Score_kept_the_blocks_a_parse_reads_them_in_place()
    {
        var source = SourceText.From(Samples.Read(Samples.OrientalDaily));
        var kept = BlockSplitter.SplitOnce(source, BlockMode.Paragraphs);

        var context = new ParseContext(source);

        // In place: the cursor is all the split allocates (a copy of 75 blocks would be 600 bytes more).
        long before = GC.GetAllocatedBytesForCurrentThread();
        var cursor = context.SplitBlocks(BlockMode.Paragraphs);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 100, $"the split allocated {allocated} bytes");
        Assert.Same(source.ParagraphBlocks, cursor.Storage);
        Assert.Equal(75, cursor.Count);
        Assert.True(kept.Span == source.ParagraphBlocks.AsSpan());
        // What the cursor hands out is a copy: nobody may change the blocks kept with the text.
        Assert.NotSame(source.ParagraphBlocks, cursor.Blocks);
        Assert.Equal(source.ParagraphBlocks, cursor.Blocks);
    }

    [Fact]
    public void A_parse_of_its_own_keeps_nothing_with_the_text_and_views_its_borrowed_lines()
    {
        var text = Samples.Read(Samples.OrientalDaily);
        var source = SourceText.From(text);
        var context = new ParseContext(source);

        var cursor = context.SplitBlocks(BlockMode.Paragraphs);
        var region = TextSpan.FromBounds(cursor.Blocks[22].Span.Start, text.Length);
        var first = context.LinesOf(region);
        var second = context.LinesOf(region);

        Assert.Null(source.LineBlocks);
        Assert.Null(source.ParagraphBlocks);
        // A view of the same lines each time, not a split of the region: nothing copied.
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(first),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(second)));
        Assert.Equal(BlockSplitter.Split(SourceText.From(text), BlockMode.Lines, region), first.ToArray());
    }

    [Fact]
    public void Release_gives_the_arrays_back_and_leaves_the_cursor_with_none()
    {
        var text = "one\ntwo\n\nthree";
        var context = new ParseContext(SourceText.From(text));
        var cursor = context.SplitBlocks(BlockMode.Lines);
        // Three lines in a buffer the pool lent at its smallest size.
        var borrowed = cursor.Storage;
        Assert.Equal(3, cursor.Count);
        Assert.True(borrowed.Length >= 16);
        cursor.Advance();

        context.Release();

        Assert.True(cursor.AtEnd);
        Assert.Equal(0, cursor.Count);
        Assert.Empty(cursor.Blocks);
        Assert.Empty(cursor.Remaining());
        Assert.Throws<InvalidOperationException>(() => cursor.Current);
        // The pool lends the same array again (the thread's own slot keeps what it was given back).
        var lent = ArrayPool<Block>.Shared.Rent(borrowed.Length);
        Assert.Same(borrowed, lent);
        ArrayPool<Block>.Shared.Return(lent);
        // The lines are read afresh once the parse has given its own back.
        var region = new TextSpan(text.IndexOf("three", StringComparison.Ordinal), 5);
        Assert.Equal(BlockSplitter.Split(SourceText.From(text), BlockMode.Lines, region), context.LinesOf(region).ToArray());
    }

    [Fact]
    public void Kept_blocks_are_not_given_to_the_pool()
    {
        // Sixteen paragraphs of two lines: arrays of the pool's own sizes, which it would take back
        // (it refuses others) and lend again if a parse gave them back.
        var source = SourceText.From(string.Join("\n\n", Enumerable.Range(0, 16).Select(i => $"line {i}\nmore {i}")));
        var kept = BlockSplitter.SplitOnce(source, BlockMode.Paragraphs).ToArray();
        var context = new ParseContext(source);
        context.SplitBlocks(BlockMode.Paragraphs);

        context.Release();

        Assert.Equal(kept, source.ParagraphBlocks);
        Assert.Equal((16, 32), (source.ParagraphBlocks!.Length, source.LineBlocks!.Length));
        foreach (var length in new[] { 16, 32 })
        {
            var lent = ArrayPool<Block>.Shared.Rent(length);
            Assert.NotSame(source.ParagraphBlocks, lent);
            Assert.NotSame(source.LineBlocks, lent);
            ArrayPool<Block>.Shared.Return(lent);
        }
    }

    [Fact]
    public void A_context_splits_its_text_once()
    {
        var context = new ParseContext(SourceText.From("a\n\nb"));
        context.SplitBlocks(BlockMode.Paragraphs);

        var error = Assert.Throws<InvalidOperationException>(() => context.SplitBlocks(BlockMode.Lines));
        Assert.Contains("already split", error.Message);
    }

    [Fact]
    public void A_cursor_at_its_end_has_no_current_block()
    {
        var cursor = new BlockCursor([new Block(new TextSpan(0, 1), FollowsBlankLine: true)]);
        Assert.Equal(1, cursor.Count);
        Assert.Equal(new TextSpan(0, 1), cursor.Current.Span);

        cursor.Advance();

        Assert.True(cursor.AtEnd);
        var error = Assert.Throws<InvalidOperationException>(() => cursor.Current);
        Assert.Contains("at its end", error.Message);
    }
}
