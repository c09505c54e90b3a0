using DocSchema.Cli.Inputs;

namespace DocSchema.Cli.Processing;

/// <summary>
/// Hands out a batch's documents, numbered in input order, to whichever parse thread asks, each
/// once the reorder window has room for it. The input is enumerated here, as threads ask, so a
/// directory is listed when the walk reaches it, not before the batch starts.
/// </summary>
internal sealed class InputFeed
{
    private readonly IEnumerator<InputDocument> _documents;
    private readonly ReorderWindow _window;
    private readonly Lock _lock = new();
    private long _next;
    private bool _ended;

    /// <summary>Feeds <paramref name="documents"/> as <paramref name="window"/> makes room for them.</summary>
    public InputFeed(IEnumerable<InputDocument> documents, ReorderWindow window)
    {
        _documents = documents.GetEnumerator();
        _window = window;
    }

    /// <summary>
    /// The next document, started now, once the window has room for it; null when the input is over
    /// or the window closed. The end of the input, or a failure of the walk itself (not of a
    /// document), is passed on to the window, which reports it after the records before it.
    /// </summary>
    public DocumentJob? Take()
    {
        lock (_lock)
        {
            if (_ended || !_window.WaitForRoom(_next)) return null;
            try
            {
                if (_documents.MoveNext()) return new DocumentJob(_next++, _documents.Current);
                End(null);
            }
            catch (Exception ex)
            {
                End(ex);
            }
            return null;
        }
    }

    private void End(Exception? failure)
    {
        _ended = true;
        _documents.Dispose();
        _window.End(_next, failure);
    }
}
