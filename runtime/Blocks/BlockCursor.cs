namespace DocSchema.Runtime.Blocks;

/// <summary>A position in a list of blocks that generated parsers move forward through.</summary>
public sealed class BlockCursor
{
    // An array, not the interface: a generated parser asks for AtEnd and Current at every block,
    // and through IReadOnlyList each of those is an interface call into the array's helper. The
    // blocks are its first _count items: a parse's blocks are in an array borrowed from a pool,
    // which may be longer (ParseBlocks).
    private Block[] _blocks;
    private int _count;

    // True when _blocks is the caller's own array (the public constructors), which Blocks gives
    // back as it is; a parse's cursor walks arrays it must not hand out (ParseBlocks).
    private readonly bool _callersArray;

    /// <summary>Starts at the first of <paramref name="blocks"/> (the array itself, not a copy).</summary>
    public BlockCursor(Block[] blocks) : this(blocks ?? throw new ArgumentNullException(nameof(blocks)), blocks.Length) => _callersArray = true;

    /// <summary>Starts at the first of <paramref name="blocks"/> (a copy of them, unless they are an array).</summary>
    public BlockCursor(IReadOnlyList<Block> blocks) : this(blocks as Block[] ?? [.. blocks ?? throw new ArgumentNullException(nameof(blocks))])
    {
    }

    // The first `count` of `blocks`, which the caller has checked.
    internal BlockCursor(Block[] blocks, int count)
    {
        _blocks = blocks;
        _count = count;
    }

    /// <summary>Index of the current block.</summary>
    public int Index { get; private set; }

    /// <summary>How many blocks this cursor walks.</summary>
    public int Count => _count;

    /// <summary>True when every block has been consumed.</summary>
    public bool AtEnd => Index >= _count;

    /// <summary>The current block.</summary>
    /// <exception cref="InvalidOperationException">The cursor is <see cref="AtEnd"/>.</exception>
    public Block Current => (uint)Index < (uint)_count ? _blocks[Index] : throw AtEndError();

    /// <summary>The blocks this cursor walks.</summary>
    /// <remarks>
    /// The array it was made with, for a cursor made with one; a copy for the cursor of a generated
    /// parse (<see cref="Patterns.ParseContext.SplitBlocks"/>), which walks the blocks kept with the
    /// text (which nobody may change) or arrays it borrowed (which the pool lends again once the
    /// parse gives them back, after which the cursor has no blocks).
    /// </remarks>
    public IReadOnlyList<Block> Blocks => _callersArray ? _blocks : _blocks.AsSpan(0, _count).ToArray();

    /// <summary>The array the cursor walks (its first <see cref="Count"/> items), for the tests of what a parse borrows.</summary>
    internal Block[] Storage => _blocks;

    /// <summary>Moves to the next block.</summary>
    public void Advance() => Index++;

    /// <summary>Moves past the last block.</summary>
    public void MoveToEnd() => Index = _count;

    /// <summary>The blocks not yet consumed.</summary>
    public IReadOnlyList<Block> Remaining()
    {
        int from = Math.Min(Index, _count);
        return _blocks.AsSpan(from, _count - from).ToArray();
    }

    // Out of line: Current is read at every block.
    private static InvalidOperationException AtEndError() => new("the cursor is at its end: there is no current block");

    // Leaves the cursor at its end with no blocks: the array it walked has gone back to the pool.
    // (A parse's cursor only: a caller's array stays the caller's.)
    internal void Detach()
    {
        _blocks = [];
        _count = 0;
        Index = 0;
    }
}
