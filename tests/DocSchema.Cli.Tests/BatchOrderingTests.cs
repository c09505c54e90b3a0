using DocSchema.Cli.Processing;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary><c>--jobs N</c>: documents parsed in parallel, records written in input order, memory bounded.</summary>
public class BatchOrderingTests
{
    [Fact]
    public void Jobs4_OverManyFilesTakingRandomTimes_WritesOneLineEachInInputOrder()
    {
        using var tree = new TempTree();
        using var schema = new ControlledSchema();
        var random = new Random(20250320);
        const int Files = 120;
        for (var i = 0; i < Files; i++) tree.Write($"dir/{i:D3}.txt", $"SLEEP {random.Next(0, 12)}");

        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", "4", tree.PathOf("dir")], schemas: [schema.Info]);

        Assert.Equal(0, run.ExitCode);
        var prefix = tree.PathOf("dir").Replace('\\', '/') + "/";
        Assert.Equal(Enumerable.Range(0, Files).Select(i => $"{prefix}{i:D3}.txt"), run.JsonLines().Select(l => l.GetProperty("source").GetString()));
        Assert.Equal(Files, schema.Started);
        // In parallel, but never more than asked for.
        Assert.InRange(schema.MaxConcurrent, 2, 4);
    }

    [Fact]
    public void Jobs1_ParsesOneDocumentAtATime()
    {
        using var tree = new TempTree();
        using var schema = new ControlledSchema();
        for (var i = 0; i < 10; i++) tree.Write($"dir/{i}.txt", "SLEEP 5");

        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", "1", tree.PathOf("dir")], schemas: [schema.Info]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(10, run.JsonLines().Length);
        Assert.Equal(1, schema.MaxConcurrent);
    }

    [Fact]
    public void ASlowFirstDocument_DoesNotLetTheOthersPileUp_TheReorderBufferIsBounded()
    {
        using var tree = new TempTree();
        var startedWhileBlocked = -1;
        ControlledSchema? schema = null;
        schema = new ControlledSchema
        {
            // While the first document blocks, the others may run ahead only as far as the reorder
            // buffer allows; then the batch waits. Release after that has had time to happen.
            Blocked = () => Task.Run(async () =>
            {
                await Task.Delay(300);
                startedWhileBlocked = schema!.Started;
                schema.Release();
            }),
        };
        using var _ = schema;
        // Twice as many documents as the window holds: without the bound, all of them would start.
        const int Window = 2 * BatchRunner.DocumentsPerJob;
        tree.Write("dir/000.txt", "BLOCK");
        for (var i = 1; i < 2 * Window; i++) tree.Write($"dir/{i:D3}.txt", "quick");

        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", "2", "--timeout", "0", tree.PathOf("dir")], schemas: [schema.Info]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2 * Window, run.JsonLines().Length);
        // The blocked one and those after it that fit in the window, waiting to be written.
        Assert.InRange(startedWhileBlocked, 2, Window);
    }

    [Fact]
    public void JsonArray_WithJobs_IsInInputOrder()
    {
        using var tree = new TempTree();
        using var schema = new ControlledSchema();
        var files = Enumerable.Range(0, 12).Select(i => tree.Write($"{i:D2}.txt", $"SLEEP {(12 - i) * 2}")).ToArray();

        var run = CliRun.Of(["parse", "--format", "json", "--jobs", "3", .. files], schemas: [schema.Info]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(files, run.Json().EnumerateArray().Select(e => e.GetProperty("source").GetString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void BadJobs_IsAUsageError_Exit2(string jobs)
    {
        var run = CliRun.WithStdin("text", "parse", "--jobs", jobs, "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
