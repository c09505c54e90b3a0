namespace DocSchema.Runtime.Alignment;

/// <summary>
/// One link of a paragraph alignment between two sections: <see cref="FromCount"/> paragraphs
/// of the first section starting at <see cref="From"/> translate <see cref="ToCount"/> paragraphs
/// of the second starting at <see cref="To"/>. Counts are 0, 1 or 2 (Gale–Church beads 1–1, 1–0,
/// 0–1, 2–1, 1–2); a side with count 0 has a null start.
/// </summary>
/// <param name="From">One-based first paragraph in the first section, or null.</param>
/// <param name="FromCount">Paragraphs of the first section in this link.</param>
/// <param name="To">One-based first paragraph in the second section, or null.</param>
/// <param name="ToCount">Paragraphs of the second section in this link.</param>
public sealed record AlignmentBead(int? From, int FromCount, int? To, int ToCount);
