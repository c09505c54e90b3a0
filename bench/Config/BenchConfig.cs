using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using DocSchema.Bench.Columns;

namespace DocSchema.Bench.Config;

/// <summary>
/// What every benchmark class shares: a short job (the machine has 2 cores shared with others,
/// and the whole run must stay under 15 minutes), the memory diagnoser (bytes allocated per
/// operation), ratios against the class's baseline, and the given input columns.
/// </summary>
public abstract class BenchConfig : ManualConfig
{
    /// <summary>A config whose job warms up <paramref name="warmups"/> times and measures <paramref name="iterations"/> iterations.</summary>
    protected BenchConfig(int warmups, int iterations, params IColumn[] columns)
    {
        AddJob(Job.Default
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithLaunchCount(1)
            .WithId($"w{warmups}i{iterations}"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(columns);
        AddColumn(StatisticColumn.Median);
        AddColumn(BaselineRatioColumn.RatioMean);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
