using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Alignment;

/// <summary>
/// One row of an <see cref="AlignmentBand"/>: its first and last column and the index of its first
/// cell. The aligner reads the three rows a bead can come from once per row, not once per bead.
/// </summary>
/// <param name="Low">The row's first column.</param>
/// <param name="High">The row's last column (below <paramref name="Low"/> for no row).</param>
/// <param name="Offset">The index of cell (row, <paramref name="Low"/>).</param>
internal readonly record struct BandRow(int Low, int High, int Offset)
{
    /// <summary>A row with no cells: every column is outside it.</summary>
    public static BandRow Empty => new(1, 0, 0);

    /// <summary>The index of the row's cell in column <paramref name="j"/>, or -1 when the column is outside the row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(int j) => j >= Low && j <= High ? Offset + (j - Low) : -1;
}
