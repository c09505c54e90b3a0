using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>One block of an article: a paragraph, a line, a caption, a heading…</summary>
/// <remarks>
/// Eight bytes: the flag is kept in the sign bit of the length, which a block's span never needs
/// (it lies inside a text). A split's blocks are a parse's largest arrays after the text itself —
/// a page of teasers read line by line has one per line — and twelve bytes, the flag padded to
/// four, made them half as large again.
/// </remarks>
public readonly record struct Block
{
    private const int FlagBit = int.MinValue;

    private readonly int _start;

    // The span's length, with FollowsBlankLine in the sign bit.
    private readonly int _lengthAndFlag;

    /// <summary>A block of <paramref name="Span"/>.</summary>
    /// <param name="Span">The block's text without leading and trailing white space.</param>
    /// <param name="FollowsBlankLine">True when a blank line (or the start of the region) comes before the block;
    /// false when it directly continues the line before it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span's length is negative: a block is a slice of a text.</exception>
    public Block(TextSpan Span, bool FollowsBlankLine)
        : this(Span.Start, CheckedLength(Span), FollowsBlankLine)
    {
    }

    // The splitter's blocks, whose lengths are never negative: no check, and the fields written
    // straight, where the checked constructor took the splitter's loops through the stack.
    internal Block(int start, int length, bool followsBlankLine)
    {
        Debug.Assert(length >= 0, "a split's block has a length of zero or more");
        _start = start;
        _lengthAndFlag = length | (followsBlankLine ? FlagBit : 0);
    }

    /// <summary>The block's text without leading and trailing white space.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a span whose length is negative.</exception>
    public TextSpan Span
    {
        get => new(_start, _lengthAndFlag & int.MaxValue);
        init
        {
            _start = value.Start;
            _lengthAndFlag = CheckedLength(value) | (_lengthAndFlag & FlagBit);
        }
    }

    /// <summary>
    /// True when a blank line (or the start of the region) comes before the block; false when it
    /// directly continues the line before it.
    /// </summary>
    public bool FollowsBlankLine
    {
        get => _lengthAndFlag < 0;
        init => _lengthAndFlag = (_lengthAndFlag & int.MaxValue) | (value ? FlagBit : 0);
    }

    /// <summary>The block's <see cref="Span"/> and <see cref="FollowsBlankLine"/>.</summary>
    public void Deconstruct(out TextSpan Span, out bool FollowsBlankLine)
    {
        Span = this.Span;
        FollowsBlankLine = this.FollowsBlankLine;
    }

    // Inlined, with the throw out of line: the splitter makes a block per line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CheckedLength(TextSpan span)
    {
        if (span.Length < 0) ThrowNegativeLength(span.Length);
        return span.Length;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNegativeLength(int length) =>
        throw new ArgumentOutOfRangeException("Span.Length", length, "a block's span cannot have a negative length: a block is a slice of a text");

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
