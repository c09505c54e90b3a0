using System.Globalization;
using System.Threading.Channels;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Output;

namespace DocSchema.Cli.Processing;

/// <summary>
/// Runs a batch: up to <see cref="BatchOptions.Jobs"/> documents are read, parsed and formatted at
/// once, each under the time limit, and their records are written in input order.
/// </summary>
/// <remarks>
/// <para>
/// <b>Bounded memory.</b> Documents are taken from the input one at a time, only when a job is free
/// and the reorder buffer has room (2 × jobs documents between being started and being written), so
/// memory holds a few documents, never a folder, and a slow document delays the output without
/// letting finished ones pile up behind it.
/// </para>
/// <para>
/// <b>Time limit.</b> Parsers do not observe cancellation. A document that takes longer than the
/// limit (counted from when a parse thread starts on it) is written as an error record and its job
/// is freed; the abandoned work goes on in the background on its own thread, which a new one
/// replaces (<see cref="ParseThreads"/>), and its result is dropped. That work is bounded anyway: pattern matching spends at most
/// 256 steps per character (DS2002) and the rest of a parse is linear, so an abandoned parse ends
/// after time proportional to its document. Reading a document is cancelled at the limit.
/// </para>
/// <para>
/// <b>Cancellation</b> (Ctrl-C): no new document is started, documents in flight are dropped, and
/// every record written is complete (a record is written whole; records are flushed whenever the
/// writer has nothing ready to write, and at the end); the JSON array of
/// <c>--format json</c> is closed.
/// </para>
/// </remarks>
internal sealed class BatchRunner
{
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
    public async Task<BatchTotals> RunAsync(IEnumerable<InputDocument> documents, CancellationToken cancellation)
    {
        var totals = new BatchTotals();
        using var threads = new ParseThreads(_options.Jobs);
        var jobs = new SemaphoreSlim(_options.Jobs);
        var inOrder = Channel.CreateBounded<Task<Completed>>(new BoundedChannelOptions(2 * _options.Jobs)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        _ = Task.Run(() => StartInOrder(documents, threads, jobs, inOrder.Writer, cancellation), CancellationToken.None);

        var output = new RecordOutput(_output);
        _format.WriteStart(output);
        try
        {
            while (true)
            {
                // Records are flushed only when the writer would otherwise wait, so a consumer reading
                // as the batch runs gets every finished line at once, without a flush per record.
                if (!inOrder.Reader.TryRead(out var next))
                {
                    output.Flush();
                    if (!await inOrder.Reader.WaitToReadAsync(cancellation)) break;
                    continue;
                }
                if (!next.IsCompleted) output.Flush();
                var completed = await next.WaitAsync(cancellation);
                var result = completed.Result;
                if (result.InputProblem is { } problem) _status.Warn($"{result.Source}: {problem}");
                _format.WriteRecord(output, completed.Record.Written, totals.Documents);
                completed.Record.Dispose();
                totals.Add(result);
                _status.Progress(totals.Progress);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            totals.Interrupted = true;
        }
        _format.WriteEnd(output, totals.Documents);
        output.Flush();
        _status.Finish(totals.Summary());
        return totals;
    }

    // Starts each document when a job is free and queues its task in input order. Listing a
    // directory happens here, as the walk reaches it, not before the batch starts.
    private async Task StartInOrder(IEnumerable<InputDocument> documents, ParseThreads threads, SemaphoreSlim jobs,
        ChannelWriter<Task<Completed>> inOrder, CancellationToken cancellation)
    {
        Exception? failure = null;
        try
        {
            foreach (var document in documents)
            {
                await jobs.WaitAsync(cancellation);
                await inOrder.WriteAsync(RunOneAsync(document, threads, jobs), cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl-C: nothing more is started.
        }
        catch (Exception ex)
        {
            // A failure of the walk itself (not of a document): the writer reports it after the records before it.
            failure = ex;
        }
        inOrder.Complete(failure);
    }

    private async Task<Completed> RunOneAsync(InputDocument document, ParseThreads threads, SemaphoreSlim jobs)
    {
        var stage = new DocumentStage();
        var stop = new CancellationTokenSource();
        try
        {
            var work = threads.Start(() => ProcessAndFormat(document, stage, stop.Token));
            if (_options.Timeout is not { } limit) return (Completed)await work.Finished;

            // The limit counts from when a thread starts on the document, not from when it was queued.
            await work.Started;
            try
            {
                return (Completed)await work.Finished.WaitAsync(limit);
            }
            catch (TimeoutException)
            {
                // The parse cannot be stopped: it is abandoned (see the remarks), its thread replaced,
                // and reading, if that is what it is doing, is told to stop.
                work.Abandon();
                stop.Cancel();
                var seconds = limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                var result = new DocumentResult
                {
                    Source = document.Source,
                    SchemaName = stage.SchemaName,
                    TimedOut = true,
                    Error = new DocumentError($"timed out after {seconds} s while {stage.Activity}; the document was skipped"),
                };
                return Format(result);
            }
        }
        finally
        {
            jobs.Release();
        }
    }

    private Completed ProcessAndFormat(InputDocument document, DocumentStage stage, CancellationToken cancellation)
    {
        var result = _processor.Process(document, stage, cancellation);
        stage.Activity = "writing the result";
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
        return new Completed(result, record);
    }

    private Completed Format(DocumentResult result)
    {
        var record = new RecordBuffer();
        _format.Format(result, record);
        return new Completed(result, record);
    }

    /// <summary>A document's result and its formatted record, ready to write.</summary>
    private sealed record Completed(DocumentResult Result, RecordBuffer Record);
}
