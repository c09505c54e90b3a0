namespace DocSchema.Runtime.Alignment;

/// <summary>
/// Length-based paragraph alignment after Gale and Church (1993): dynamic programming over beads
/// 1–1, 1–0, 0–1, 2–1 and 1–2, scoring each by how far the length ratio strays from the ratio of
/// the two whole texts. Runs in a band around the diagonal, so time is linear in the paragraph count.
/// </summary>
public static class GaleChurchAligner
{
    /// <summary>Aligns paragraphs with lengths <paramref name="from"/> to paragraphs with lengths <paramref name="to"/>.</summary>
    public static IReadOnlyList<AlignmentBead> Align(IReadOnlyList<int> from, IReadOnlyList<int> to) =>
        throw new NotImplementedException();
}
