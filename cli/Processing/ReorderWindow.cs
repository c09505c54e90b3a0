using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace DocSchema.Cli.Processing;

/// <summary>
/// The finished documents of a batch waiting to be written in input order. A document may start only
/// when it is fewer than <c>size</c> places after the next one to write and the records waiting hold
/// less than <c>maxBytes</c>, so however slow one document is, memory holds a bounded number of
/// documents and bytes behind it; the writer takes records strictly in input order.
/// </summary>
/// <remarks>
/// Everything happens under one lock, held for a few instructions at a time; threads are woken only
/// when what they wait for may have happened (the writer when the next record arrives, starters
/// when a record is taken), so a batch whose writer keeps up costs no wake-up per document.
/// </remarks>
internal sealed class ReorderWindow
{
    private readonly object _lock = new();
    private readonly FinishedDocument?[] _slots;
    private readonly long _maxBytes;
    private long _next;
    private long _end = long.MaxValue;
    private Exception? _failure;
    private long _waitingBytes;
    private bool _closed;
    private bool _writerWaits;
    private int _startersWaiting;

    /// <summary>A window of <paramref name="size"/> documents and at most about <paramref name="maxBytes"/> of waiting records.</summary>
    public ReorderWindow(int size, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _slots = new FinishedDocument?[size];
        _maxBytes = maxBytes;
    }

    /// <summary>Waits until document <paramref name="sequence"/> may start; false once the window is closed.</summary>
    public bool WaitForRoom(long sequence)
    {
        lock (_lock)
        {
            // Records wait only behind an unfinished document that has started, so the writer is
            // bound to take them, and a starter held back by their bytes is bound to be woken.
            while (!_closed && (sequence >= _next + _slots.Length || _waitingBytes >= _maxBytes))
            {
                _startersWaiting++;
                Monitor.Wait(_lock);
                _startersWaiting--;
            }
            return !_closed;
        }
    }

    /// <summary>Puts document <paramref name="sequence"/>'s record in its place (after <see cref="WaitForRoom"/> let it start).</summary>
    public void Add(long sequence, FinishedDocument finished)
    {
        lock (_lock)
        {
            if (_closed) return;
            _slots[sequence % _slots.Length] = finished;
            _waitingBytes += finished.Record.Length;
            if (sequence == _next && _writerWaits) Monitor.PulseAll(_lock);
        }
    }

    /// <summary>
    /// Says that there is no document from <paramref name="sequence"/> on: the input ended there, or
    /// <paramref name="failure"/> (the walk's, or a document's that could not even become an error
    /// record) ends the batch there, after the records before it are written.
    /// </summary>
    public void End(long sequence, Exception? failure)
    {
        lock (_lock)
        {
            if (sequence >= _end) return;
            _end = sequence;
            _failure = failure;
            if (_writerWaits) Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Takes the next record in input order if it is ready; false if it is not, or the window is closed.</summary>
    public bool TryTakeNext([NotNullWhen(true)] out FinishedDocument? finished)
    {
        lock (_lock)
        {
            var slot = _next % _slots.Length;
            finished = _slots[slot];
            if (_closed || _next >= _end || finished is null)
            {
                finished = null;
                return false;
            }
            _slots[slot] = null;
            _next++;
            _waitingBytes -= finished.Record.Length;
            if (_startersWaiting > 0) Monitor.PulseAll(_lock);
            return true;
        }
    }

    /// <summary>
    /// Waits until the next record is ready; false when every record was taken or the window was
    /// closed. Throws the failure that ended the batch once the records before it were taken.
    /// </summary>
    public bool WaitForNext()
    {
        lock (_lock)
        {
            while (!_closed && _next < _end && _slots[_next % _slots.Length] is null)
            {
                _writerWaits = true;
                Monitor.Wait(_lock);
                _writerWaits = false;
            }
            if (!_closed && _next == _end && _failure is { } failure) ExceptionDispatchInfo.Throw(failure);
            return !_closed && _next < _end;
        }
    }

    /// <summary>Ends the batch here (it is over, or cancelled): no document starts, no record is taken, nobody waits.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            Monitor.PulseAll(_lock);
        }
    }
}
