using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>One block of an article: a paragraph, a line, a caption, a heading…</summary>
/// <param name="Span">The block's text without leading and trailing white space.</param>
/// <param name="FollowsBlankLine">True when a blank line (or the start of the region) comes before the block;
/// false when it directly continues the line before it.</param>
public readonly record struct Block(TextSpan Span, bool FollowsBlankLine);
