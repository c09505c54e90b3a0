using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Output;

/// <summary>
/// <c>--format json</c>: one indented object for a single document, else an indented array of
/// them (also for a directory, so the shape depends on the command line, not on how many files
/// a directory happens to hold).
/// </summary>
internal sealed class JsonResultFormat(bool asArray) : ResultFormat
{
    private static ReadOnlySpan<byte> ElementIndent => "  "u8;

    /// <inheritdoc />
    public override void Format(DocumentResult result, RecordBuffer record) => DocumentJson.Write(result, record, indented: true);

    /// <inheritdoc />
    public override void WriteStart(RecordOutput output)
    {
        if (asArray) output.Write("["u8);
    }

    /// <inheritdoc />
    public override void WriteRecord(RecordOutput output, RecordBuffer record, int index)
    {
        if (!asArray)
        {
            output.WriteLine(record);
            return;
        }

        var bytes = record.Written;

        // Each document is formatted on its own (so one can fail alone), then indented one level as an
        // array element. JSON strings cannot hold a raw line break, so every line break is between tokens.
        if (index > 0) output.Write(","u8);
        output.WriteNewLine();
        output.Write(ElementIndent);
        for (var end = bytes.IndexOf((byte)'\n'); end >= 0; end = bytes.IndexOf((byte)'\n'))
        {
            output.Write(bytes[..(end + 1)]);
            output.Write(ElementIndent);
            bytes = bytes[(end + 1)..];
        }
        output.Write(bytes);
    }

    /// <inheritdoc />
    public override void WriteEnd(RecordOutput output, int count)
    {
        if (!asArray) return;
        if (count > 0) output.WriteNewLine();
        output.Write("]"u8);
        output.WriteNewLine();
    }
}
