namespace DocSchema.Runtime.Blocks;

/// <summary>A position in a list of blocks that generated parsers move forward through.</summary>
public sealed class BlockCursor
{
    // An array, not the interface: a generated parser asks for AtEnd and Current at every block,
    // and through IReadOnlyList each of those is an interface call into the array's helper.
    private readonly Block[] _blocks;

    /// <summary>Starts at the first of <paramref name="blocks"/> (the array itself, not a copy).</summary>
    public BlockCursor(Block[] blocks) => _blocks = blocks ?? throw new ArgumentNullException(nameof(blocks));

    /// <summary>Starts at the first of <paramref name="blocks"/> (a copy of them, unless they are an array).</summary>
    public BlockCursor(IReadOnlyList<Block> blocks) : this(blocks as Block[] ?? [.. blocks ?? throw new ArgumentNullException(nameof(blocks))])
    {
    }

    /// <summary>Index of the current block.</summary>
    public int Index { get; private set; }

    /// <summary>True when every block has been consumed.</summary>
    public bool AtEnd => Index >= _blocks.Length;

    /// <summary>The current block; only valid when not <see cref="AtEnd"/>.</summary>
    public Block Current => _blocks[Index];

    /// <summary>The blocks this cursor walks.</summary>
    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>Moves to the next block.</summary>
    public void Advance() => Index++;

    /// <summary>Moves past the last block.</summary>
    public void MoveToEnd() => Index = _blocks.Length;

    /// <summary>The blocks not yet consumed.</summary>
    public IReadOnlyList<Block> Remaining()
    {
        return _blocks.AsSpan(Math.Min(Index, _blocks.Length)).ToArray();
    }
}
