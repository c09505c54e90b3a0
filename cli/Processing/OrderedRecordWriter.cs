using DocSchema.Cli.Output;

namespace DocSchema.Cli.Processing;

/// <summary>
/// Writes a batch's records in input order, on whichever thread has the reorder window's turn
/// (<see cref="ReorderWindow.Add"/>): the parse thread that finished the next document, or the
/// batch's own thread for a record the watchdog put in place (the watchdog never writes: while the
/// output blocks it must still time documents out). Only the holder of the turn touches the output
/// and the totals, so they need no lock of their own; the window's lock orders one holder's writes
/// before the next's.
/// </summary>
internal sealed class OrderedRecordWriter
{
    private readonly ReorderWindow _window;
    private readonly RecordOutput _output;
    private readonly ResultFormat _format;
    private readonly BatchTotals _totals;
    private readonly StatusLine _status;
    private readonly Func<string> _progress;

    /// <summary>Writes <paramref name="format"/> records taken from <paramref name="window"/> to <paramref name="output"/>, counting them in <paramref name="totals"/>.</summary>
    public OrderedRecordWriter(ReorderWindow window, RecordOutput output, ResultFormat format, BatchTotals totals, StatusLine status)
    {
        _window = window;
        _output = output;
        _format = format;
        _totals = totals;
        _status = status;
        _progress = totals.Progress;
    }

    /// <summary>
    /// Puts document <paramref name="sequence"/>'s record in the window and, if that gives this
    /// thread the turn, writes every record that is ready in order, then flushes: a consumer reading
    /// as the batch runs gets each finished line without delay, and a burst of records that became
    /// ready together costs one flush. A failure to write ends the batch (<see cref="ReorderWindow.Fail"/>).
    /// </summary>
    public void Add(long sequence, FinishedDocument finished)
    {
        if (_window.Add(sequence, finished)) WriteWhileReady();
    }

    /// <summary>Puts document <paramref name="sequence"/>'s record in the window without writing (the watchdog's time-out records).</summary>
    public void AddWithoutWriting(long sequence, FinishedDocument finished) => _window.AddWithoutTurn(sequence, finished);

    /// <summary>For the holder of the turn: writes every record that is ready, in order, flushes, and gives the turn back.</summary>
    public void WriteWhileReady()
    {
        try
        {
            do
            {
                while (_window.TryTakeNext(out var next)) Write(next);
                _output.Flush();
            }
            while (!_window.TryEndTurn());
        }
        catch (Exception ex)
        {
            _window.Fail(ex);
        }
    }

    private void Write(FinishedDocument finished)
    {
        var result = finished.Result;
        if (result.InputProblem is { } problem) _status.Warn($"{result.Source}: {problem}");
        _format.WriteRecord(_output, finished.Record, _totals.Documents);
        finished.Record.Dispose();
        _totals.Add(result);
        _status.Progress(_progress);
    }
}
