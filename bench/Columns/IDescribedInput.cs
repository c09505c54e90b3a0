using BenchmarkDotNet.Running;

namespace DocSchema.Bench.Columns;

/// <summary>
/// A benchmark class that can say what each of its cases reads. The columns call it in the host
/// process (BenchmarkDotNet runs the benchmarks themselves in another one), so it must be
/// computable from the case alone: its method and parameters.
/// </summary>
public interface IDescribedInput
{
    /// <summary>What one operation of <paramref name="benchmarkCase"/> reads and writes.</summary>
    static abstract BenchmarkInput Describe(BenchmarkCase benchmarkCase);
}
