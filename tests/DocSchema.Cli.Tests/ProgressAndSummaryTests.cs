using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>Standard error during <c>parse</c>: a progress line only on a terminal, a one-line summary always.</summary>
public class ProgressAndSummaryTests
{
    [Fact]
    public void NotATerminal_NoProgressLine_OnlyTheSummary()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("a.txt"), tree.Write("b.txt") };

        var run = CliRun.Of(["parse", "--format", "jsonl", .. files]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\r', run.Stderr);
        Assert.Matches(CliRun.SummaryPattern(2, "none failed"), Assert.Single(run.StderrLines));
    }

    [Fact]
    public void OnATerminal_AProgressLineIsDrawnInPlace_ThenClearedForTheSummary()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("a.txt"), tree.Write("b.txt", "THROW") };

        var run = CliRun.Of(["parse", "--format", "jsonl", .. files], stderrIsTerminal: true);

        Assert.Equal(1, run.ExitCode);
        // The first record draws at once (later ones at most every quarter second).
        Assert.StartsWith("\rdocschema: 1 file, 0.0 MB, ", run.Stderr);
        Assert.Contains(" MB/s, 0 errors", run.Stderr);
        // Cleared (carriage return, blanks, carriage return) before the summary starts its own line.
        var summary = run.Stderr[(run.Stderr.LastIndexOf('\r') + 1)..].TrimEnd();
        Assert.Matches(CliRun.SummaryPattern(2, "1 failed"), summary);
        Assert.Equal(2, run.JsonLines().Length);
    }

    [Fact]
    public void OnATerminal_WarningsGetLinesOfTheirOwn()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("a.txt"), tree.WriteBytes("b.txt", [(byte)'x', 0xFF]) };

        var run = CliRun.Of(["parse", "--format", "jsonl", "--jobs", "1", .. files], stderrIsTerminal: true);

        var warning = run.StderrLines.Single(l => l.Contains("warning:", StringComparison.Ordinal));
        // The progress line before it was cleared: the warning starts after the last carriage return.
        Assert.EndsWith($"\rdocschema: warning: {files[1]}: invalid UTF-8 at byte offset 1 (1 invalid sequence replaced with U+FFFD)", warning);
    }

    [Fact]
    public void TheSummary_CountsFilesMegabytesAndFailures()
    {
        using var tree = new TempTree();
        var big = tree.Write("big.txt", new string('x', 2_000_000));
        var broken = tree.PathOf("broken.txt");
        File.CreateSymbolicLink(broken, tree.PathOf("nowhere"));

        var run = CliRun.Of("parse", "--format", "jsonl", big, broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^docschema: 2 files \(2\.0 MB\) in \d+\.\d s, \d+\.\d MB/s; 1 failed$", run.StderrLines[^1]);
    }

    [Fact]
    public void UsageErrors_HaveNoSummary()
    {
        var run = CliRun.Of("parse", "--schema", "nope", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("files", run.Stderr);
    }
}
