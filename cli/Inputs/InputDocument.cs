namespace DocSchema.Cli.Inputs;

/// <summary>One document to parse, not read yet.</summary>
/// <param name="Source">Its name in results: the path as given (with '/' separators), or <c>-</c> for standard input.</param>
/// <param name="ReadBytes">
/// Reads its bytes, stopping early when the token is cancelled (the document took too long). It may
/// throw (unreadable file, unlistable directory, too large): the caller turns that into an error
/// record, so reading happens where a failure can be charged to this one document.
/// </param>
internal sealed record InputDocument(string Source, Func<CancellationToken, byte[]> ReadBytes);
