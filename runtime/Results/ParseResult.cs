using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Results;

/// <summary>What parsing one document gave, whatever its type.</summary>
public interface IParseResult
{
    /// <summary>The parsed article, or null when the document could not be parsed at all.</summary>
    Article? Article { get; }

    /// <summary>Warnings and errors, located in the text.</summary>
    IReadOnlyList<ParseDiagnostic> Diagnostics { get; }
}

/// <summary>The outcome of <c>T.Parse(text)</c>: the typed article and what did not match.</summary>
/// <typeparam name="T">The generated article type.</typeparam>
public sealed class ParseResult<T> : IParseResult where T : Article
{
    /// <summary>Wraps a parsed value and its diagnostics.</summary>
    public ParseResult(T? value, IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The parsed article; null only when an error stopped the parse.</summary>
    public T? Value { get; }

    /// <inheritdoc />
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; }

    /// <summary>True when there is a value and no error.</summary>
    public bool Success => Value is not null && Diagnostics.FirstError() is null;

    Article? IParseResult.Article => Value;
}
