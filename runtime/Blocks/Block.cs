using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>One block of an article: a paragraph, a line, a caption, a heading…</summary>
/// <param name="Span">The block's text without leading and trailing white space.</param>
/// <param name="FollowsBlankLine">True when a blank line (or the start of the region) comes before the block;
/// false when it directly continues the line before it.</param>
public readonly record struct Block(TextSpan Span, bool FollowsBlankLine)
{
    /// <summary>
    /// The index of the block of <paramref name="blocks"/> (in text order, as a split gives them)
    /// whose span starts at <paramref name="start"/>, or -1: a binary search.
    /// </summary>
    internal static int IndexStartingAt(ReadOnlySpan<Block> blocks, int start)
    {
        int lo = 0, hi = blocks.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int at = blocks[mid].Span.Start;
            if (at == start) return mid;
            if (at < start) lo = mid + 1;
            else hi = mid - 1;
        }

        return -1;
    }
}
