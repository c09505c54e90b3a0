using System.Diagnostics;
using System.Text.Json;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM: no new document is started, documents in flight are dropped, every
/// line written is complete, the summary says the batch was interrupted, and the exit code is 130.
/// </summary>
public class CancellationTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void CancellingWhileADocumentIsInFlight_LeavesOnlyCompleteLinesOfTheDocumentsBefore_Exit130(string jobs)
    {
        using var tree = new TempTree();
        using var interrupt = new CancellationTokenSource();
        using var schema = new ControlledSchema { Blocked = interrupt.Cancel };
        var files = Enumerable.Range(0, 8).Select(i => tree.Write($"{i}.txt", i == 4 ? "BLOCK" : "SLEEP 2")).ToArray();

        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", jobs, "--timeout", "0", .. files], schemas: [schema.Info], cancellation: interrupt.Token);

        Assert.Equal(130, run.ExitCode);
        Assert.True(run.Stdout.Length == 0 || run.Stdout.EndsWith(Environment.NewLine, StringComparison.Ordinal), "a line was left incomplete");
        // Documents before the one in flight may or may not have been written when the signal came;
        // those written are complete and in order, and nothing from the blocked document on is.
        var sources = run.JsonLines().Select(l => l.GetProperty("source").GetString()).ToArray();
        Assert.InRange(sources.Length, 0, 4);
        Assert.Equal(files.Take(sources.Length), sources);
        Assert.Matches(CliRun.SummaryPattern(sources.Length, "none failed", interrupted: true), run.StderrLines[^1]);
    }

    [Fact]
    public void CancellingTheJsonFormat_StillClosesTheArray()
    {
        using var tree = new TempTree();
        using var interrupt = new CancellationTokenSource();
        using var schema = new ControlledSchema { Blocked = interrupt.Cancel };
        var files = new[] { tree.Write("1.txt", "quick"), tree.Write("2.txt", "BLOCK"), tree.Write("3.txt", "quick") };

        var run = CliRun.Of(["parse", "--format", "json", "--jobs", "1", .. files], schemas: [schema.Info], cancellation: interrupt.Token);

        Assert.Equal(130, run.ExitCode);
        Assert.Equal(JsonValueKind.Array, run.Json().ValueKind);
        Assert.InRange(run.Json().GetArrayLength(), 0, 1);
    }

    [Fact]
    public async Task Sigint_ToTheRealProcess_StopsItCleanly_WithCompleteLinesOnly()
    {
        using var tree = new TempTree();
        var first = tree.Write("1.txt", "第一篇文章。\n\n正文。");
        var second = tree.Write("2.txt", "A second story.\n\nIts body.");
        // Nobody writes to the FIFO: reading it blocks, as a slow document would, until the signal.
        var fifo = tree.PathOf("3-fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        var third = tree.Write("4.txt", "never reached");

        var docschema = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "docschema.exe" : "docschema");
        // A shell without job control starts background commands with SIGINT ignored, the child
        // inherits that, and the runtime keeps an ignored SIGINT ignored (as a background job should):
        // run from such a shell, the signal would never arrive. `env --default-signal` restores it
        // for the CLI alone. No per-document time limit, so that only the signal can end the FIFO.
        var start = new ProcessStartInfo("env", ["--default-signal=INT", docschema, "parse", "--format", "jsonl", "--jobs", "1", "--timeout", "0", first, second, fifo, third])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var stderr = process.StandardError.ReadToEndAsync(patience.Token);
            var lines = new List<string>();
            for (var i = 0; i < 2; i++) lines.Add((await process.StandardOutput.ReadLineAsync(patience.Token))!);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])) await kill.WaitForExitAsync(patience.Token);
            await process.WaitForExitAsync(patience.Token);

            Assert.Equal(130, process.ExitCode);
            Assert.Equal("", await process.StandardOutput.ReadToEndAsync(patience.Token));
            Assert.Equal([first, second], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
            Assert.Matches(CliRun.SummaryPattern(2, "none failed", interrupted: true), (await stderr).TrimEnd());
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
