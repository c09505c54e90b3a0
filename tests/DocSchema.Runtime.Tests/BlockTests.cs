using System.Runtime.CompilerServices;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="Block"/> keeps its flag in the sign bit of its span's length (eight bytes, not
/// twelve): every span and flag a text can give must come back as it went in.
/// </summary>
public class BlockTests
{
    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(0, 0, true)]
    [InlineData(7, 12, true)]
    [InlineData(int.MaxValue, int.MaxValue, true)]
    [InlineData(int.MaxValue, int.MaxValue, false)]
    [InlineData(-3, 5, true)]
    public void A_block_gives_back_its_span_and_flag(int start, int length, bool followsBlankLine)
    {
        var block = new Block(new TextSpan(start, length), followsBlankLine);

        Assert.Equal(new TextSpan(start, length), block.Span);
        Assert.Equal(followsBlankLine, block.FollowsBlankLine);
        var (span, follows) = block;
        Assert.Equal((new TextSpan(start, length), followsBlankLine), (span, follows));
    }

    [Fact]
    public void Setting_one_property_with_with_keeps_the_other()
    {
        var block = new Block(new TextSpan(4, 9), FollowsBlankLine: true);

        var moved = block with { Span = new TextSpan(100, int.MaxValue) };
        var joined = block with { FollowsBlankLine = false };
        var rejoined = joined with { FollowsBlankLine = true };

        Assert.Equal((new TextSpan(100, int.MaxValue), true), (moved.Span, moved.FollowsBlankLine));
        Assert.Equal((new TextSpan(4, 9), false), (joined.Span, joined.FollowsBlankLine));
        Assert.Equal(block, rejoined);
    }

    [Fact]
    public void Blocks_are_equal_when_their_spans_and_flags_are()
    {
        var block = new Block(new TextSpan(4, 9), FollowsBlankLine: true);

        Assert.Equal(new Block(new TextSpan(4, 9), FollowsBlankLine: true), block);
        Assert.Equal(new Block(new TextSpan(4, 9), FollowsBlankLine: true).GetHashCode(), block.GetHashCode());
        Assert.NotEqual(new Block(new TextSpan(4, 9), FollowsBlankLine: false), block);
        Assert.NotEqual(new Block(new TextSpan(4, 8), FollowsBlankLine: true), block);
        Assert.NotEqual(new Block(new TextSpan(5, 9), FollowsBlankLine: true), block);
        Assert.Equal("Block { Span = [4..13), FollowsBlankLine = True }", block.ToString());
    }

    [Fact]
    public void A_span_of_negative_length_is_refused_with_its_name()
    {
        var negative = new TextSpan(10, -1);

        Assert.Equal("Span.Length", Assert.Throws<ArgumentOutOfRangeException>(() => new Block(negative, FollowsBlankLine: true)).ParamName);
        var block = new Block(new TextSpan(0, 1), FollowsBlankLine: true);
        Assert.Equal("Span.Length", Assert.Throws<ArgumentOutOfRangeException>(() => block with { Span = negative }).ParamName);
    }

    [Fact]
    public void A_block_is_eight_bytes()
    {
        // What the packing is for: a split's arrays a third smaller than with a field for the flag.
        Assert.Equal(8, Unsafe.SizeOf<Block>());
    }
}
