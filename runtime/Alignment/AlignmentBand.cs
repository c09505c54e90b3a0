using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Alignment;

/// <summary>
/// The cells of the alignment grid the dynamic programme visits: for each row <c>i</c> (paragraphs
/// of the first section used), the columns <c>j</c> within a half-width (<see cref="HalfWidth"/>
/// unless given) of the diagonal
/// from (0, 0) to (n, m). A row reaches up to where the next row's diagonal starts, so consecutive
/// rows overlap and every cell stays reachable even when one section has many more paragraphs.
/// The band holds O((n + m) · width) cells, so the alignment is linear in the paragraph count.
/// </summary>
internal sealed class AlignmentBand
{
    /// <summary>How far a path may stray from the diagonal, in paragraphs: far more than a real translation drifts.</summary>
    public const int HalfWidth = 50;

    private readonly int _rows;
    private readonly int[] _low;
    private readonly int[] _high;
    private readonly int[] _offset;

    /// <summary>
    /// Creates the band for <paramref name="rows"/> × <paramref name="columns"/> paragraphs (both at
    /// least 1), <paramref name="halfWidth"/> paragraphs either side of the diagonal.
    /// </summary>
    public AlignmentBand(int rows, int columns, int halfWidth = HalfWidth)
    {
        _rows = rows;
        _low = new int[rows + 1];
        _high = new int[rows + 1];
        _offset = new int[rows + 2];
        for (int i = 0; i <= rows; i++)
        {
            long diagonal = (long)i * columns / rows;
            long nextDiagonal = (((long)(i + 1) * columns) + rows - 1) / rows;
            _low[i] = (int)Math.Max(0, diagonal - halfWidth);
            _high[i] = (int)Math.Min(columns, nextDiagonal + halfWidth);
            _offset[i + 1] = _offset[i] + (_high[i] - _low[i] + 1);
        }
    }

    /// <summary>How many cells the band has.</summary>
    public int CellCount => _offset[_rows + 1];

    /// <summary>Row <paramref name="i"/>'s columns and where its cells start; an empty row when <paramref name="i"/> is outside the band.</summary>
    /// <remarks>Inlined: the aligner reads three rows a row, and as a call each cost about 22 instructions.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BandRow Row(int i) => i < 0 || i > _rows ? BandRow.Empty : new BandRow(_low[i], _high[i], _offset[i]);

    /// <summary>The index of cell (<paramref name="i"/>, <paramref name="j"/>), or -1 when it is outside the band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(int i, int j) => Row(i).IndexOf(j);
}
