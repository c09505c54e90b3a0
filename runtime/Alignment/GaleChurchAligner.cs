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

        // With one side empty of text the ratio means nothing; 1 leaves the priors to decide.
        double ratio = fromTotal > 0 && toTotal > 0 ? (double)toTotal / fromTotal : 1;
        var cost = new LengthMatchCost(ratio);

        // Prefix sums make each bead's lengths O(1).
        long[] fromSums = PrefixSums(from);
        long[] toSums = PrefixSums(to);

        var band = new AlignmentBand(n, m);
        var best = new double[band.CellCount];
        var step = new sbyte[band.CellCount];
        for (int i = 0; i <= n; i++)
        {
            for (int j = band.Low(i); j <= band.High(i); j++)
            {
                int cell = band.IndexOf(i, j);
                if (i == 0 && j == 0)
                {
                    best[cell] = 0;
                    step[cell] = -1;
                    continue;
                }

                best[cell] = double.PositiveInfinity;
                step[cell] = -1;
                for (int s = 0; s < BeadShape.All.Length; s++)
                {
                    BeadShape shape = BeadShape.All[s];
                    int previous = band.IndexOf(i - shape.FromCount, j - shape.ToCount);
                    if (previous < 0 || double.IsPositiveInfinity(best[previous]))
                    {
                        continue;
                    }

                    double total = best[previous] + shape.Penalty + cost.Cost(
                        fromSums[i] - fromSums[i - shape.FromCount],
                        toSums[j] - toSums[j - shape.ToCount]);
                    if (total < best[cell])
                    {
                        best[cell] = total;
                        step[cell] = (sbyte)s;
                    }
                }
            }
        }

        return TraceBack(band, step, n, m);
    }

    private static List<AlignmentBead> TraceBack(AlignmentBand band, sbyte[] step, int n, int m)
    {
        var beads = new List<AlignmentBead>();
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
        foreach (int length in lengths)
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
        var sums = new long[lengths.Count + 1];
        for (int k = 0; k < lengths.Count; k++)
        {
            sums[k + 1] = sums[k] + lengths[k];
        }

        return sums;
    }
}
