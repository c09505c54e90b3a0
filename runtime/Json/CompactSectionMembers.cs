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
        // Taken out of the cache while in use, so that nothing between Rent and Return can reuse it.
        t_cached = null;
        members._buffer.ResetWrittenCount();
        if (members._writer is { } writer && SameCompactOutput(writer.Options, options)) writer.Reset(members._buffer);
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

        // Raw JSON is meant to be one value; unchecked, it may be several members, and the writer
        // puts the comma before the next member as after any value.
        target.WritePropertyName(JsonNames.Headline);
        target.WriteRawValue(written[valueStart..^1], skipInputValidation: true);
    }

    /// <summary>Gives the writer and its buffer back to the thread's cache.</summary>
    public void Return()
    {
        if (_buffer.Capacity <= KeptCapacity) t_cached = this;
    }

    /// <summary>
    /// True when <paramref name="target"/> can take a copy: compact, and deep enough for the first
    /// section's members at its <c>sections[0]</c>, which stand two levels below the top level's.
    /// A writer whose depth limit they would pass writes them itself, so that it throws as it would.
    /// </summary>
    public static bool CanCopyInto(Utf8JsonWriter target)
    {
        var maxDepth = target.Options.MaxDepth == 0 ? DefaultMaxDepth : target.Options.MaxDepth;
        return !target.Options.Indented && target.CurrentDepth + 2 + NestingBelowMembers < maxDepth;
    }

    // Utf8JsonWriter's limit when the options give none.
    private const int DefaultMaxDepth = 1000;

    // The deepest a member nests: "captions" or "speakers" → object → "quotes" → quote object.
    private const int NestingBelowMembers = 4;

    // What shapes compact output and its checks; the indentation options play no part in it.
    private static bool SameCompactOutput(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder) && a.SkipValidation == b.SkipValidation && a.MaxDepth == b.MaxDepth;
}
