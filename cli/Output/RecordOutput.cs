using System.Text;

namespace DocSchema.Cli.Output;

/// <summary>
/// Where a batch writes its records, which are UTF-8 bytes. When the output is a
/// <see cref="StreamWriter"/> that encodes UTF-8 (standard output is one), the bytes go to its
/// stream through a buffer of their own, instead of being decoded into text only for the writer to
/// encode them again; any other writer (a test's <see cref="StringWriter"/>) is given the text.
/// Nothing reaches the stream's reader before <see cref="Flush"/>, before the buffer fills, or (a
/// record of the buffer's size or more, written straight from its own buffer) before it is written.
/// </summary>
internal sealed class RecordOutput
{
    // Several small records (error records, a few hundred bytes) per write to the stream. A record
    // of this size or more (an article with its quotes is 7-40 KB) goes to the stream from its own
    // buffer when nothing is waiting in this one (BufferedStream's rule), instead of being copied
    // here first: 2 % of the instructions of a native batch document of the ABC page when the
    // buffer was 64 KB, 2 % of an Oriental Daily one's (a 12 KB record) when it was 16 KB.
    // Records are flushed as they become ready, so a larger buffer would seldom fill anyway.
    private const int BufferSize = 4 * 1024;
    private const int Utf8CodePage = 65001;

    private readonly TextWriter _text;
    private readonly Stream? _bytes;
    private readonly byte[] _newLine;

    /// <summary>Writes to <paramref name="output"/>, ending lines with its <see cref="TextWriter.NewLine"/>.</summary>
    public RecordOutput(TextWriter output)
    {
        _text = output;
        _newLine = Encoding.UTF8.GetBytes(output.NewLine);
        if (output is StreamWriter { Encoding.CodePage: Utf8CodePage } writer)
        {
            // What the writer holds goes first, with its byte order mark if its encoding writes one.
            writer.Flush();
            _bytes = new BufferedStream(writer.BaseStream, BufferSize);
        }
    }

    /// <summary>Writes <paramref name="utf8"/>, which holds whole UTF-8 sequences.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_bytes is { } bytes) bytes.Write(utf8);
        else _text.Write(Encoding.UTF8.GetString(utf8));
    }

    /// <summary>Ends a line.</summary>
    public void WriteNewLine() => Write(_newLine);

    /// <summary>
    /// Writes <paramref name="record"/> and ends the line, in one write: the line break is added to
    /// the record's own buffer, so that a large record can go to the stream whole without a copy.
    /// </summary>
    public void WriteLine(RecordBuffer record)
    {
        record.Append(_newLine);
        Write(record.Written);
    }

    /// <summary>Hands everything written so far to the reader.</summary>
    public void Flush()
    {
        if (_bytes is { } bytes) bytes.Flush();
        else _text.Flush();
    }
}
