using System.Buffers;
using System.Text;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Json;

namespace DocSchema.Cli.Output;

/// <summary>
/// One formatted record as UTF-8 bytes, in an array rented from the shared pool. A batch formats a
/// record on the thread that parsed its document and writes it when its turn comes, maybe on another
/// thread (<see cref="Processing.OrderedRecordWriter"/>), so the bytes
/// travel with the record and their array goes back to the pool once they are written
/// (<see cref="Dispose"/>): formatting thousands of documents reuses a few arrays.
/// </summary>
internal sealed class RecordBuffer : IBufferWriter<byte>, IDisposable
{
    // Most records (a news article with its quotes and diagnostics) fit in the first array.
    private const int InitialSize = 32 * 1024;

    private byte[] _array = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    /// <summary>How many bytes were written.</summary>
    public int Length => _length;

    /// <summary>Appends <paramref name="text"/> encoded as UTF-8.</summary>
    public void Write(string text)
    {
        var span = GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        Advance(Encoding.UTF8.GetBytes(text, span));
    }

    /// <summary>
    /// Takes <paramref name="article"/>'s compact JSON as the record's bytes, without a copy: the
    /// runtime writes it into an array of its own and exchanges that for this record's (both come
    /// from the shared pool, so whichever this record holds goes back there). False when the record
    /// is not empty or the article has custom members, which only a writer writes.
    /// </summary>
    public bool TryTakeCompactJson(Article article)
    {
        if (_length != 0) return false;
        var storage = _array;
        if (!ArticleJsonWriter.TryWriteCompact(article, ref storage, out int length)) return false;
        _array = storage;
        _length = length;
        return true;
    }

    /// <summary>Appends <paramref name="bytes"/>.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Advance(bytes.Length);
    }

    /// <summary>Forgets what was written (a record that could not be finished is written again as an error).</summary>
    public void Clear() => _length = 0;

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _length);
        _length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_length);
    }

    /// <summary>Returns the array to the pool; the buffer must not be used after.</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_array.Length - _length >= needed) return;
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(2L * _array.Length, (long)_length + needed)));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
