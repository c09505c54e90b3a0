using BenchmarkDotNet.Running;
using DocSchema.Bench.Profiling;

// `phases` prints where a generated parse spends its time; anything else goes to BenchmarkDotNet
// (e.g. --filter '*', --list flat). docs/performance.md has the exact commands.
if (args is ["phases"])
{
    PhaseBreakdown.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
