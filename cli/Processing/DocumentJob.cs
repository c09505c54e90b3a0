using System.Diagnostics;
using DocSchema.Cli.Inputs;

namespace DocSchema.Cli.Processing;

/// <summary>
/// One document on a parse thread: its place in the input, how far it got, when the thread started
/// on it, and whether it finished or was given up on. Exactly one of the two happens, whichever
/// comes first, and that decides which record the document gets.
/// </summary>
internal sealed class DocumentJob
{
    private const int Running = 0;
    private const int Finished = 1;
    private const int Abandoned = 2;

    private readonly CancellationTokenSource _reading = new();
    private int _state;

    /// <summary>Document <paramref name="sequence"/> (zero-based, in input order), started now.</summary>
    public DocumentJob(long sequence, InputDocument document)
    {
        Sequence = sequence;
        Document = document;
        StartedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>Its zero-based position in the input, and so in the output.</summary>
    public long Sequence { get; }

    /// <summary>The document.</summary>
    public InputDocument Document { get; }

    /// <summary>How far its processing got, for the record of a document that took too long.</summary>
    public DocumentStage Stage { get; } = new();

    /// <summary>When a thread started on it (<see cref="Stopwatch.GetTimestamp"/>): its time limit counts from here.</summary>
    public long StartedAt { get; }

    /// <summary>Cancelled when it is given up on, to stop the reading of its bytes (parsers do not observe it).</summary>
    public CancellationToken Reading => _reading.Token;

    /// <summary>True once it was given up on (<see cref="TryAbandon"/>).</summary>
    public bool IsAbandoned => Volatile.Read(ref _state) == Abandoned;

    /// <summary>Marks it finished; false when it was given up on first, and its result must be dropped.</summary>
    public bool TryFinish() => Interlocked.CompareExchange(ref _state, Finished, Running) == Running;

    /// <summary>Gives up on it and stops its reading; false when it finished first, and its result stands.</summary>
    public bool TryAbandon()
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Running) != Running) return false;
        _reading.Cancel();
        return true;
    }
}
