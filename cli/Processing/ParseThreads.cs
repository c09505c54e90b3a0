namespace DocSchema.Cli.Processing;

/// <summary>
/// The threads that parse documents: a fixed number of dedicated background threads, each taking the
/// next document itself as soon as it is done with the last, so that a document needs no hand-off
/// to start and parsing neither waits for nor starves the thread pool. A thread whose document is
/// abandoned (it took too long) is replaced at once and retires when that document's work ends, so
/// the number of threads taking new documents never shrinks.
/// </summary>
internal sealed class ParseThreads
{
    private readonly Func<DocumentJob?> _take;
    private readonly Action<DocumentJob> _run;
    private readonly Lock _lock = new();
    private readonly List<Worker> _workers = [];

    /// <summary>Starts <paramref name="count"/> threads that <paramref name="run"/> what <paramref name="take"/> gives until it gives null.</summary>
    public ParseThreads(int count, Func<DocumentJob?> take, Action<DocumentJob> run)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _take = take;
        _run = run;
        for (var i = 0; i < count; i++) StartThread();
    }

    /// <summary>The documents being processed now by threads that still take new ones.</summary>
    public IReadOnlyList<DocumentJob> InFlight()
    {
        lock (_lock) return [.. _workers.Select(w => w.Current).OfType<DocumentJob>()];
    }

    /// <summary>
    /// Gives up on <paramref name="job"/>: its thread is replaced now and retires when the work ends,
    /// and its result will be dropped. False when it finished first.
    /// </summary>
    public bool Abandon(DocumentJob job)
    {
        if (!job.TryAbandon()) return false;
        lock (_lock) _workers.RemoveAll(w => w.Current == job);
        StartThread();
        return true;
    }

    private void StartThread()
    {
        var worker = new Worker();
        lock (_lock) _workers.Add(worker);
        // Background: a thread stuck in a read that never returns (a FIFO) must not keep the process alive.
        new Thread(() => Loop(worker)) { IsBackground = true, Name = "docschema parse" }.Start();
    }

    private void Loop(Worker worker)
    {
        while (_take() is { } job)
        {
            worker.Current = job;
            _run(job);
            // Its replacement was started when it was abandoned; this thread's turn is over.
            if (job.IsAbandoned) return;
            worker.Current = null;
        }
        lock (_lock) _workers.Remove(worker);
    }

    /// <summary>A thread, and the document it is on.</summary>
    private sealed class Worker
    {
        private volatile DocumentJob? _current;

        /// <summary>The document it is processing, or null between documents.</summary>
        public DocumentJob? Current
        {
            get => _current;
            set => _current = value;
        }
    }
}
