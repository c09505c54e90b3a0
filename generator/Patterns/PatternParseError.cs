namespace DocSchema.Generator.Patterns;

/// <summary>Why a pattern string did not parse, and where (offset in the pattern string).</summary>
internal sealed record PatternParseError(int Offset, string Message);
