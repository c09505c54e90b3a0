namespace DocSchema.Runtime.Blocks;

/// <summary>How a text splits into blocks (the schema's <c>blocks:</c> key).</summary>
public enum BlockMode
{
    /// <summary>Blocks are separated by one or more blank lines; a block may span several lines.</summary>
    Paragraphs,

    /// <summary>Every non-blank line is a block.</summary>
    Lines,

    /// <summary><see cref="Paragraphs"/> when the text has a blank line between two non-blank lines, else <see cref="Lines"/>.</summary>
    Auto,
}
