using System.Diagnostics;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>
/// Reading a document's bytes: a file with a size in reads of at most a megabyte up to that size,
/// and what has no size (a FIFO, a /proc file) until a read returns nothing. Every byte arrives
/// whichever way is taken.
/// </summary>
public sealed class DocumentReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7_208)]
    [InlineData((1 << 20) - 1)]
    [InlineData(1 << 20)]
    [InlineData((3 << 20) + 17)]
    public void A_file_is_read_whole_at_every_size_around_the_read_size(int size)
    {
        using var tree = new TempTree();
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = tree.WriteBytes("doc.txt", bytes);

        Assert.Equal(bytes, DocumentReader.ReadFile(path, CancellationToken.None));
    }

    [Fact]
    public async Task A_fifo_has_no_size_and_is_read_until_its_writer_closes_it()
    {
        using var tree = new TempTree();
        var fifo = tree.PathOf("fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // More than one read's worth, so the reader grows its buffer past the first megabyte.
        var bytes = new byte[(1 << 20) + 4_097];
        new Random(5).NextBytes(bytes);
        var writer = Task.Run(() => File.WriteAllBytes(fifo, bytes));

        Assert.Equal(bytes, DocumentReader.ReadFile(fifo, CancellationToken.None));
        await writer;
    }

    [Fact]
    public void A_proc_file_whose_size_is_zero_is_read_to_its_end()
    {
        const string path = "/proc/self/status";
        Assert.Equal(0, new FileInfo(path).Length);

        var text = System.Text.Encoding.UTF8.GetString(DocumentReader.ReadFile(path, CancellationToken.None));
        Assert.StartsWith("Name:", text);
        Assert.Contains("\nPid:", text);
    }

    [Fact]
    public void A_cancelled_read_stops()
    {
        using var tree = new TempTree();
        var path = tree.Write("doc.txt", "text");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => DocumentReader.ReadFile(path, cancelled.Token));
    }
}
