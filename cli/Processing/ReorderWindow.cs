using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace DocSchema.Cli.Processing;

/// <summary>
/// The finished documents of a batch waiting to be written in input order. A document may start only
/// when it is fewer than <c>size</c> places after the next one to write and the records waiting hold
/// less than <c>maxBytes</c>, so however slow one document is, memory holds a bounded number of
/// documents and bytes behind it; records are taken strictly in input order.
/// </summary>
/// <remarks>
/// <para>
/// There is no writer thread. Whoever adds the record that is next to write gets the <i>turn</i>
/// (<see cref="Add"/> returns true): it takes and writes records while they are ready, then gives
/// the turn back (<see cref="TryEndTurn"/>), which fails while the next record is ready, so a record
/// added meanwhile is never left behind. One thread at a time holds the turn, so records are written
/// whole and in order, and a finished document costs no hand-off to another thread: a writer thread
/// woken for each record cost two context switches per document (on a two-core machine, 9,000–11,000
/// voluntary and as many forced switches for 8,000 documents).
/// </para>
/// <para>
/// A thread that must not write (the watchdog, which would stop timing documents while the output
/// blocks) adds with <see cref="AddWithoutTurn"/>; when its record is the next one, the batch's own
/// thread takes the turn instead (<see cref="WaitForTurnOrEnd"/>).
/// </para>
/// <para>
/// Everything happens under one lock, held for a few instructions at a time; threads are woken only
/// when what they wait for may have happened (starters when a record is taken, the batch's own
/// thread when the last record is written, the batch fails or the window closes).
/// </para>
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
    private Exception? _writeFailure;
    private bool _turnTaken;
    private bool _endWaits;
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
            // Records wait only behind an unfinished document that has started, so the thread that
            // finishes it is bound to take them, and a starter held back by their bytes to be woken.
            while (!_closed && (sequence >= _next + _slots.Length || _waitingBytes >= _maxBytes))
            {
                _startersWaiting++;
                Monitor.Wait(_lock);
                _startersWaiting--;
            }
            return !_closed;
        }
    }

    /// <summary>
    /// Puts document <paramref name="sequence"/>'s record in its place (after <see cref="WaitForRoom"/>
    /// let it start). True when the caller now has the turn to write: it must take records with
    /// <see cref="TryTakeNext"/> until <see cref="TryEndTurn"/> succeeds (or <see cref="Fail"/>).
    /// </summary>
    public bool Add(long sequence, FinishedDocument finished)
    {
        lock (_lock)
        {
            if (_closed || !PlaceIsNextToWrite(sequence, finished)) return false;
            _turnTaken = true;
            return true;
        }
    }

    /// <summary>
    /// Puts document <paramref name="sequence"/>'s record in its place without taking the turn:
    /// when it is the next record and nobody has the turn, the batch's thread is woken to write it.
    /// </summary>
    public void AddWithoutTurn(long sequence, FinishedDocument finished)
    {
        lock (_lock)
        {
            if (_closed) return;
            if (PlaceIsNextToWrite(sequence, finished) && _endWaits) Monitor.PulseAll(_lock);
        }
    }

    // Under the lock: puts the record in its slot; true when it is the next one to write and nobody has the turn.
    private bool PlaceIsNextToWrite(long sequence, FinishedDocument finished)
    {
        _slots[sequence % _slots.Length] = finished;
        _waitingBytes += finished.Record.Length;
        return sequence == _next && !_turnTaken;
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
            if (_endWaits) Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Takes the next record in input order if it is ready (for the holder of the turn); false if it is not, or the window is closed.</summary>
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
    /// Gives the turn back, unless the next record is ready (then the caller keeps it and takes that
    /// record): a record added while the turn was held found the turn taken and did not take it.
    /// </summary>
    public bool TryEndTurn()
    {
        lock (_lock)
        {
            if (!_closed && _next < _end && _slots[_next % _slots.Length] is not null) return false;
            _turnTaken = false;
            // The batch's thread waits for the end, not for each record.
            if (_endWaits && (_closed || _next >= _end)) Monitor.PulseAll(_lock);
            return true;
        }
    }

    /// <summary>Writing failed (for the holder of the turn, which it gives up): the batch ends, and <see cref="WaitForTurnOrEnd"/> throws <paramref name="failure"/>.</summary>
    public void Fail(Exception failure)
    {
        lock (_lock)
        {
            _writeFailure ??= failure;
            _closed = true;
            _turnTaken = false;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>
    /// For the batch's own thread: waits until the next record is ready with nobody to write it (one
    /// added with <see cref="AddWithoutTurn"/>), and then returns true with the turn; or until every
    /// record was written or the window was closed, and no thread is writing, and then returns
    /// false. Throws the failure that ended the batch: a failed write at once, the input's or a
    /// document's once the records before it were written.
    /// </summary>
    public bool WaitForTurnOrEnd()
    {
        lock (_lock)
        {
            while (true)
            {
                if (!_closed && !_turnTaken && _next < _end && _slots[_next % _slots.Length] is not null)
                {
                    _turnTaken = true;
                    return true;
                }
                if (!_turnTaken && (_closed || _next >= _end)) break;
                _endWaits = true;
                Monitor.Wait(_lock);
                _endWaits = false;
            }
            if (_writeFailure is { } writeFailure) ExceptionDispatchInfo.Throw(writeFailure);
            if (!_closed && _next == _end && _failure is { } failure) ExceptionDispatchInfo.Throw(failure);
            return false;
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
