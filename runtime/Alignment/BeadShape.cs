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
    /// <summary>−ln 0.89, the 1–1 bead's penalty.</summary>
    /// <remarks>
    /// The penalties are constants, <see cref="Math.Log(double)"/>'s values bit for bit on x64
    /// Linux (GaleChurchAlignerTests checks them within one unit in the last place, where another
    /// C library may round differently): the aligner's loop then takes them as immediate operands,
    /// where values read from <see cref="All"/> held five vector registers or stack slots through it.
    /// </remarks>
    public const double OneToOnePenalty = 0.11653381625595151;

    /// <summary>−ln 0.0099, the penalty of a 1–0 or 0–1 bead (a paragraph left unpaired).</summary>
    public const double UnpairedPenalty = 4.615220521841593;

    /// <summary>−ln 0.089, the penalty of a 2–1 or 1–2 bead.</summary>
    public const double TwoToOnePenalty = 2.419118909249997;

    /// <summary>All shapes, 1–1 first so that it wins ties.</summary>
    public static readonly BeadShape[] All =
    [
        new(1, 1, OneToOnePenalty),
        new(1, 0, UnpairedPenalty),
        new(0, 1, UnpairedPenalty),
        new(2, 1, TwoToOnePenalty),
        new(1, 2, TwoToOnePenalty),
    ];

    /// <summary>The lowest penalty of any shape (1–1's): the least a bead can add besides its length cost.</summary>
    public const double CheapestPenalty = OneToOnePenalty;

    /// <summary>The lowest penalty of a shape that takes more from one side than the other (2–1's and 1–2's).</summary>
    public const double CheapestUnbalancedPenalty = TwoToOnePenalty;
}
