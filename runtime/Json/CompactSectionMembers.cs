using System.Buffers;
using System.Text.Json;
using DocSchema.Runtime.Articles;

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

    // Where the headline's value starts in the buffer.
    private int _valueStart;

    private CompactSectionMembers()
    {
    }

    /// <summary>
    /// <paramref name="section"/>'s members written by <paramref name="writeMembers"/> as compact
    /// JSON with <paramref name="options"/>; give them back with <see cref="Return"/>. Writer and
    /// buffer come from the thread's cache, so that a batch allocates neither per article.
    /// </summary>
    public static CompactSectionMembers Write(JsonWriterOptions options, ArticleSection section, Action<Utf8JsonWriter, ArticleSection> writeMembers)
    {
        var members = t_cached ?? new CompactSectionMembers();
        // Taken out of the cache while in use, so that nothing between Write and Return can reuse it.
        t_cached = null;
        members._buffer.ResetWrittenCount();
        if (members._writer is { } cached && SameCompactOutput(cached.Options, options)) cached.Reset(members._buffer);
        else members._writer = new Utf8JsonWriter(members._buffer, options);

        var writer = members._writer;
        writer.WriteStartObject();
        writeMembers(writer, section);
        writer.WriteEndObject();
        writer.Flush();

        // "{\"headline\":" … "}": a writer needs a property name before a raw value, so CopyTo writes
        // the first name as a name and the rest, from the headline's value on, as one raw value.
        var written = members._buffer.WrittenSpan;
        var name = JsonNames.Headline.EncodedUtf8Bytes;
        var valueStart = name.Length + 4;
        if (written.Length <= valueStart || written[0] != (byte)'{' || written[1] != (byte)'"' || !written.Slice(2, name.Length).SequenceEqual(name)
            || written[valueStart - 2] != (byte)'"' || written[valueStart - 1] != (byte)':' || written[^1] != (byte)'}')
        {
            throw new InvalidOperationException("A section's members must be written as one compact object starting with \"headline\".");
        }

        members._valueStart = valueStart;
        return members;
    }

    /// <summary>Writes the members into <paramref name="target"/>'s current object, as the same bytes.</summary>
    public void CopyTo(Utf8JsonWriter target)
    {
        // Raw JSON is meant to be one value; unchecked, it may be several members, and the writer
        // puts the comma before the next member as after any value.
        target.WritePropertyName(JsonNames.Headline);
        target.WriteRawValue(_buffer.WrittenSpan[_valueStart..^1], skipInputValidation: true);
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
