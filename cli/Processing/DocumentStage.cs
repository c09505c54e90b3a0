namespace DocSchema.Cli.Processing;

/// <summary>
/// How far the processing of one document got, written by the thread that processes it and read by
/// the one that enforces the time limit, so a document that takes too long is reported with what it
/// was doing (reading a FIFO is not parsing) and with the schema it was being parsed with.
/// </summary>
internal sealed class DocumentStage
{
    private volatile string _activity = "waiting";
    private volatile string? _schemaName;

    /// <summary>What the document is going through: reading, choosing a schema, parsing, writing the result.</summary>
    public string Activity
    {
        get => _activity;
        set => _activity = value;
    }

    /// <summary>The schema chosen for it, once chosen.</summary>
    public string? SchemaName
    {
        get => _schemaName;
        set => _schemaName = value;
    }
}
