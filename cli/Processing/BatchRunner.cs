using System.Globalization;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Output;

namespace DocSchema.Cli.Processing;

/// <summary>
/// Runs a batch: up to <see cref="BatchOptions.Jobs"/> documents are read, parsed and formatted at
/// once, each under the time limit, and their records are written in input order.
/// </summary>
/// <remarks>
/// <para>
/// <b>Threads.</b> Each parse thread (<see cref="ParseThreads"/>) takes the next document from the
/// input itself, processes and formats it, and puts the record in the <see cref="ReorderWindow"/>;
/// the thread that finishes the next document to write writes it, and every record ready after it
/// (<see cref="OrderedRecordWriter"/>). A document thus costs no hand-off to start and none to be
/// written; the calling thread waits for the end, and writes only the time-out records the watchdog
/// puts in place (the watchdog itself never writes, so that blocked output cannot stop it timing
/// documents out).
/// </para>
/// <para>
/// <b>Bounded memory.</b> A document starts only when it is fewer than <see cref="DocumentsPerJob"/>
/// × jobs places after the next record to write and the records waiting hold less than
/// <see cref="MaxWaitingBytes"/>, so memory holds a few documents, never a folder, and a slow
/// document delays the output without letting finished ones pile up behind it.
/// </para>
/// <para>
/// <b>Time limit.</b> Parsers do not observe cancellation. A document that takes longer than the
/// limit (counted from when a parse thread starts on it) is written as an error record and its job
/// is freed; the abandoned work goes on in the background on its own thread, which a new one
/// replaces (<see cref="ParseThreads"/>), and its result is dropped. That work is bounded anyway: pattern matching spends at most
/// 256 steps per character (DS2002) and the rest of a parse is linear, so an abandoned parse ends
/// after time proportional to its document. Reading a document is cancelled at the limit. One
/// <see cref="Watchdog"/> thread watches every document's limit.
/// </para>
/// <para>
/// <b>Output.</b> Records are flushed when the thread writing them has none more ready to write,
/// and at the end: a consumer reading as the batch runs gets every finished line without delay, and
/// records that become ready together cost one flush.
/// </para>
/// <para>
/// <b>Cancellation</b> (Ctrl-C): no new document is started, documents in flight are dropped, and
/// every record written is complete (records are written whole, and flushed at the end); the JSON
/// array of <c>--format json</c> is closed.
/// </para>
/// </remarks>
internal sealed class BatchRunner
{
    /// <summary>How many documents per job may be between the next record to write and the last document started.</summary>
    public const int DocumentsPerJob = 16;

    /// <summary>How many bytes of finished records may wait for an earlier document before no new document starts.</summary>
    public const long MaxWaitingBytes = 8 * 1024 * 1024;

    private readonly DocumentProcessor _processor;
    private readonly ResultFormat _format;
    private readonly BatchOptions _options;
    private readonly TextWriter _output;
    private readonly StatusLine _status;

    /// <summary>A batch that parses with <paramref name="processor"/> and writes <paramref name="format"/> records to <paramref name="output"/>.</summary>
    public BatchRunner(DocumentProcessor processor, ResultFormat format, BatchOptions options, TextWriter output, StatusLine status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Jobs, 1, nameof(options));
        _processor = processor;
        _format = format;
        _options = options;
        _output = output;
        _status = status;
    }

    /// <summary>Parses <paramref name="documents"/> and writes their records; returns what happened.</summary>
    public BatchTotals Run(IEnumerable<InputDocument> documents, CancellationToken cancellation)
    {
        var totals = new BatchTotals();
        var output = new RecordOutput(_output);
        var window = new ReorderWindow(DocumentsPerJob * _options.Jobs, MaxWaitingBytes);
        var writer = new OrderedRecordWriter(window, output, _format, totals, _status);
        var input = new InputFeed(documents, window);
        // The start goes out before any parse thread can finish a document and write its record.
        _format.WriteStart(output);
        var threads = new ParseThreads(_options.Jobs, input.Take, job => Run(job, window, writer));
        using var watchdog = _options.Timeout is { } limit
            ? new Watchdog(limit, threads.InFlight, job => GiveUp(job, limit, threads, writer))
            : null;
        using var interrupt = cancellation.Register(window.Close);
        try
        {
            // The parse threads write; this thread writes only what the watchdog put in place.
            while (window.WaitForTurnOrEnd()) writer.WriteWhileReady();
        }
        finally
        {
            // Whatever ended the batch, the parse threads take no more documents.
            window.Close();
        }
        totals.Interrupted = cancellation.IsCancellationRequested;
        _format.WriteEnd(output, totals.Documents);
        output.Flush();
        _status.Finish(totals.Summary());
        return totals;
    }

    // On a parse thread: the document's record goes to the window, unless the document was given up
    // on meanwhile and its time-out record took its place.
    private void Run(DocumentJob job, ReorderWindow window, OrderedRecordWriter writer)
    {
        FinishedDocument finished;
        try
        {
            finished = ProcessAndFormat(job);
        }
        catch (Exception ex)
        {
            // Not even an error record could be made: the batch ends there, after the records before it.
            if (job.TryFinish()) window.End(job.Sequence, ex);
            return;
        }
        if (job.TryFinish()) writer.Add(job.Sequence, finished);
        else finished.Record.Dispose();
    }

    // On the watchdog's thread, for a document past its limit.
    private void GiveUp(DocumentJob job, TimeSpan limit, ParseThreads threads, OrderedRecordWriter writer)
    {
        // The parse cannot be stopped: it is abandoned (see the remarks), its thread replaced, and
        // reading, if that is what it is doing, is told to stop.
        if (!threads.Abandon(job)) return;
        var seconds = limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var result = new DocumentResult
        {
            Source = job.Document.Source,
            SchemaName = job.Stage.SchemaName,
            TimedOut = true,
            Error = new DocumentError($"timed out after {seconds} s while {job.Stage.Activity}; the document was skipped"),
        };
        var record = new RecordBuffer();
        _format.Format(result, record);
        writer.AddWithoutWriting(job.Sequence, new FinishedDocument(result, record));
    }

    private FinishedDocument ProcessAndFormat(DocumentJob job)
    {
        var result = _processor.Process(job.Document, job.Stage, job.Reading);
        job.Stage.Activity = "writing the result";
        var record = new RecordBuffer();
        try
        {
            _format.Format(result, record);
        }
        catch (Exception ex)
        {
            // Only a schema's own JSON members can throw here; the document still gets its record,
            // in place of whatever part of the article was written.
            result = result.AsError(new DocumentError($"writing the result failed: {ex.GetType().Name}: {ex.Message}"));
            record.Clear();
            _format.Format(result, record);
        }
        return new FinishedDocument(result, record);
    }
}
