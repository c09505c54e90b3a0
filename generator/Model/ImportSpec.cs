namespace DocSchema.Generator.Model;

/// <summary>An <c>import:</c> entry: a library path relative to the schema file, and where it is written.</summary>
internal sealed record ImportSpec(string Path, SourceLocation Location);
