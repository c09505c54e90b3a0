using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Output;

/// <summary><c>--format jsonl</c>: one compact object per line, in input order, an error record for a failed document.</summary>
internal sealed class JsonLinesResultFormat : ResultFormat
{
    /// <inheritdoc />
    public override void Format(DocumentResult result, RecordBuffer record) => DocumentJson.Write(result, record, indented: false);

    /// <inheritdoc />
    public override void WriteRecord(RecordOutput output, RecordBuffer record, int index) => output.WriteLine(record);
}
