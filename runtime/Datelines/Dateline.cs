using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Datelines;

/// <summary>
/// A dateline: where and when a story was filed, e.g. <c>(华盛顿、基辅20日讯)</c> or
/// <c>LONDON, March 18 (Reuters) -</c>. It is not part of the paragraph it leads.
/// </summary>
/// <param name="Raw">The dateline as written.</param>
/// <param name="Places">The places named, in order.</param>
/// <param name="Day">Day of the month, or null.</param>
/// <param name="Month">Month (1–12), or null.</param>
/// <param name="Year">Year, or null.</param>
/// <param name="Agency">The news agency, e.g. <c>Reuters</c>, or null.</param>
public sealed record Dateline(TextValue Raw, IReadOnlyList<TextValue> Places, int? Day, int? Month, int? Year, TextValue? Agency);
