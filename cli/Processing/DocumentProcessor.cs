using DocSchema.Cli.Inputs;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Cli.Processing;

/// <summary>
/// Reads, decodes and parses one document at a time. Never throws: whatever goes wrong with a
/// document (it cannot be read, a schema's code throws, the parse has no article) becomes that
/// document's error record, so a batch always gives one result per document.
/// </summary>
internal sealed class DocumentProcessor
{
    private readonly IReadOnlyList<SchemaInfo> _schemas;
    private readonly SchemaInfo? _schema;

    /// <summary>Parses with <paramref name="schema"/>, or with the best scoring of <paramref name="schemas"/> when it is null.</summary>
    public DocumentProcessor(IReadOnlyList<SchemaInfo> schemas, SchemaInfo? schema)
    {
        _schemas = schemas;
        _schema = schema;
    }

    /// <summary>The result for <paramref name="document"/>.</summary>
    public DocumentResult Process(InputDocument document) => Process(document, new DocumentStage(), CancellationToken.None);

    /// <summary>
    /// The result for <paramref name="document"/>, telling <paramref name="stage"/> how far it got.
    /// <paramref name="cancellation"/> stops the reading of its bytes (parsers do not observe it).
    /// </summary>
    public DocumentResult Process(InputDocument document, DocumentStage stage, CancellationToken cancellation)
    {
        // What each step finds is kept in locals and the result made once at the end: a `with` at
        // each step copied the record, an allocation and a write barrier for each of its references
        // (five copies, 42 barriers a document).
        long length = 0;
        DecodedText decoded;

        stage.Activity = "reading";
        try
        {
            var bytes = document.ReadBytes(cancellation);
            length = bytes.LongLength;
            decoded = TextDecoder.Decode(bytes);
        }
        catch (UnlistableDirectoryException ex)
        {
            return Failure(document, length, null, new DocumentError(ex.Message));
        }
        catch (Exception ex)
        {
            return Failure(document, length, null, new DocumentError($"cannot read: {ex.Message}"));
        }

        stage.Activity = "choosing a schema";
        SourceText source;
        SchemaInfo? schema;
        try
        {
            // Undecodable bytes travel with the text as DS2005, so they reach the diagnostics and the JSON.
            IReadOnlyList<InputDiagnostic> inputDiagnostics = decoded.Problem is { } problem ? [problem.ToDiagnostic()] : [];
            // One SourceText for scoring and parsing: the blocks the schemas' Score split are not split again.
            source = SourceText.From(decoded.Text, document.Source, inputDiagnostics);
            schema = _schema ?? SchemaInfo.Best(_schemas, source);
        }
        catch (Exception ex)
        {
            return Failure(document, length, decoded, new DocumentError($"choosing a schema failed: {Describe(ex)}"));
        }
        if (schema is null)
            return Failure(document, length, decoded, new DocumentError("no schema is compiled in"));
        stage.SchemaName = schema.Name;

        stage.Activity = "parsing";
        IParseResult parsed;
        try
        {
            parsed = schema.Parse(source);
        }
        catch (Exception ex)
        {
            return Failure(document, length, decoded, new DocumentError($"the parser failed: {Describe(ex)}"), schema.Name);
        }

        if (parsed.Article is { } article)
            return Result(document, length, decoded, schema.Name, parsed.Diagnostics, article, error: null);

        // No article: the parser's first error says why, at its place in the text.
        var error = parsed.Diagnostics.FirstError();
        return Result(document, length, decoded, schema.Name, parsed.Diagnostics, article: null, error is null
            ? new DocumentError("the parser returned no article")
            : new DocumentError($"{error.Id}: {error.Message}", error.Location.Line + 1, error.Location.Character + 1));
    }

    // A document that stopped before its parse gave diagnostics: no article, and what was known of it.
    private static DocumentResult Failure(InputDocument document, long length, DecodedText? decoded, DocumentError error, string? schemaName = null) =>
        Result(document, length, decoded, schemaName, [], article: null, error);

    private static DocumentResult Result(InputDocument document, long length, DecodedText? decoded, string? schemaName,
        IReadOnlyList<ParseDiagnostic> diagnostics, Article? article, DocumentError? error) => new()
    {
        Source = document.Source,
        Bytes = length,
        Encoding = decoded?.Encoding,
        InputProblem = decoded?.Problem?.Message,
        SchemaName = schemaName,
        Diagnostics = diagnostics,
        Article = article,
        Error = error,
    };

    // The exception's type says more than its message for the bugs this catches (NotImplementedException,
    // NullReferenceException); the stack trace is for developers and is not shown.
    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
