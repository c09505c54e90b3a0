using BenchmarkDotNet.Running;
using DocSchema.Bench.Batch;
using DocSchema.Bench.Commands;
using DocSchema.Bench.Generator;
using DocSchema.Bench.Profiling;

// The children the profile and code-cost commands start in fresh processes of this program.
if (SamplingProfile.TryRunChild(args)) return 0;
if (GeneratedCodeCost.TryRunChild(args)) return 0;

try
{
    // The bench's own commands (BenchCommands.Usage lists them); anything else goes to BenchmarkDotNet.
    if (!BenchCommands.TryRun(args, Console.Out)) BenchmarkSwitcher.FromAssembly(typeof(BatchAgainstFloor).Assembly).Run(args);
    return 0;
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    Console.Error.WriteLine(BenchCommands.Usage);
    return 2;
}
catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException)
{
    // A file the command was pointed at (a CLI, a folder of reports) missing, or a report it cannot read.
    Console.Error.WriteLine($"bench: {e.Message}");
    return 1;
}
