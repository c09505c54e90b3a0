using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Alignment;

/// <summary>
/// Gale and Church's length cost: −ln of the probability that a translation of a source text of
/// length <c>l1</c> strays at least as far from <c>c·l1</c> as a target text of length <c>l2</c> does,
/// when the difference is normal with variance proportional to the length.
/// </summary>
/// <remarks>
/// The paper measured s² = 6.8 per character for European languages, where c ≈ 1. Here c is the
/// ratio of the two sections' total lengths (about 3.4 English characters per Chinese one), so the
/// variance is taken per character of the target side: lengths are first brought to target units
/// (c·l1), and δ = (l2 − c·l1) / √(s² · (c·l1 + l2) / 2). With c = 1 this is the paper's formula.
/// </remarks>
internal readonly struct LengthMatchCost(double ratio)
{
    /// <summary>Variance of the length difference per character, from the paper.</summary>
    private const double VariancePerChar = 6.8;

    /// <summary>
    /// A bound no cost goes below. Costs are −ln of a probability, so at least 0 in exact
    /// arithmetic; the fit of <see cref="LogErfc"/> can put them a relative 1.2·10⁻⁷ below that, and
    /// the bound leaves room for it.
    /// </summary>
    public const double Floor = -1e-6;

    /// <summary>The cost of aligning <paramref name="fromLength"/> characters with <paramref name="toLength"/>.</summary>
    public double Cost(long fromLength, long toLength)
    {
        if (fromLength == 0 && toLength == 0)
        {
            return 0;
        }

        double expected = ratio * fromLength;
        double mean = (expected + toLength) / 2;
        double delta = Math.Abs(toLength - expected) / Math.Sqrt(VariancePerChar * mean);

        // P(|δ| or more) = 2(1 − Φ(δ)) = erfc(δ/√2).
        return -LogErfc(delta / Math.Sqrt(2));
    }

    /// <summary>
    /// A bound <see cref="Cost"/> never goes below for the same lengths, for a fraction of its work
    /// (one division: no square root, no logarithm, none of the fit). The aligner skips every bead
    /// whose cost could not beat the cell's best even at this bound.
    /// </summary>
    /// <remarks>
    /// The cost is −ln erfc(x) with x² = δ²/2, and erfc(x) ≤ e^(−x²) for x ≥ 0 (the Chernoff bound),
    /// so the cost is at least x² in exact arithmetic. The fit of <see cref="LogErfc"/> can put it a
    /// relative 1.2·10⁻⁷ of erfc (an absolute 1.2·10⁻⁷ of its logarithm) below that, and each side's
    /// rounding a few units in the last place of x²: the bound gives up a relative 10⁻⁹ and
    /// <see cref="Floor"/>'s 10⁻⁶ for them. NaN when both lengths are 0 (whose cost is 0), which
    /// every comparison takes as no reason to skip.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LowerBound(long fromLength, long toLength)
    {
        double expected = ratio * fromLength;
        double difference = toLength - expected;
        double halfDeltaSquared = difference * difference / (VariancePerChar * (expected + toLength));
        return (halfDeltaSquared * (1 - 1e-9)) + Floor;
    }

    /// <summary>
    /// ln erfc(x) for x ≥ 0, by the Chebyshev fit of Numerical Recipes (erfcc, relative error below
    /// 1.2·10⁻⁷). Taking the logarithm of the fit's exponential form directly stays finite for any
    /// x, where erfc itself underflows to 0 past x ≈ 27 and its logarithm would be −∞.
    /// </summary>
    /// <remarks>
    /// The logarithm is <see cref="Math.Log(double)"/>'s. An inlined one within one unit in the last
    /// place of it (fdlibm's algorithm, tried in the twenty-first round) differed from it in the last
    /// bit for about one value in twenty, and where two alignments cost the same in exact arithmetic
    /// (repeated paragraphs) that bit chose between them: the output changed.
    /// </remarks>
    internal static double LogErfc(double x)
    {
        double t = 1 / (1 + (0.5 * x));
        double poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return Math.Log(t) - (x * x) + poly;
    }
}
