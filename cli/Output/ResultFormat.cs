using DocSchema.Cli.Processing;

namespace DocSchema.Cli.Output;

/// <summary>
/// An output format of <c>docschema parse</c>. Each document is first formatted to a string and
/// only then written, so a document that cannot be formatted never leaves half a record behind.
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

    /// <summary>One document's record, without what separates it from the others.</summary>
    public abstract string Format(DocumentResult result);

    /// <summary>Writes what comes before the first document.</summary>
    public virtual void WriteStart(TextWriter output)
    {
    }

    /// <summary>Writes a record made by <see cref="Format"/>; <paramref name="index"/> is its zero-based position.</summary>
    public abstract void WriteRecord(TextWriter output, string record, int index);

    /// <summary>Writes what comes after the last of <paramref name="count"/> documents.</summary>
    public virtual void WriteEnd(TextWriter output, int count)
    {
    }
}
