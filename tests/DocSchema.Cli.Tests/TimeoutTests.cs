using System.Diagnostics;
using System.Text.Json;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary><c>--timeout SECONDS</c>: a document that takes too long is an error record; the batch goes on.</summary>
public class TimeoutTests
{
    [Fact]
    public void AParseThatNeverEnds_IsAnErrorRecordAfterTheLimit_TheOthersAreParsed_Exit1()
    {
        using var tree = new TempTree();
        using var schema = new ControlledSchema();
        var files = new[] { tree.Write("1.txt", "quick"), tree.Write("2.txt", "BLOCK"), tree.Write("3.txt", "quick") };
        var clock = Stopwatch.StartNew();

        // Far above what a quick document takes with cold code on a loaded machine; only BLOCK reaches it.
        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", "2", "--timeout", "2", .. files], schemas: [schema.Info]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Equal(files, lines.Select(l => l.GetProperty("source").GetString()));
        Assert.Equal("controlled", lines[0].GetProperty("schema").GetString());
        Assert.True(lines[0].TryGetProperty("paragraphs", out _));

        var record = lines[1];
        Assert.Equal(["source", "schema", "error"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("controlled", record.GetProperty("schema").GetString());
        Assert.Equal("timed out after 2 s while parsing; the document was skipped", record.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("error").GetProperty("line").ValueKind);

        Assert.True(lines[2].TryGetProperty("paragraphs", out _));
        Assert.Matches(CliRun.SummaryPattern(3, "1 failed (1 timed out)"), run.StderrLines[^1]);
    }

    [Fact]
    public void SeveralDocumentsStuckAtOnce_EachTimesOut_AndTheThreadsAreReplacedForTheRest()
    {
        using var tree = new TempTree();
        using var schema = new ControlledSchema();
        var files = new[] { tree.Write("1.txt", "BLOCK"), tree.Write("2.txt", "BLOCK"), tree.Write("3.txt", "quick"), tree.Write("4.txt", "quick") };
        var clock = Stopwatch.StartNew();

        // Both threads are stuck at once; each document's limit is watched on its own.
        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", "2", "--timeout", "1", .. files], schemas: [schema.Info]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Equal(files, lines.Select(l => l.GetProperty("source").GetString()));
        Assert.All(lines[..2], l => Assert.Equal("timed out after 1 s while parsing; the document was skipped",
            l.GetProperty("error").GetProperty("message").GetString()));
        Assert.All(lines[2..], l => Assert.True(l.TryGetProperty("paragraphs", out _)));
        Assert.Matches(CliRun.SummaryPattern(4, "2 failed (2 timed out)"), run.StderrLines[^1]);
    }

    [Fact]
    public void TimeoutZero_IsNoLimit()
    {
        using var schema = new ControlledSchema();

        var run = CliRun.Of(["parse", "--format", "jsonl", "--timeout", "0", "-"], "SLEEP 400"u8.ToArray(), [schema.Info]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(Assert.Single(run.JsonLines()).TryGetProperty("paragraphs", out _));
    }

    [Fact]
    public void AParseWithinTheLimit_IsNotCut()
    {
        using var schema = new ControlledSchema();

        var run = CliRun.Of(["parse", "--format", "jsonl", "--timeout", "5", "-"], "SLEEP 100"u8.ToArray(), [schema.Info]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(Assert.Single(run.JsonLines()).TryGetProperty("paragraphs", out _));
    }

    [Fact]
    public void TheTextFormat_ShowsTheTimeoutAsTheDocumentsError()
    {
        using var schema = new ControlledSchema();

        var run = CliRun.Of(["parse", "--timeout", "0.2", "-"], "BLOCK"u8.ToArray(), [schema.Info]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  error       timed out after 0.2 s while parsing; the document was skipped", run.Stdout);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("soon")]
    [InlineData("100000")]
    public void BadTimeout_IsAUsageError_Exit2(string seconds)
    {
        var run = CliRun.WithStdin("text", "parse", "--timeout", seconds, "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--timeout", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
