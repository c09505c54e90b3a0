namespace DocSchema.Generator.Model;

/// <summary>A named pattern (<c>patterns:</c> entry) and where it came from: the schema, a library file, or the built-ins.</summary>
internal sealed record NamedPattern(string Name, PatternSpec Pattern, string? Doc, string Origin);
