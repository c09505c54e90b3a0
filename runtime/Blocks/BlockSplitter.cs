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
    public static Block[] Split(SourceText source, BlockMode mode, TextSpan? region = null) =>
        throw new NotImplementedException();

    /// <summary>The mode <see cref="BlockMode.Auto"/> resolves to for <paramref name="region"/>.</summary>
    public static BlockMode Resolve(SourceText source, BlockMode mode, TextSpan? region = null) =>
        throw new NotImplementedException();

    /// <summary>The spans of the non-blank lines of <paramref name="span"/> (each trimmed), in order.</summary>
    public static IReadOnlyList<TextSpan> Lines(SourceText source, TextSpan span) =>
        throw new NotImplementedException();
}
