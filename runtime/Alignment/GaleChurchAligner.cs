using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using DocSchema.Runtime.Collections;

namespace DocSchema.Runtime.Alignment;

/// <summary>
/// Length-based paragraph alignment after Gale and Church (1993): dynamic programming over beads
/// 1–1, 1–0, 0–1, 2–1 and 1–2, scoring each by how far the length ratio strays from the ratio of
/// the two whole texts. Runs in a band around the diagonal, so time is linear in the paragraph count.
/// </summary>
/// <remarks>
/// The expected ratio c is the second section's total length over the first's, measured on the
/// data rather than fixed, because Chinese-to-English character ratios (≈ 3.4) are nothing like the
/// paper's European ones (≈ 1). Ties between alignments of equal cost go to 1–1 beads.
/// </remarks>
public static class GaleChurchAligner
{
    // The first pass's band: the diagonal alone (the staircase joining each row's diagonal cell to
    // the next's, about two cells a row). A translation that stays near the diagonal has its best
    // path there or close by, which makes a tight bound; one that drifts gets a looser bound and
    // less pruning, never a different result.
    private const int NarrowHalfWidth = 0;

    // Keeps a cell whose bound comparison rounding could decide: only cells worse by more are dropped.
    private const double PruningMargin = 1e-6;

    /// <summary>Aligns paragraphs with lengths <paramref name="from"/> to paragraphs with lengths <paramref name="to"/>.</summary>
    public static IReadOnlyList<AlignmentBead> Align(IReadOnlyList<int> from, IReadOnlyList<int> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        long fromTotal = Total(from, nameof(from));
        long toTotal = Total(to, nameof(to));

        int n = from.Count;
        int m = to.Count;
        if (n == 0 || m == 0)
        {
            // Nothing to pair: every paragraph of the other side is a deletion or an insertion.
            var unpaired = new List<AlignmentBead>(n + m);
            for (int i = 1; i <= n; i++)
            {
                unpaired.Add(new AlignmentBead(i, 1, null, 0));
            }

            for (int j = 1; j <= m; j++)
            {
                unpaired.Add(new AlignmentBead(null, 0, j, 1));
            }

            return unpaired;
        }

        // A narrow band first: its best alignment is an alignment of the whole, so its cost bounds
        // the optimum from above, and the full band can drop every cell that cannot lie on a path
        // that good. Exact: only cells no optimal path passes through are dropped.
        var (cost, fromSums, toSums) = Prepare(fromTotal, toTotal, from, to);
        var narrow = new AlignmentBand(n, m, NarrowHalfWidth);
        var (narrowBest, narrowStep) = Fill(narrow, cost, fromSums, toSums, double.PositiveInfinity);
        double bound = narrowBest[narrow.IndexOf(n, m)];
        ReturnCells(narrowBest, narrowStep);
        return AlignWithin(cost, fromSums, toSums, bound);
    }

    /// <summary>
    /// The alignment of <paramref name="from"/> with <paramref name="to"/> (both with a paragraph)
    /// over the full band, dropping cells above <paramref name="bound"/>: for the tests, which give
    /// a bound the narrow pass never would.
    /// </summary>
    internal static IReadOnlyList<AlignmentBead> AlignWithin(IReadOnlyList<int> from, IReadOnlyList<int> to, double bound)
    {
        var (cost, fromSums, toSums) = Prepare(Total(from, nameof(from)), Total(to, nameof(to)), from, to);
        return AlignWithin(cost, fromSums, toSums, bound);
    }

    // The length cost of the two sides' ratio, and each side's prefix sums.
    private static (LengthMatchCost Cost, long[] FromSums, long[] ToSums) Prepare(long fromTotal, long toTotal, IReadOnlyList<int> from, IReadOnlyList<int> to)
    {
        // With one side empty of text the ratio means nothing; 1 leaves the priors to decide.
        double ratio = fromTotal > 0 && toTotal > 0 ? (double)toTotal / fromTotal : 1;

        // Prefix sums make each bead's lengths O(1).
        return (new LengthMatchCost(ratio), PrefixSums(from), PrefixSums(to));
    }

    private static IReadOnlyList<AlignmentBead> AlignWithin(LengthMatchCost cost, long[] fromSums, long[] toSums, double bound)
    {
        int n = fromSums.Length - 1;
        int m = toSums.Length - 1;
        var band = new AlignmentBand(n, m);
        var (best, step) = Fill(band, cost, fromSums, toSums, bound);
        if (double.IsPositiveInfinity(best[band.IndexOf(n, m)]))
        {
            // The bound dropped the end itself, which the narrow pass's own path rules out in
            // exact arithmetic; rounding could do it only where costs reach about 10^10 (lengths
            // near int.MaxValue). The band again, with nothing dropped: the full programme.
            ReturnCells(best, step);
            (best, step) = Fill(band, cost, fromSums, toSums, double.PositiveInfinity);
        }

        try
        {
            return TraceBack(band, step, n, m);
        }
        finally
        {
            ReturnCells(best, step);
        }
    }

