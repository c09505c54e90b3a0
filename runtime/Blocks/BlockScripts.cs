using DocSchema.Runtime.Languages;

namespace DocSchema.Runtime.Blocks;

/// <summary>
/// The dominant script of each of some blocks, with the language of each that is not Latin, kept
/// with their <see cref="Text.SourceText"/> by <see cref="SectionSplitter"/>. One object, so that a
/// thread reading it never sees the blocks of one answer with the scripts of another.
/// </summary>
/// <param name="Blocks">A copy of the blocks (the caller's list may change afterwards).</param>
/// <param name="Answers">Each block's script and language, in order.</param>
internal sealed record BlockScripts(Block[] Blocks, ScriptAndLanguage[] Answers)
{
    /// <summary>The script and language of the block whose span is exactly <paramref name="span"/>, or null when no block's is.</summary>
    public ScriptAndLanguage? Of(Text.TextSpan span)
    {
        int index = Block.IndexStartingAt(Blocks, span.Start);
        return index >= 0 && Blocks[index].Span == span ? Answers[index] : null;
    }
}
