namespace DocSchema.Bench.Columns;

/// <summary>
/// Names the benchmark of the same class (and parameters) that does the same work another way —
/// the Regex baseline (baseline R) or the Sprache interpreter (baseline S) for a generated parser —
/// for that baseline's "vs" column.
/// </summary>
/// <param name="method">The other benchmark's method name.</param>
/// <param name="baseline">Which baseline it is: the column that shows the comparison.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ComparedWithAttribute(string method, Baseline baseline = Baseline.Regex) : Attribute
{
    /// <summary>The other benchmark's method name.</summary>
    public string Method { get; } = method;

    /// <summary>Which baseline the other benchmark is.</summary>
    public Baseline Baseline { get; } = baseline;
}