    // The cell arrays are rented (a bilingual page aligns twice per parse, a few KB each time) and
    // only their first CellCount entries are used.
    private static void ReturnCells(double[] best, sbyte[] step)
    {
        ArrayPool<double>.Shared.Return(best);
        ArrayPool<sbyte>.Shared.Return(step);
    }

    // The dynamic programme over the cells of a band: each cell's lowest cost from (0, 0) and the
    // bead shape that reaches it. A cell whose cost plus the least any path to (n, m) can still add
    // exceeds the bound is dropped (left at infinity), so the cells after it need not be costed.
    // A cell can be finite only when a cell it is reached from is: those lie in its own row (0–1)
    // and the two rows before it, at most two columns to its left. So each row is walked only from
    // where the live columns of the two rows before it allow, and stops where nothing can reach it
    // any more; every cell it skips is one the full walk would leave at infinity too.
    private static (double[] Best, sbyte[] Step) Fill(AlignmentBand band, LengthMatchCost cost, long[] fromSums, long[] toSums, double bound)
    {
        int n = fromSums.Length - 1;
        int m = toSums.Length - 1;
        var best = ArrayPool<double>.Shared.Rent(band.CellCount);
        var step = ArrayPool<sbyte>.Shared.Rent(band.CellCount);
        best.AsSpan(0, band.CellCount).Fill(double.PositiveInfinity);
        step.AsSpan(0, band.CellCount).Fill(-1);

        // The first and last column left finite in the row before (1) and the one before that (2);
        // NoColumn marks a row with none (far enough from any int that adding 2 cannot overflow).
        const int NoColumn = int.MaxValue / 2;
        var cells = best.AsSpan(0, band.CellCount);
        double limit = bound + PruningMargin;

        // The five shapes one after another rather than in a loop over BeadShape.All, in its order
        // (ties go to the earlier): each bead's rows, columns and lengths are then constants and
        // registers, where the loop read the shape and its row at every bead (a third of Fill's
        // instructions on the ABC page). Debug builds check the order against the table.
        Debug.Assert(BeadShape.All is [(1, 1, BeadShape.OneToOnePenalty), (1, 0, BeadShape.UnpairedPenalty), (0, 1, BeadShape.UnpairedPenalty),
            (2, 1, BeadShape.TwoToOnePenalty), (1, 2, BeadShape.TwoToOnePenalty)]);

        int low1 = NoColumn, high1 = -NoColumn, low2 = NoColumn, high2 = -NoColumn;
        for (int i = 0; i <= n; i++)
        {
            // The rows a bead into row i comes from, by how many paragraphs of the first section it
            // takes (0, 1 or 2): read once a row rather than at every bead.
            var row = band.Row(i);
            var rowBefore = band.Row(i - 1);
            var rowTwoBefore = band.Row(i - 2);

            // The columns a cell of an earlier row can reach: 1–1, 1–0 and 1–2 from the row before,
            // 2–1 from the one before that. Row 0 starts at the origin, which is its own.
            int first = i == 0 ? 0 : Math.Max(row.Low, Math.Min(low1, low2 + 1));
            int lastFromAbove = i == 0 ? 0 : Math.Max(high1 + 2, high2 + 1);
            int low = NoColumn, high = -NoColumn;
            for (int j = first; j <= row.High; j++)
            {
                int cell = row.IndexOf(j);
                if (i == 0 && j == 0)
                {
                    cells[cell] = 0;
                    low = high = 0;
                    continue;
                }

                // What any path through this cell still adds, for the bound below and for skipping.
                // The cell's best so far is kept here and stored once: no bead comes from its own cell.
                double toFinish = LeastToFinish(n - i, m - j);
                double cellBest = double.PositiveInfinity;
                int cellStep = -1;
                Consider(0, rowBefore, 1, 1, BeadShape.OneToOnePenalty, i, j, cells, cost, fromSums, toSums, toFinish, limit, ref cellBest, ref cellStep);
                Consider(1, rowBefore, 1, 0, BeadShape.UnpairedPenalty, i, j, cells, cost, fromSums, toSums, toFinish, limit, ref cellBest, ref cellStep);
                Consider(2, row, 0, 1, BeadShape.UnpairedPenalty, i, j, cells, cost, fromSums, toSums, toFinish, limit, ref cellBest, ref cellStep);
                Consider(3, rowTwoBefore, 2, 1, BeadShape.TwoToOnePenalty, i, j, cells, cost, fromSums, toSums, toFinish, limit, ref cellBest, ref cellStep);
                Consider(4, rowBefore, 1, 2, BeadShape.TwoToOnePenalty, i, j, cells, cost, fromSums, toSums, toFinish, limit, ref cellBest, ref cellStep);

                if (cellBest + toFinish > limit)
                {
                    cellBest = double.PositiveInfinity;
                }

                cells[cell] = cellBest;
                step[cell] = (sbyte)cellStep;
                if (!double.IsPositiveInfinity(cellBest))
                {
                    low = Math.Min(low, j);
                    high = j;
                }
                else if (j >= lastFromAbove)
                {
                    // Past what the rows above reach, only this row's 0–1 bead goes on, from here.
                    break;
                }
            }

            (low2, high2, low1, high1) = (low1, high1, low, high);
        }

        return (best, step);
    }

