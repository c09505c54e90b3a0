namespace DocSchema.Runtime.Blocks;

/// <summary>A position in a list of blocks that generated parsers move forward through.</summary>
public sealed class BlockCursor
{
    private readonly IReadOnlyList<Block> _blocks;

    /// <summary>Starts at the first of <paramref name="blocks"/>.</summary>
    public BlockCursor(IReadOnlyList<Block> blocks) => _blocks = blocks;

    /// <summary>Index of the current block.</summary>
    public int Index { get; private set; }

    /// <summary>True when every block has been consumed.</summary>
    public bool AtEnd => Index >= _blocks.Count;

    /// <summary>The current block; only valid when not <see cref="AtEnd"/>.</summary>
    public Block Current => _blocks[Index];

    /// <summary>The blocks this cursor walks.</summary>
    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>Moves to the next block.</summary>
    public void Advance() => Index++;
}
