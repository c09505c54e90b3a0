using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DocSchema.Bench.Columns;

/// <summary>One case's input and measurements, as a column sees them.</summary>
/// <param name="Summary">The whole summary (to find other cases).</param>
/// <param name="Case">The case.</param>
/// <param name="Input">What one operation reads and writes.</param>
/// <param name="MedianNanoseconds">
/// Median time of one operation: on a machine shared with other jobs the mean carries their
/// bursts, the median much less.
/// </param>
/// <param name="AllocatedBytes">Bytes allocated per operation, when the memory diagnoser ran.</param>
public sealed record Measured(Summary Summary, BenchmarkCase Case, BenchmarkInput Input, double MedianNanoseconds, long? AllocatedBytes);
