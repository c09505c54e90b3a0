namespace DocSchema.Generator.Model;

/// <summary>
/// A named pattern (<c>patterns:</c> entry) and where it came from: the schema, a library file, or
/// the built-ins; <see cref="NameLocation"/> is where its name stands, for diagnostics about the name.
/// </summary>
internal sealed record NamedPattern(string Name, PatternSpec Pattern, string? Doc, string Origin, SourceLocation NameLocation);
