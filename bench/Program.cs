using BenchmarkDotNet.Running;
using DocSchema.Bench.Profiling;

// `phases` prints where a generated parse spends its time, `profile DOCUMENT` a sampling profile
// of it; anything else goes to BenchmarkDotNet
// (e.g. --filter '*', --list flat). docs/performance.md has the exact commands.
if (SamplingProfile.TryRunChild(args)) return;
if (args is ["profile", var document])
{
    SamplingProfile.Run(document, Console.Out);
    return;
}
if (args is ["phases"])
{
    PhaseBreakdown.Run(Console.Out);
    PatternCosts.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
