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

    /// <summary>Moves past the last block.</summary>
    public void MoveToEnd() => Index = _blocks.Count;

    /// <summary>The blocks not yet consumed.</summary>
    public IReadOnlyList<Block> Remaining()
    {
        var rest = new Block[Math.Max(0, _blocks.Count - Index)];
        for (var i = 0; i < rest.Length; i++) rest[i] = _blocks[Index + i];
        return rest;
    }
}
