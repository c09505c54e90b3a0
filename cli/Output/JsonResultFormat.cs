using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Output;

/// <summary>
/// <c>--format json</c>: one indented object for a single document, else an indented array of
/// them (also for a directory, so the shape depends on the command line, not on how many files
/// a directory happens to hold).
/// </summary>
internal sealed class JsonResultFormat(bool asArray) : ResultFormat
{
    private const string ElementIndent = "  ";

    /// <inheritdoc />
    public override string Format(DocumentResult result) => DocumentJson.Format(result, indented: true);

    /// <inheritdoc />
    public override void WriteStart(TextWriter output)
    {
        if (asArray) output.Write('[');
    }

    /// <inheritdoc />
    public override void WriteRecord(TextWriter output, string record, int index)
    {
        if (!asArray)
        {
            output.WriteLine(record);
            return;
        }

        // Each document is formatted on its own (so one can fail alone), then indented one level as an
        // array element. JSON strings cannot hold a raw line break, so every line break is between tokens.
        if (index > 0) output.Write(',');
        output.WriteLine();
        output.Write(ElementIndent);
        output.Write(record.Replace("\n", "\n" + ElementIndent, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override void WriteEnd(TextWriter output, int count)
    {
        if (!asArray) return;
        if (count > 0) output.WriteLine();
        output.WriteLine(']');
    }
}
