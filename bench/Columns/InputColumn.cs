using System.Collections.Concurrent;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DocSchema.Bench.Columns;

/// <summary>
/// A column computed from a case's <see cref="BenchmarkInput"/> and its measurements (mean time,
/// bytes allocated per operation). Shown only for classes that implement <see cref="IDescribedInput"/>;
/// a cell is "-" when the value does not apply to the case.
/// </summary>
public sealed class InputColumn(string id, string header, string legend, Func<Measured, string?> value) : IColumn
{
    private static readonly ConcurrentDictionary<string, BenchmarkInput?> s_inputs = new();

    public string Id => id;

    public string ColumnName => header;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => InputOf(c) is not null);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (InputOf(benchmarkCase) is not { } input) return "-";
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics) return "-";
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return value(new Measured(summary, benchmarkCase, input, statistics.Median, allocated)) ?? "-";
    }

    public override string ToString() => ColumnName;

    /// <summary>The input of <paramref name="benchmarkCase"/>, or null when its class does not describe one.</summary>
    public static BenchmarkInput? InputOf(BenchmarkCase benchmarkCase) =>
        s_inputs.GetOrAdd(benchmarkCase.Descriptor.Type.FullName + "|" + benchmarkCase.DisplayInfo, _ =>
        {
            var type = benchmarkCase.Descriptor.Type;
            if (!typeof(IDescribedInput).IsAssignableFrom(type)) return null;
            var describe = typeof(InputColumn).GetMethod(nameof(DescribeAs), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
            return (BenchmarkInput)describe.Invoke(null, [benchmarkCase])!;
        });

    private static BenchmarkInput DescribeAs<T>(BenchmarkCase benchmarkCase) where T : IDescribedInput => T.Describe(benchmarkCase);
}
