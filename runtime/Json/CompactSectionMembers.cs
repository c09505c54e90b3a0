using System.Buffers;
using System.Text.Json;

namespace DocSchema.Runtime.Json;

/// <summary>
/// A section's members (<c>"headline"</c> to <c>"speakers"</c>) written once as compact JSON, for
/// an article that writes them twice: the top level repeats the first section's members
/// (docs/article-json.md), which on a bilingual page is about 30 % of the record's bytes. Compact
/// JSON of the same values with the same writer options is the same bytes wherever it stands, so
/// the second copy is the first one's bytes again. Indented JSON differs with depth and is written
/// twice.
/// </summary>
internal sealed class CompactSectionMembers
{
    // A buffer grown past this by a huge document is not kept for the thread's next article.
    private const int KeptCapacity = 1 << 20;

    // One per thread: a batch writes its records on several threads at once.
    [ThreadStatic]
    private static CompactSectionMembers? t_cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private Utf8JsonWriter? _writer;

    private CompactSectionMembers()
    {
    }

    /// <summary>
    /// A writer of compact JSON with <paramref name="options"/>' encoding, writing into an empty
    /// buffer; give it back with <see cref="Return"/>. Taken from the thread's cache, so that a batch
    /// allocates neither writer nor buffer per article.
    /// </summary>
    public static CompactSectionMembers Rent(JsonWriterOptions options)
    {
        var members = t_cached ?? new CompactSectionMembers();
        // Taken out of the cache while in use: custom members written in between may write
        // another article.
        t_cached = null;
        members._buffer.ResetWrittenCount();
        if (members._writer is { } writer && SameEncoding(writer.Options, options)) writer.Reset(members._buffer);
        else members._writer = new Utf8JsonWriter(members._buffer, options);
        return members;
    }

    /// <summary>The writer: write one object holding the section's members, starting with <c>"headline"</c>.</summary>
    public Utf8JsonWriter Writer => _writer!;

    /// <summary>
    /// Writes the members that <see cref="Writer"/> wrote into <paramref name="target"/>'s current
    /// object, as the same bytes.
    /// </summary>
    public void CopyTo(Utf8JsonWriter target)
    {
        Writer.Flush();
        var written = _buffer.WrittenSpan;
        // "{\"headline\":" … "}": the writer needs a property name before a raw value, so the first
        // name is written as a name and the rest, from the headline's value on, as one raw value.
        var name = JsonNames.Headline.EncodedUtf8Bytes;
        var valueStart = name.Length + 4;
        if (written.Length <= valueStart || written[0] != (byte)'{' || written[1] != (byte)'"' || !written.Slice(2, name.Length).SequenceEqual(name)
            || written[valueStart - 2] != (byte)'"' || written[valueStart - 1] != (byte)':' || written[^1] != (byte)'}')
        {
            throw new InvalidOperationException("A section's members must be written as one compact object starting with \"headline\".");
        }

        target.WritePropertyName(JsonNames.Headline);
        target.WriteRawValue(written[valueStart..^1], skipInputValidation: true);
    }

    /// <summary>Gives the writer and its buffer back to the thread's cache.</summary>
    public void Return()
    {
        if (_buffer.Capacity <= KeptCapacity) t_cached = this;
    }

    // What shapes compact output: the indentation options play no part in it.
    private static bool SameEncoding(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder) && a.Indented == b.Indented && a.SkipValidation == b.SkipValidation && a.MaxDepth == b.MaxDepth;
}
