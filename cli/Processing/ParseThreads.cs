using System.Collections.Concurrent;

namespace DocSchema.Cli.Processing;

/// <summary>
/// The threads that parse documents: a fixed number of dedicated background threads, so that
/// parsing neither waits for nor starves the thread pool, and a document's time limit counts from
/// the moment a thread starts on it. A thread whose work is abandoned (it took too long) is replaced
/// at once and retires when that work ends, so the number of threads taking new work never shrinks.
/// </summary>
internal sealed class ParseThreads : IDisposable
{
    private readonly BlockingCollection<Work> _queue = new();

    /// <summary>Starts <paramref name="count"/> threads.</summary>
    public ParseThreads(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        for (var i = 0; i < count; i++) StartThread();
    }

    /// <summary>Queues <paramref name="run"/> for the next free thread.</summary>
    public Work Start(Func<object> run)
    {
        var work = new Work(run, this);
        _queue.Add(work);
        return work;
    }

    /// <summary>Lets the threads end once the work already queued is done.</summary>
    public void Dispose() => _queue.CompleteAdding();

    private void StartThread()
    {
        // Background: a thread stuck in a read that never returns (a FIFO) must not keep the process alive.
        var thread = new Thread(Loop) { IsBackground = true, Name = "docschema parse" };
        thread.Start();
    }

    private void Loop()
    {
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            work.Run();
            // Its replacement was started when it was abandoned; this thread's turn is over.
            if (work.IsAbandoned) return;
        }
    }

    /// <summary>One piece of work: when a thread started it, its result, and a way to abandon it.</summary>
    internal sealed class Work
    {
        private readonly Func<object> _run;
        private readonly ParseThreads _threads;
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<object> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _abandoned;

        internal Work(Func<object> run, ParseThreads threads)
        {
            _run = run;
            _threads = threads;
        }

        /// <summary>Completes when a thread starts on it.</summary>
        public Task Started => _started.Task;

        /// <summary>Completes with its result (or exception) when it ends.</summary>
        public Task<object> Finished => _finished.Task;

        /// <summary>True once <see cref="Abandon"/> was called.</summary>
        public bool IsAbandoned => Volatile.Read(ref _abandoned) == 1;

        /// <summary>Gives up on the work: its thread is replaced now and retires when the work ends; its result is ignored.</summary>
        public void Abandon()
        {
            if (Interlocked.Exchange(ref _abandoned, 1) == 0) _threads.StartThread();
        }

        internal void Run()
        {
            _started.SetResult();
            try
            {
                _finished.SetResult(_run());
            }
            catch (Exception ex)
            {
                _finished.SetException(ex);
            }
        }
    }
}
