using System.Diagnostics;
using System.Globalization;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Floor;

namespace DocSchema.Bench.Batch;

/// <summary>
/// The performance issue's acceptance check, timed in one run on one machine: the whole process
/// <c>docschema parse --schema auto --format jsonl DIR</c> against a single-threaded read + decode +
/// line split + quote-mark scan of the same folder. Runs alternate (floor, batch, floor, batch, …)
/// so that both see the same load, after untimed runs of each.
/// </summary>
/// <remarks>
/// The floor runs in this process, file by file in the order the CLI reads them; the CLI runs as a
/// child process started through <c>/bin/sh</c> with its records going to <c>/dev/null</c>, and is
/// timed from start to exit, so its figure includes starting the runtime and compiling the parsers.
/// Its summary line (stderr) must report every file and no failure, or the run is rejected.
/// </remarks>
public static class BatchAgainstFloor
{
    private const double MiB = 1 << 20;

    /// <summary>
    /// Times <paramref name="runs"/> alternating runs of the CLI <paramref name="cli"/> (a
    /// <c>docschema.dll</c>, run with <c>dotnet</c>, or a native <c>docschema</c> executable) over <paramref name="directory"/>, first filling it with
    /// <paramref name="copies"/> copies of each sample page when it does not exist, and prints the table.
    /// </summary>
    public static void Run(TextWriter output, string directory, int runs, int copies, string cli)
    {
        if (!File.Exists(cli)) throw new FileNotFoundException($"no CLI at {cli}; publish one with `dotnet publish -c Release cli -o DIR` and pass --cli DIR/docschema.dll (or DIR/docschema for a native build)", cli);
        if (!Directory.Exists(directory)) MakeCorpus(directory, copies);
        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray();
        long bytes = files.Sum(f => new FileInfo(f).Length);

        output.WriteLine($"### Batch against the floor: {files.Length:N0} files, {bytes / MiB:N1} MB in {directory}");
        output.WriteLine();
        output.WriteLine($"CLI: {cli}");
        output.WriteLine();

        // Untimed runs first. The floor's first runs are this process's code before the JIT's tiers
        // have reached it (its own tier 0, the framework's ReadyToRun code): they took 2-3 x its
        // steady time, which made early ratios look twice as good as they are, and a median over a
        // few runs could be one of them. So the floor runs for at least two seconds, then the CLI once.
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(2);) Floor(files);
        Cli(cli, directory, files.Length);
        output.WriteLine("(after two seconds of untimed floor runs and one untimed batch)");
        output.WriteLine();
        output.WriteLine("| run | floor (1 thread) s | floor MB/s | docschema parse s | docschema MB/s | batch ÷ floor |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|");
        var ratios = new List<double>();
        for (int run = 1; run <= runs; run++)
        {
            var floor = Floor(files);
            var batch = Cli(cli, directory, files.Length);
            double floorRate = bytes / MiB / floor.TotalSeconds;
            double batchRate = bytes / MiB / batch.TotalSeconds;
            ratios.Add(batchRate / floorRate);
            output.WriteLine(FormattableString.Invariant(
                $"| {run} | {floor.TotalSeconds:F2} | {floorRate:N0} | {batch.TotalSeconds:F2} | {batchRate:N1} | {100 * batchRate / floorRate:N0} % |"));
        }

        ratios.Sort();
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"Median batch ÷ floor: {100 * ratios[ratios.Count / 2]:N0} % (target ≥ 50 %)."));
    }

    /// <summary>Read every file, then decode, split into lines and find the quote marks as the throughput floor does, on this thread.</summary>
    public static TimeSpan Floor(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        long work = 0;
        foreach (var file in files) work += DecodeSplitScanFloor.Run(File.ReadAllBytes(file));
        clock.Stop();
        GC.KeepAlive(work);
        return clock.Elapsed;
    }

    private static TimeSpan Cli(string cli, string directory, int expectedFiles)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            // A .dll is the portable CLI, started by the dotnet host; anything else is a native executable.
            ArgumentList = { "-c", (cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "exec dotnet \"$0\"" : "exec \"$0\"") + " parse --schema auto --format jsonl \"$1\" > /dev/null", cli, directory },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();

        // "docschema: 8000 files (64.1 MB) in 2.5 s, 25.2 MB/s; none failed"
        string expected = expectedFiles.ToString(CultureInfo.InvariantCulture) + " files";
        if (process.ExitCode != 0 || !errors.Contains(expected, StringComparison.Ordinal) || !errors.Contains("none failed", StringComparison.Ordinal))
            throw new InvalidOperationException($"the batch did not parse every file (exit {process.ExitCode}): {errors.Trim()}");
        return clock.Elapsed;
    }

    private static void MakeCorpus(string directory, int copies)
    {
        Directory.CreateDirectory(directory);
        for (int i = 1; i <= copies; i++)
        {
            File.WriteAllBytes(Path.Combine(directory, $"od-{i}.txt"), SampleArticle.OrientalDaily.Utf8);
            File.WriteAllBytes(Path.Combine(directory, $"abc-{i}.txt"), SampleArticle.AbcNewsBilingual.Utf8);
        }
    }
}
