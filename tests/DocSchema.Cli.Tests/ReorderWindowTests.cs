using DocSchema.Cli.Output;
using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Tests;

/// <summary>
/// The reorder window of a batch: records taken in input order by one thread at a time (the one
/// with the turn), documents started only within its bounds, the batch's thread woken at the end.
/// </summary>
public class ReorderWindowTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void RecordsAreTakenInInputOrder_WhateverOrderTheyFinishIn()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        Assert.False(window.Add(2, Finished("2")));
        Assert.True(window.Add(0, Finished("0")));

        Assert.Equal("0", Take(window));
        Assert.False(window.TryTakeNext(out _));
        Assert.True(window.TryEndTurn());
        Assert.True(window.Add(1, Finished("1")));
        Assert.Equal("1", Take(window));
        Assert.Equal("2", Take(window));
        Assert.True(window.TryEndTurn());
        window.End(3, failure: null);
        Assert.False(window.WaitForTurnOrEnd());
    }

    [Fact]
    public void TheTurn_GoesToOneThreadAtATime_AndIsKeptWhileTheNextRecordIsReady()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        Assert.True(window.Add(0, Finished("0")));
        Assert.Equal("0", Take(window));

        // The next record arrives while the turn is held: its thread does not get the turn...
        Assert.False(window.Add(1, Finished("1")));
        // ...so the holder cannot give it back before taking that record.
        Assert.False(window.TryEndTurn());
        Assert.Equal("1", Take(window));
        Assert.True(window.TryEndTurn());

        Assert.True(window.Add(2, Finished("2")));
    }

    [Fact]
    public async Task WaitForTurnOrEnd_ReturnsOnlyOnceTheLastRecordIsTakenAndTheTurnGivenBack()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        Assert.True(window.Add(0, Finished("0")));
        window.End(2, failure: null);
        var end = Task.Run(window.WaitForTurnOrEnd);

        Assert.Equal("0", Take(window));
        Assert.True(window.TryEndTurn());
        await Task.Delay(200);
        Assert.False(end.IsCompleted);

        Assert.True(window.Add(1, Finished("1")));
        Assert.Equal("1", Take(window));
        await Task.Delay(200);
        Assert.False(end.IsCompleted);
        Assert.True(window.TryEndTurn());
        Assert.False(await end.WaitAsync(s_patience));
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
    public async Task ARecordAddedWithoutTheTurn_IsLeftToTheBatchsThread_WhichTakesTheTurn()
    {
        // The watchdog's time-out record for the next document: the watchdog does not write it.
        var window = new ReorderWindow(4, long.MaxValue);
        var batch = Task.Run(window.WaitForTurnOrEnd);
        await Task.Delay(200);
        Assert.False(batch.IsCompleted);

        window.AddWithoutTurn(0, Finished("0"));

        Assert.True(await batch.WaitAsync(s_patience));
        // The batch's thread has the turn: a parse thread's next record does not take it.
        Assert.False(window.Add(1, Finished("1")));
        Assert.Equal("0", Take(window));
        Assert.Equal("1", Take(window));
        Assert.True(window.TryEndTurn());

        // Added while a parse thread holds the turn, it is that thread's to write.
        Assert.True(window.Add(2, Finished("2")));
        window.AddWithoutTurn(3, Finished("3"));
        Assert.Equal("2", Take(window));
        Assert.False(window.TryEndTurn());
        Assert.Equal("3", Take(window));
        Assert.True(window.TryEndTurn());
        window.End(4, failure: null);
        Assert.False(window.WaitForTurnOrEnd());
    }

    [Fact]
    public async Task AFailure_IsThrownOnceTheRecordsBeforeItAreTaken()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        Assert.True(window.Add(0, Finished("0")));
        Assert.False(window.Add(2, Finished("2")));
        window.End(1, new IOException("the walk failed"));
        var end = Task.Run(window.WaitForTurnOrEnd);
        await Task.Delay(200);
        Assert.False(end.IsCompleted);

        Assert.Equal("0", Take(window));
        Assert.False(window.TryTakeNext(out _));
        Assert.True(window.TryEndTurn());
        Assert.Equal("the walk failed", (await Assert.ThrowsAsync<IOException>(() => end.WaitAsync(s_patience))).Message);
    }

    [Fact]
    public async Task AFailedWrite_EndsTheBatchAtOnce_AndIsThrownToTheBatchsThread()
    {
        var window = new ReorderWindow(4, long.MaxValue);
        Assert.True(window.Add(0, Finished("0")));
        Assert.False(window.Add(1, Finished("1")));
        var end = Task.Run(window.WaitForTurnOrEnd);

        window.Fail(new IOException("broken pipe"));

        Assert.Equal("broken pipe", (await Assert.ThrowsAsync<IOException>(() => end.WaitAsync(s_patience))).Message);
        Assert.False(window.TryTakeNext(out _));
        Assert.False(window.Add(2, Finished("2")));
    }

    [Fact]
    public async Task Close_WakesTheStartersAndTheBatchsThread_OnceTheTurnIsGivenBack_AndNothingMoreIsTaken()
    {
        var window = new ReorderWindow(1, long.MaxValue);
        Assert.True(window.WaitForRoom(0));
        Assert.True(window.Add(0, Finished("0")));
        var end = Task.Run(window.WaitForTurnOrEnd);
        var starter = Task.Run(() => window.WaitForRoom(1));
        await Task.Delay(200);

        window.Close();

        Assert.False(await starter.WaitAsync(s_patience));
        // The holder of the turn may be writing a record: the batch's thread waits for it to stop.
        await Task.Delay(200);
        Assert.False(end.IsCompleted);
        Assert.False(window.TryTakeNext(out _));
        Assert.True(window.TryEndTurn());
        Assert.False(await end.WaitAsync(s_patience));
        Assert.False(window.Add(1, Finished("1")));
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
