namespace DocSchema.Bench.Columns;

/// <summary>
/// Names the benchmark of the same class (and parameters) that does the same work the other way —
/// the Regex baseline for a generated parser — for the "vs Regex" column.
/// </summary>
/// <param name="method">The other benchmark's method name.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ComparedWithAttribute(string method) : Attribute
{
    /// <summary>The other benchmark's method name.</summary>
    public string Method { get; } = method;
}
