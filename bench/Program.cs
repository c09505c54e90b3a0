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
    // The bench's own commands (BenchCommands.Usage lists them); options go to BenchmarkDotNet.
    if (!BenchCommands.TryRun(args, Console.Out)) BenchmarkSwitcher.FromAssembly(typeof(BatchAgainstFloor).Assembly).Run(args);
    return 0;
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    Console.Error.WriteLine(BenchCommands.Usage);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
{
    // A file or folder the command was pointed at that is missing or cannot be read or written (a
    // CLI, a folder of reports, where the plots go), or a report it cannot read. The framework's
    // messages name the path; the command is named here.
    Console.Error.WriteLine($"bench: {args[0]}: {e.Message}");
    return 1;
}
