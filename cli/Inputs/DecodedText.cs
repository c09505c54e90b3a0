namespace DocSchema.Cli.Inputs;

/// <summary>A document's bytes turned into text.</summary>
/// <param name="Text">The text, without its byte order mark; invalid byte sequences replaced by U+FFFD.</param>
/// <param name="Encoding">How the bytes were read: <c>utf-8</c>, <c>utf-8 (BOM)</c>, <c>utf-16le (BOM)</c>, <c>utf-16be (BOM)</c>.</param>
/// <param name="Problem">Where the bytes were invalid, or null when they were all valid.</param>
internal sealed record DecodedText(string Text, string Encoding, DecodingProblem? Problem);
