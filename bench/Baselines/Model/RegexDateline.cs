namespace DocSchema.Bench.Baselines.Model;

/// <summary>A dateline such as <c>(华盛顿、基辅20日讯)</c>.</summary>
/// <param name="Raw">The dateline as written.</param>
/// <param name="Places">The places it names.</param>
/// <param name="Day">Day of the month, or null.</param>
/// <param name="Month">Month, or null.</param>
/// <param name="Year">Year, or null.</param>
/// <param name="Agency">The news agency, or null.</param>
public sealed record RegexDateline(string Raw, IReadOnlyList<string> Places, int? Day, int? Month, int? Year, string? Agency);
