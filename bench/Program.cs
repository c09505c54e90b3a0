using BenchmarkDotNet.Running;
using DocSchema.Bench.Batch;
using DocSchema.Bench.Profiling;

// `phases` prints where a generated parse spends its time, `profile DOCUMENT` a sampling profile
// of it, `batch DIR` times the CLI's batch against the floor (filling DIR with 4,000 copies of
// each sample first when it does not exist); anything else goes to BenchmarkDotNet
// (e.g. --filter '*', --list flat). docs/performance.md has the exact commands.
if (SamplingProfile.TryRunChild(args)) return;
if (args is ["profile", var document])
{
    SamplingProfile.Run(document, Console.Out);
    return;
}
if (args is ["batch", var directory, ..])
{
    var runs = args is [_, _, "--runs", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3;
    BatchAgainstFloor.Run(Console.Out, directory, runs, copies: 4000);
    return;
}
if (args is ["phases"])
{
    PhaseBreakdown.Run(Console.Out);
    PatternCosts.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
