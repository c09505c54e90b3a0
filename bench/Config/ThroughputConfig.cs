using DocSchema.Bench.Columns;

namespace DocSchema.Bench.Config;

/// <summary>For the per-article throughput tables: a few seconds per case is enough for ~100 µs operations.</summary>
public sealed class ThroughputConfig() : BenchConfig(3, 7,
    InputColumns.Input, InputColumns.Throughput, InputColumns.OutputStrings, InputColumns.AllocatedPerOutput, InputColumns.SpeedupOverRegex);
