using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Output;

/// <summary><c>--format jsonl</c>: one compact object per line, in input order, an error record for a failed document.</summary>
internal sealed class JsonLinesResultFormat : ResultFormat
{
    /// <inheritdoc />
    public override string Format(DocumentResult result) => DocumentJson.Format(result, indented: false);

    /// <inheritdoc />
    public override void WriteRecord(TextWriter output, string record, int index) => output.WriteLine(record);
}
