using System.Text;

namespace DocSchema.Cli.Tests.Infrastructure;

/// <summary>
/// Standard output that remembers what had been written at each flush: what a consumer reading
/// the pipe as the batch runs would have seen by then.
/// </summary>
internal sealed class FlushRecordingWriter : StringWriter
{
    private readonly Lock _lock = new();
    private readonly List<string> _flushed = [];

    /// <summary>The text written before each flush, in order.</summary>
    public IReadOnlyList<string> Flushes
    {
        get
        {
            lock (_lock) return [.. _flushed];
        }
    }

    /// <summary>What the last flush made visible.</summary>
    public string Visible
    {
        get
        {
            lock (_lock) return _flushed.Count == 0 ? "" : _flushed[^1];
        }
    }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Flush()
    {
        base.Flush();
        lock (_lock) _flushed.Add(ToString());
    }
}
