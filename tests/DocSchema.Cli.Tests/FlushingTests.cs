using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>
/// Standard output is flushed when the batch has no finished record to write (and at the end), not
/// after every record: a consumer reading as the batch runs still gets each finished line before
/// the batch waits for a slow document, and only ever whole lines.
/// </summary>
public class FlushingTests
{
    [Fact]
    public void WhileTheBatchWaitsForASlowDocument_TheLinesBeforeItAreFlushed_Whole()
    {
        using var tree = new TempTree();
        var stdout = new FlushRecordingWriter();
        var seenWhileBlocked = "";
        ControlledSchema? schema = null;
        schema = new ControlledSchema
        {
            Blocked = () => Task.Run(async () =>
            {
                // The writer may still be busy with the first line when the second document blocks.
                for (var i = 0; i < 200 && stdout.Visible.Length == 0; i++) await Task.Delay(25);
                seenWhileBlocked = stdout.Visible;
                schema!.Release();
            }),
        };
        using var _ = schema;
        var files = new[] { tree.Write("1.txt", "quick"), tree.Write("2.txt", "BLOCK"), tree.Write("3.txt", "quick") };

        var exit = Run(stdout, schema, ["parse", "--format", "jsonl", "--jobs", "1", "--timeout", "0", .. files]);

        Assert.Equal(0, exit);
        Assert.Contains($"\"source\":\"{files[0]}\"", seenWhileBlocked);
        Assert.DoesNotContain(files[1], seenWhileBlocked);
        Assert.EndsWith(Environment.NewLine, seenWhileBlocked, StringComparison.Ordinal);
        Assert.Equal(3, stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void RecordsReadyTogether_AreFlushedTogether_AndEveryFlushEndsAtALineEnd()
    {
        using var tree = new TempTree();
        var stdout = new FlushRecordingWriter();
        ControlledSchema? schema = null;
        schema = new ControlledSchema
        {
            // The documents after the blocked first one finish while it waits: when it is released,
            // the writer finds them all ready and writes them without a flush in between.
            Blocked = () => Task.Run(async () =>
            {
                await Task.Delay(300);
                schema!.Release();
            }),
        };
        using var _ = schema;
        tree.Write("dir/00.txt", "BLOCK");
        for (var i = 1; i < 40; i++) tree.Write($"dir/{i:D2}.txt", "quick");

        var exit = Run(stdout, schema, ["parse", "--format", "jsonl", "--jobs", "2", "--timeout", "0", tree.PathOf("dir")]);

        Assert.Equal(0, exit);
        var flushes = stdout.Flushes;
        Assert.Equal(40, flushes[^1].Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(flushes, text => Assert.True(text.Length == 0 || text.EndsWith(Environment.NewLine, StringComparison.Ordinal), "a flush ended inside a line"));
        Assert.True(flushes.Distinct().Count() < 40, $"{flushes.Distinct().Count()} distinct flushes for 40 lines");
    }

    private static int Run(FlushRecordingWriter stdout, ControlledSchema schema, string[] args) =>
        new CliApplication([schema.Info], new MemoryStream(), stdout, new StringWriter()).Run(args);
}
