using System.Diagnostics;
using System.Text.Json;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>
/// Entries below a directory that are not readable files each give an error record and the batch
/// goes on. The tests run as root here, which reads any file whatever its mode (chmod 000 changes
/// nothing for root), so the unreadable entries are ones nobody can read: a link to nothing, a link
/// to itself, a FIFO that no one writes to (opening it blocks, so the time limit reports it), and a
/// directory nested deeper than a path may be long.
/// </summary>
public class UnreadableInputTests
{
    [Fact]
    public void BrokenLinkLinkLoopAndFifo_EachGiveAnErrorRecord_InOrder_TheRestIsParsed_Exit1()
    {
        using var tree = new TempTree();
        tree.Write("dir/a.txt", "first");
        File.CreateSymbolicLink(tree.PathOf("dir/b-broken.txt"), tree.PathOf("nowhere.txt"));
        File.CreateSymbolicLink(tree.PathOf("dir/c-loop.txt"), tree.PathOf("dir/c-loop.txt"));
        var fifo = tree.PathOf("dir/d-fifo");
        MakeFifo(fifo);
        tree.Write("dir/e.txt", "last");

        try
        {
            // The limit must be far above what a readable or broken entry takes even with cold code
            // on a loaded machine (0.5 s was once exceeded while writing a broken link's record);
            // only the FIFO, which never opens, may reach it.
            var run = CliRun.Of("parse", "--format", "jsonl", "--timeout", "3", tree.PathOf("dir"));

            Assert.Equal(1, run.ExitCode);
            var lines = run.JsonLines();
            var prefix = tree.PathOf("dir").Replace('\\', '/') + "/";
            Assert.Equal(["a.txt", "b-broken.txt", "c-loop.txt", "d-fifo", "e.txt"], lines.Select(l => l.GetProperty("source").GetString()![prefix.Length..]));
            Assert.Equal("empty", lines[0].GetProperty("schema").GetString());
            Assert.StartsWith("cannot read: ", Error(lines[1]));
            Assert.StartsWith("cannot read: ", Error(lines[2]));
            Assert.Equal("timed out after 3 s while reading; the document was skipped", Error(lines[3]));
            Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("schema").ValueKind);
            Assert.Equal("empty", lines[4].GetProperty("schema").GetString());
            Assert.Matches(CliRun.SummaryPattern(5, "3 failed (1 timed out)"), run.StderrLines[^1]);
        }
        finally
        {
            // The abandoned open of the FIFO is still waiting for a writer: give it one, so it ends.
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }
    }

    [Fact]
    public void AnUnreadableFileNamedOnTheCommandLine_IsAnErrorRecord_NotAUsageError()
    {
        using var tree = new TempTree();
        var fine = tree.Write("fine.txt");
        var loop = tree.PathOf("loop.txt");
        File.CreateSymbolicLink(loop, loop);

        var run = CliRun.Of("parse", "--format", "jsonl", fine, loop);

        // A link loop "exists" as a directory entry, so it is read, fails, and gets its record.
        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Equal([fine, loop], lines.Select(l => l.GetProperty("source").GetString()));
        Assert.StartsWith("cannot read: ", Error(lines[1]));
    }

    [Fact]
    public void ADirectoryTooDeepToList_IsAnErrorRecord_AndTheWalkGoesOn()
    {
        using var tree = new TempTree();
        tree.Write("dir/a.txt", "first");
        tree.Write("dir/z.txt", "last");
        // Directories nested past PATH_MAX (4096 bytes), made with relative mkdirs as only a shell can;
        // root cannot list them either. .NET used to hand back an empty path for them, which ended the batch.
        var level = new string('d', 250);
        RunShell($"cd '{tree.PathOf("dir")}' && mkdir deep && cd deep && for i in $(seq 18); do mkdir {level}$i && cd {level}$i; done && echo hidden > file.txt");

        try
        {
            var run = CliRun.Of("parse", "--format", "jsonl", tree.PathOf("dir"));

            Assert.Equal(1, run.ExitCode);
            var lines = run.JsonLines();
            Assert.Equal(3, lines.Length);
            Assert.EndsWith("/dir/a.txt", lines[0].GetProperty("source").GetString());
            Assert.Contains("/dir/deep/", lines[1].GetProperty("source").GetString());
            Assert.StartsWith("cannot list directory: ", Error(lines[1]));
            Assert.EndsWith("/dir/z.txt", lines[2].GetProperty("source").GetString());
            Assert.Equal("empty", lines[2].GetProperty("schema").GetString());
        }
        finally
        {
            // Directory.Delete cannot remove what it cannot name either.
            RunShell($"rm -rf '{tree.PathOf("dir/deep")}'");
        }
    }

    private static void RunShell(string command)
    {
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true })!;
        shell.WaitForExit();
        Assert.True(shell.ExitCode == 0, shell.StandardError.ReadToEnd());
    }

    private static string? Error(JsonElement record) => record.GetProperty("error").GetProperty("message").GetString();

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
