namespace DocSchema.Runtime.Alignment;

/// <summary>
/// One kind of Gale–Church bead: how many paragraphs it takes from each side, and its prior
/// probability. Gale and Church (1993, table 5) give 0.89 for 1–1, 0.0099 for 1–0 or 0–1 and 0.089
/// for 2–1 or 1–2; like their program, each direction of a pair gets the pair's probability, so the
/// two directions weigh the same. 2–2 beads are not used.
/// </summary>
/// <param name="FromCount">Paragraphs taken from the first section.</param>
/// <param name="ToCount">Paragraphs taken from the second section.</param>
/// <param name="Penalty">−ln of the bead's prior probability.</param>
internal readonly record struct BeadShape(int FromCount, int ToCount, double Penalty)
{
    /// <summary>All shapes, 1–1 first so that it wins ties.</summary>
    public static readonly BeadShape[] All =
    [
        new(1, 1, -Math.Log(0.89)),
        new(1, 0, -Math.Log(0.0099)),
        new(0, 1, -Math.Log(0.0099)),
        new(2, 1, -Math.Log(0.089)),
        new(1, 2, -Math.Log(0.089)),
    ];

    /// <summary>The lowest penalty of any shape (1–1's): the least a bead can add besides its length cost.</summary>
    public static readonly double CheapestPenalty = All.Min(shape => shape.Penalty);

    /// <summary>The lowest penalty of a shape that takes more from one side than the other (2–1's and 1–2's).</summary>
    public static readonly double CheapestUnbalancedPenalty = All.Where(shape => shape.FromCount != shape.ToCount).Min(shape => shape.Penalty);
}
