using DocSchema.Bench.Columns;

namespace DocSchema.Bench.Config;

/// <summary>For the scaling tables, whose largest operations take seconds: one warm-up, five measurements.</summary>
public sealed class ScalingConfig() : BenchConfig(1, 5,
    InputColumns.Input, InputColumns.Throughput, InputColumns.TimePerMegabyte, InputColumns.TimePerDocument,
    InputColumns.AllocatedPerDocument, InputColumns.AllocatedPerOutput, InputColumns.SpeedupOverRegex);
