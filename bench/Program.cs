using BenchmarkDotNet.Running;
using DocSchema.Bench.Batch;
using DocSchema.Bench.Profiling;

// `phases` prints where a generated parse spends its time, `profile DOCUMENT` a sampling profile
// of it, `batch DIR [--runs N] [--cli DLL]` times the CLI's batch against the floor (filling DIR with 4,000 copies of
// each sample first when it does not exist); anything else goes to BenchmarkDotNet
// (e.g. --filter '*', --list flat). docs/performance.md has the exact commands.
if (SamplingProfile.TryRunChild(args)) return;
if (args is ["profile", var document])
{
    SamplingProfile.Run(document, Console.Out);
    return;
}
if (args is ["batch", var directory, .. var options])
{
    // --runs N (default 3); --cli DLL: a published CLI (ReadyToRun) instead of the one built beside the bench.
    string? Option(string name) => options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
    var runs = Option("--runs") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3;
    var cli = Option("--cli") is { } path ? Path.GetFullPath(path) : Path.Combine(AppContext.BaseDirectory, "docschema.dll");
    BatchAgainstFloor.Run(Console.Out, directory, runs, copies: 4000, cli);
    return;
}
if (args is ["phases"])
{
    PhaseBreakdown.Run(Console.Out);
    PatternCosts.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
