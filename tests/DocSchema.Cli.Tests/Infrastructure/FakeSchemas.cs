using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Cli.Tests.Infrastructure;

/// <summary>The registry the tests run the CLI with: one schema per behaviour the CLI must handle.</summary>
internal static class FakeSchemas
{
    /// <summary>Empty article; scores 1 on every text, so <c>auto</c> falls back to it.</summary>
    public static readonly SchemaInfo Empty = new(
        "empty", "An article with nothing in it.", "Fake.EmptyArticle",
        _ => 1, source => FakeArticle.ParseNothing(source, "empty"));

    /// <summary>Headline and paragraphs, one per line (needs the runtime's language detector and quote scanner).</summary>
    public static readonly SchemaInfo Lines = new(
        "lines", "Headline on the first line, a paragraph on every other line.", "Fake.LinesArticle",
        source => source.Text.Contains("LINES", StringComparison.Ordinal) ? 5 : 0, source => FakeArticle.ParseLines(source, "lines"));

    /// <summary>Empty article with a warning DS2001 at the start of line 2; scores 5 on texts containing WARN.</summary>
    public static readonly SchemaInfo Warns = new(
        "warns", "Warns that the headline is missing.", "Fake.WarnsArticle",
        source => source.Text.Contains("WARN", StringComparison.Ordinal) ? 5 : 0,
        source => FakeArticle.ParseNothing(source, "warns",
            context => context.Report("DS2001", DiagnosticSeverity.Warning, "required role 'headline' did not match", AtLine2(source, 0))));

    /// <summary>Empty article with an error diagnostic: the document counts as failed but has an article.</summary>
    public static readonly SchemaInfo Flawed = new(
        "flawed", "Has an article and an error.", "Fake.FlawedArticle",
        _ => 0,
        source => FakeArticle.ParseNothing(source, "flawed",
            context => context.Report("DS2900", DiagnosticSeverity.Error, "the body is broken", new TextSpan(0, 0))));

    /// <summary>No article: an error at line 2, column 3.</summary>
    public static readonly SchemaInfo Rejects = new(
        "rejects", "Gives up at line 2, column 3.", "Fake.RejectsArticle",
        _ => 0,
        source => FakeArticle.Reject(source,
            context => context.Report("DS2901", DiagnosticSeverity.Error, "cannot read this layout", AtLine2(source, 2))));

    /// <summary>Throws from Parse; scores 9 on texts containing THROW so <c>auto</c> picks it there.</summary>
    public static readonly SchemaInfo Throws = new(
        "throws", "Its parser throws.", "Fake.ThrowsArticle",
        source => source.Text.Contains("THROW", StringComparison.Ordinal) ? 9 : 0,
        _ => throw new InvalidOperationException("boom"));

    /// <summary>Throws from Score on texts containing MISJUDGE, so that <c>auto</c> fails to choose there; scores 0 elsewhere.</summary>
    public static readonly SchemaInfo Misjudges = new(
        "misjudges", "Its score throws.", "Fake.MisjudgesArticle",
        source => source.Text.Contains("MISJUDGE", StringComparison.Ordinal) ? throw new InvalidOperationException("no score") : 0,
        source => FakeArticle.ParseNothing(source, "misjudges"));

    /// <summary>Every fake schema, in registry order.</summary>
    public static readonly IReadOnlyList<SchemaInfo> All = [Empty, Lines, Warns, Flawed, Rejects, Throws, Misjudges];

    /// <summary>The names in <see cref="All"/>, as the unknown-schema message lists them.</summary>
    public const string KnownNames = "empty, lines, warns, flawed, rejects, throws, misjudges";

    /// <summary>A schema that records every text it is given (by Score and Parse) and returns an empty article.</summary>
    public static SchemaInfo Recording(List<string> texts) => new(
        "recording", "Records the decoded text.", "Fake.RecordingArticle",
        source =>
        {
            texts.Add(source.Text);
            return 1;
        },
        source => FakeArticle.ParseNothing(source, "recording"));

    private static TextSpan AtLine2(SourceText source, int column)
    {
        var lineStart = source.Text.IndexOf('\n') + 1;
        return new TextSpan(Math.Min(lineStart + column, source.Length), 0);
    }
}
