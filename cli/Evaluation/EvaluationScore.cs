namespace DocSchema.Cli.Evaluation;

/// <summary>One structural field compared with the gold: its name, whether it matched, and both values.</summary>
internal sealed record FieldCheck(string Field, bool Match, string Expected, string Actual);

/// <summary>The scores of one section of one document (or of its captions).</summary>
internal sealed class SectionScore
{
    public required string Document { get; init; }
    public required string Section { get; init; }
    public string? Schema { get; init; }
    public Tally Speech { get; } = new();
    public Tally Terms { get; } = new();
    public Accuracy Speakers { get; } = new();
    public List<FieldCheck> Fields { get; } = [];

    /// <summary>What went wrong, one line each, for the details below the table.</summary>
    public List<string> Problems { get; } = [];
}
