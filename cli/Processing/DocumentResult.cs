using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Results;

namespace DocSchema.Cli.Processing;

/// <summary>What came of one document: an article with its diagnostics, or an error.</summary>
internal sealed record DocumentResult
{
    /// <summary>The document's name: the path as given, or <c>-</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The schema that parsed it, or null when none was reached (unreadable file, failed detection).</summary>
    public string? SchemaName { get; init; }

    /// <summary>How many bytes were read (0 when none could be).</summary>
    public long Bytes { get; init; }

    /// <summary>How its bytes were decoded, or null when they were not read.</summary>
    public string? Encoding { get; init; }

    /// <summary>What was wrong with its bytes (the text was still parsed, with U+FFFD in their place), or null.</summary>
    public string? InputProblem { get; init; }

    /// <summary>The article; null exactly when <see cref="Error"/> is set.</summary>
    public Article? Article { get; init; }

    /// <summary>The parser's diagnostics.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Why there is no article, or null.</summary>
    public DocumentError? Error { get; init; }

    /// <summary>True when it was stopped by the time limit (<c>--timeout</c>).</summary>
    public bool TimedOut { get; init; }

    /// <summary>True when the document counts as failed for the exit code: no article, or an error diagnostic.</summary>
    public bool Failed => Error is not null || Diagnostics.FirstError() is not null;

    /// <summary>This document as an error record (keeping its name, schema and encoding).</summary>
    public DocumentResult AsError(DocumentError error) => this with { Article = null, Error = error };
}
