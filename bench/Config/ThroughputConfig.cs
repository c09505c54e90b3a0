using DocSchema.Bench.Columns;

namespace DocSchema.Bench.Config;

/// <summary>For the per-article throughput tables: about ten seconds per case for ~100 µs operations.</summary>
public sealed class ThroughputConfig() : BenchConfig(3, 11,
    InputColumns.Input, InputColumns.Throughput, InputColumns.OutputStrings, InputColumns.AllocatedPerOutput, InputColumns.SpeedupOverRegex, InputColumns.SpeedupOverInterpreter);
