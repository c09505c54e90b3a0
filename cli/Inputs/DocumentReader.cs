using Microsoft.Win32.SafeHandles;

namespace DocSchema.Cli.Inputs;

/// <summary>
/// Reads a document's bytes: at most <see cref="MaxBytes"/> of them, in chunks between which a
/// cancelled token stops the read. The cap keeps a batch's memory bounded when DIR holds something
/// that is not an article: a disk image, or a link to a device such as /dev/zero that never ends.
/// </summary>
internal static class DocumentReader
{
    /// <summary>The largest document read: far beyond any article (a 5-million-character page is 15 MB).</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    private const int ChunkSize = 1 << 20;

    // The first buffer for a file that gives no size: most such files are empty or a few KB (/proc).
    private const int UnsizedStart = 4 * 1024;

    /// <summary>The bytes of the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">It cannot be read, or it is larger than <see cref="MaxBytes"/>.</exception>
    public static byte[] ReadFile(string path, CancellationToken cancellation)
    {
        // Opening a FIFO blocks until something writes to it, without any way to cancel: the
        // caller's time limit reports such a document and leaves the open to finish on its own.
        // No FileOptions.SequentialScan: nearly every document is read whole in one read (up to
        // 1 MB), where the hint is one more system call per document for nothing, and the kernel's
        // read-ahead follows the sequential reads of a larger one without it.
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        long size = SizeOf(handle);
        if (size > MaxBytes) throw TooLarge();

        // An empty file, a FIFO, a device or a /proc file has no size: only a read that returns
        // nothing shows its end, and a device may never end. The buffer starts small and doubles,
        // so that a folder of empty files does not cost a megabyte each.
        if (size == 0)
        {
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return ReadAll(stream, UnsizedStart, cancellation);
        }

        // A file with a size is read up to that size and no further, as File.ReadAllBytes does:
        // bytes appended after the open are not part of the document, and no read is spent
        // finding the end. Five system calls a document (open, two stats, read, close) instead of
        // seven through a FileStream, which stats twice more and reads once more to find the end.
        // Not cleared first: the reads write every byte kept, and a short read cuts the buffer to
        // what they wrote. Clearing it took about 10,000 instructions for an article of 8 KB.
        var buffer = GC.AllocateUninitializedArray<byte>((int)size);
        var length = 0;
        while (length < buffer.Length)
        {
            cancellation.ThrowIfCancellationRequested();
            var read = RandomAccess.Read(handle, buffer.AsSpan(length, Math.Min(buffer.Length - length, ChunkSize)), length);
            if (read == 0) break;
            length += read;
        }
        if (length != buffer.Length) Array.Resize(ref buffer, length);
        return buffer;
    }

    // The size the file system gives, or 0 for a file that cannot seek (a FIFO): the handle's
    // length throws for one, which costs nothing on regular files, where a FileStream's seek test
    // would be one more system call for every document.
    private static long SizeOf(SafeFileHandle handle)
    {
        try
        {
            return RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>Every byte of <paramref name="stream"/> (standard input, say).</summary>
    /// <exception cref="IOException">It cannot be read, or it is longer than <see cref="MaxBytes"/>.</exception>
    public static byte[] ReadAll(Stream stream, CancellationToken cancellation) => ReadAll(stream, ChunkSize, cancellation);

    private static byte[] ReadAll(Stream stream, int initialSize, CancellationToken cancellation)
    {
        var buffer = new byte[initialSize];
        var length = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (length == buffer.Length)
            {
                // Full: one more byte decides. None means the buffer is exactly the document, which
                // is then neither grown nor copied.
                var next = stream.ReadByte();
                if (next < 0) break;
                if (length >= MaxBytes) throw TooLarge();
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxBytes));
                buffer[length++] = (byte)next;
                continue;
            }
            var read = stream.Read(buffer, length, Math.Min(buffer.Length - length, ChunkSize));
            if (read == 0) break;
            length += read;
        }
        if (length != buffer.Length) Array.Resize(ref buffer, length);
        return buffer;
    }

    private static IOException TooLarge() => new($"larger than {MaxBytes / (1024 * 1024)} MB, the most a document may have");
}
