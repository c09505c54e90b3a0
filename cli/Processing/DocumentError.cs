namespace DocSchema.Cli.Processing;

/// <summary>Why a document gave no article: the <c>error</c> member of a JSONL error record.</summary>
/// <param name="Message">What went wrong, in one line.</param>
/// <param name="Line">One-based line in the document, when the problem has a place.</param>
/// <param name="Column">One-based column in the document, when the problem has a place.</param>
internal sealed record DocumentError(string Message, int? Line = null, int? Column = null);
