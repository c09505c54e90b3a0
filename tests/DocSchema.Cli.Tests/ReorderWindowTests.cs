using DocSchema.Cli.Output;
using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Tests;

/// <summary>The reorder window of a batch: records taken in input order, documents started only within its bounds.</summary>
public class ReorderWindowTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void RecordsAreTakenInInputOrder_WhateverOrderTheyFinishIn()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        window.Add(2, Finished("2"));
        window.Add(0, Finished("0"));

        Assert.Equal("0", Take(window));
        Assert.False(window.TryTakeNext(out _));
        window.Add(1, Finished("1"));
        Assert.Equal("1", Take(window));
        Assert.Equal("2", Take(window));
        window.End(3, failure: null);
        Assert.False(window.WaitForNext());
    }

    [Fact]
    public async Task ADocumentStartsOnlyWithinSizePlacesOfTheNextRecordToWrite()
    {
        var window = new ReorderWindow(2, long.MaxValue);
        Assert.True(window.WaitForRoom(0));
        Assert.True(window.WaitForRoom(1));

        var third = Task.Run(() => window.WaitForRoom(2));
        await Task.Delay(200);
        Assert.False(third.IsCompleted);

        window.Add(0, Finished("0"));
        Assert.False(third.IsCompleted);
        Take(window);
        Assert.True(await third.WaitAsync(s_patience));
    }

    [Fact]
    public async Task RecordsWaitingBehindAnUnfinishedDocument_HoldBackNewOnes_OnceTheyReachTheByteLimit()
    {
        var window = new ReorderWindow(8, maxBytes: 1000);
        window.Add(1, Finished("1", bytes: 1000));

        var next = Task.Run(() => window.WaitForRoom(2));
        await Task.Delay(200);
        Assert.False(next.IsCompleted);

        window.Add(0, Finished("0", bytes: 10));
        Take(window);
        Assert.False(next.IsCompleted);
        Take(window);
        Assert.True(await next.WaitAsync(s_patience));
    }

    [Fact]
    public void AFailure_IsThrownOnceTheRecordsBeforeItAreTaken()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        window.Add(0, Finished("0"));
        window.Add(2, Finished("2"));
        window.End(1, new IOException("the walk failed"));

        Assert.True(window.WaitForNext());
        Assert.Equal("0", Take(window));
        Assert.False(window.TryTakeNext(out _));
        Assert.Equal("the walk failed", Assert.Throws<IOException>(() => window.WaitForNext()).Message);
    }

    [Fact]
    public async Task Close_WakesTheWriterAndTheStarters_AndNothingMoreIsTaken()
    {
        var window = new ReorderWindow(1, long.MaxValue);
        var writer = Task.Run(window.WaitForNext);
        var starter = Task.Run(() => window.WaitForRoom(1));
        await Task.Delay(200);

        window.Close();

        Assert.False(await writer.WaitAsync(s_patience));
        Assert.False(await starter.WaitAsync(s_patience));
        window.Add(0, Finished("0"));
        Assert.False(window.TryTakeNext(out _));
    }

    private static string Take(ReorderWindow window)
    {
        Assert.True(window.TryTakeNext(out var finished));
        return finished.Result.Source;
    }

    private static FinishedDocument Finished(string source, int bytes = 1)
    {
        var record = new RecordBuffer();
        record.GetSpan(bytes)[..bytes].Fill((byte)'x');
        record.Advance(bytes);
        return new FinishedDocument(new DocumentResult { Source = source }, record);
    }
}
