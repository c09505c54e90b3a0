using System.Diagnostics;

namespace DocSchema.Cli.Processing;

/// <summary>
/// Enforces the time limit of the documents in flight with one background thread instead of a timer
/// per document: it wakes when the earliest of their deadlines comes, hands the documents past it to
/// <c>overdue</c>, and sleeps again. With nothing in flight it sleeps one whole limit: a document
/// started meanwhile has a later deadline than that. A batch of fast documents wakes it once per limit.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private readonly TimeSpan _limit;
    private readonly Func<IReadOnlyList<DocumentJob>> _inFlight;
    private readonly Action<DocumentJob> _overdue;
    private readonly ManualResetEventSlim _stopped = new();

    /// <summary>Starts watching: <paramref name="overdue"/> gets each of <paramref name="inFlight"/> still there <paramref name="limit"/> after it started.</summary>
    public Watchdog(TimeSpan limit, Func<IReadOnlyList<DocumentJob>> inFlight, Action<DocumentJob> overdue)
    {
        _limit = limit;
        _inFlight = inFlight;
        _overdue = overdue;
        new Thread(Watch) { IsBackground = true, Name = "docschema watchdog" }.Start();
    }

    /// <summary>Stops watching.</summary>
    public void Dispose() => _stopped.Set();

    private void Watch()
    {
        while (!_stopped.Wait(Check()))
        {
        }
    }

    // Gives up on the documents past their deadline; returns the milliseconds until the next deadline.
    private int Check()
    {
        var now = Stopwatch.GetTimestamp();
        var sleep = _limit;
        foreach (var job in _inFlight())
        {
            var left = _limit - Stopwatch.GetElapsedTime(job.StartedAt, now);
            if (left <= TimeSpan.Zero) _overdue(job);
            else if (left < sleep) sleep = left;
        }
        // Rounded up: waking a fraction of a millisecond early would only find nothing due yet.
        return (int)Math.Ceiling(sleep.TotalMilliseconds);
    }
}
