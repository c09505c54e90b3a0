using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Output;

/// <summary>
/// An output format of <c>docschema parse</c>. Each document is first formatted into a buffer of its
/// own (as UTF-8, on the thread that parsed it) and only then written, so a document that cannot be
/// formatted never leaves half a record behind.
/// </summary>
internal abstract class ResultFormat
{
    /// <summary>The names <c>--format</c> accepts.</summary>
    public static readonly string[] Names = ["json", "jsonl", "text"];

    /// <summary>The format called <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    /// <param name="name">The format's name.</param>
    /// <param name="singleDocument">True when the command line names exactly one document (one file or <c>-</c>).</param>
    public static ResultFormat Create(string name, bool singleDocument) => name switch
    {
        "json" => new JsonResultFormat(asArray: !singleDocument),
        "jsonl" => new JsonLinesResultFormat(),
        "text" => new TextResultFormat(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown format"),
    };

    /// <summary>Writes one document's record, without what separates it from the others, to <paramref name="record"/>.</summary>
    public abstract void Format(DocumentResult result, RecordBuffer record);

    /// <summary>Writes what comes before the first document.</summary>
    public virtual void WriteStart(RecordOutput output)
    {
    }

    /// <summary>Writes a record made by <see cref="Format"/>; <paramref name="index"/> is its zero-based position.</summary>
    /// <remarks>The record is the writer's from here on: a format may add to it before writing it.</remarks>
    public abstract void WriteRecord(RecordOutput output, RecordBuffer record, int index);

    /// <summary>Writes what comes after the last of <paramref name="count"/> documents.</summary>
    public virtual void WriteEnd(RecordOutput output, int count)
    {
    }
}
