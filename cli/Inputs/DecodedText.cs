namespace DocSchema.Cli.Inputs;

/// <summary>A document's bytes turned into text.</summary>
/// <param name="Text">The text, without its byte order mark.</param>
/// <param name="Encoding">How the bytes were read: <c>utf-8</c>, <c>utf-8 (BOM)</c>, <c>utf-16le (BOM)</c>, <c>utf-16be (BOM)</c>.</param>
/// <param name="Problem">What was wrong with the bytes (invalid sequences replaced by U+FFFD), or null.</param>
internal sealed record DecodedText(string Text, string Encoding, string? Problem);
