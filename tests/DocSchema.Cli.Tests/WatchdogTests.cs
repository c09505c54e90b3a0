using System.Diagnostics;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Tests;

/// <summary>The one thread that enforces every document's time limit.</summary>
public class WatchdogTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task EachDocumentInFlight_IsHandedOverOnceItsOwnLimitHasPassed_InTheOrderTheyStarted()
    {
        var handedOver = new List<(DocumentJob Job, TimeSpan After)>();
        var bothDone = new TaskCompletionSource();
        DocumentJob[] inFlight = [Job(0)];
        using var watchdog = new Watchdog(s_limit, () => Volatile.Read(ref inFlight), job =>
        {
            lock (handedOver)
            {
                handedOver.Add((job, Stopwatch.GetElapsedTime(job.StartedAt)));
                // What ParseThreads does: a document given up on is no longer in flight.
                Volatile.Write(ref inFlight, [.. inFlight.Where(j => j != job)]);
                if (handedOver.Count == 2) bothDone.SetResult();
            }
        });
        await Task.Delay(s_limit / 2);
        var second = Job(1);
        lock (handedOver) Volatile.Write(ref inFlight, [.. inFlight, second]);

        await bothDone.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([0L, 1L], handedOver.Select(h => h.Job.Sequence));
        Assert.All(handedOver, h => Assert.True(h.After >= s_limit, $"handed over after {h.After}"));
    }

    [Fact]
    public async Task DocumentsThatFinishInTime_AreNeverHandedOver()
    {
        // The document finishes a tenth into its limit, and the limit is long enough that a test
        // host starved by parallel test runs (which delayed the finishing continuation by over
        // 200 ms at a 300 ms limit) cannot make "in time" late.
        var limit = TimeSpan.FromSeconds(1);
        var handedOver = 0;
        DocumentJob[] inFlight = [Job(0)];
        using (new Watchdog(limit, () => Volatile.Read(ref inFlight), _ => Interlocked.Increment(ref handedOver)))
        {
            await Task.Delay(limit / 10);
            Volatile.Write(ref inFlight, []);
            await Task.Delay(limit * 2);
        }

        Assert.Equal(0, Volatile.Read(ref handedOver));
    }

    private static DocumentJob Job(long sequence) => new(sequence, new InputDocument($"{sequence}.txt", _ => []));
}
