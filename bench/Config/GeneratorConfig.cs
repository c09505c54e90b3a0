namespace DocSchema.Bench.Config;

/// <summary>For the generator benchmarks (milliseconds per run, no text input).</summary>
public sealed class GeneratorConfig() : BenchConfig(2, 5);