    // The bead of shape number `shape` into cell (i, j), taking `fromCount` and `toCount`
    // paragraphs from `fromRow` (the row `fromCount` before): the cell's best cost and step so far
    // become the bead's when it is cheaper. Inlined, so that all of it stays in Fill's registers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Consider(
        int shape, BandRow fromRow, int fromCount, int toCount, double penalty, int i, int j, ReadOnlySpan<double> cells,
        LengthMatchCost cost, long[] fromSums, long[] toSums, double toFinish, double limit, ref double cellBest, ref int cellStep)
    {
        int previous = fromRow.IndexOf(j - toCount);
        if (previous < 0 || double.IsPositiveInfinity(cells[previous]))
        {
            return;
        }

        // The length cost (a square root and a logarithm) only for a bead that can matter: with
        // the least a length cost can be, it must beat the cell's best so far, and not be dropped
        // by the bound. Rounding is monotonic, so a bead skipped here could not have won, or its
        // cell would have been dropped (whose step no trace reads).
        double beforeLength = cells[previous] + penalty;
        double atLeast = beforeLength + LengthMatchCost.Floor;
        if (atLeast >= cellBest || atLeast + toFinish > limit)
        {
            return;
        }

        // A bead whose lengths stray far from the ratio (most beads that are not 1–1, and 1–1 beads
        // off the path) is told by the cost's lower bound, without the cost's square root,
        // logarithm and fit, whose chain of dependent operations is most of the loop's time. The
        // bound is never below Floor, so the test above only comes first as the cheaper one (no
        // lengths read, no division) and for two empty paragraphs, whose bound is NaN.
        long fromLength = fromSums[i] - fromSums[i - fromCount];
        long toLength = toSums[j] - toSums[j - toCount];
        double bounded = beforeLength + cost.LowerBound(fromLength, toLength);
        if (bounded >= cellBest || bounded + toFinish > limit)
        {
            return;
        }

        double total = beforeLength + cost.Cost(fromLength, toLength);
        if (total < cellBest)
        {
            cellBest = total;
            cellStep = shape;
        }
    }

    // The least any path from a cell to the end can add. Every bead takes at most two paragraphs of
    // a side, and each that takes more from one side than the other changes the difference of what
    // is left by one, so at least |fromLeft − toLeft| beads are unbalanced (2–1 or 1–2 at best) and
    // the rest cost at least 1–1's penalty; every bead's length cost is no lower than
    // LengthMatchCost.Floor. Off the diagonal this is what makes the bound bite.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LeastToFinish(int fromLeft, int toLeft)
    {
        int unbalanced = Math.Abs(fromLeft - toLeft);
        int beads = Math.Max(unbalanced, (Math.Max(fromLeft, toLeft) + 1) / 2);
        return (unbalanced * (BeadShape.CheapestUnbalancedPenalty + LengthMatchCost.Floor))
            + ((beads - unbalanced) * (BeadShape.CheapestPenalty + LengthMatchCost.Floor));
    }

    private static List<AlignmentBead> TraceBack(AlignmentBand band, sbyte[] step, int n, int m)
    {
        // At least one bead a paragraph of the longer side when they pair one to one, as most do:
        // room for that many spares the list's regrowths.
        var beads = new List<AlignmentBead>(Math.Max(n, m));
        int i = n;
        int j = m;
        while (i > 0 || j > 0)
        {
            // The band keeps every cell reachable from (0, 0), so every cell but the origin has a step.
            BeadShape shape = BeadShape.All[step[band.IndexOf(i, j)]];
            i -= shape.FromCount;
            j -= shape.ToCount;
            beads.Add(new AlignmentBead(
                shape.FromCount == 0 ? null : i + 1,
                shape.FromCount,
                shape.ToCount == 0 ? null : j + 1,
                shape.ToCount));
        }

        beads.Reverse();
        return beads;
    }

    private static long Total(IReadOnlyList<int> lengths, string name)
    {
        long total = 0;
        foreach (int length in lengths.Items())
        {
            if (length < 0)
            {
                throw new ArgumentException("Paragraph lengths cannot be negative.", name);
            }

            total += length;
        }

        return total;
    }

    private static long[] PrefixSums(IReadOnlyList<int> lengths)
    {
        // Walked as a span (Items): by the interface, each length took two dispatched calls.
        var sums = new long[lengths.Count + 1];
        int k = 0;
        foreach (int length in lengths.Items())
        {
            sums[k + 1] = sums[k] + length;
            k++;
        }

        return sums;
    }
}
