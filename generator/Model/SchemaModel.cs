namespace DocSchema.Generator.Model;

/// <summary>
/// A schema file read into plain data: no YAML nodes, no Roslyn symbols, compares by value.
/// <see cref="Patterns"/> holds the schema's own named patterns before resolution, and every
/// pattern the schema can reach (own, imported, built-in) after it. <see cref="TypeLocation"/> is
/// where the generated type's full name is decided: <c>type:</c>, else <c>namespace:</c>, else
/// <c>schema:</c> (the type is named after it), so a clash of full names points there.
/// </summary>
internal sealed record SchemaModel(
    string Path,
    string Name,
    string TypeName,
    string? Namespace,
    string? Doc,
    string Blocks,
    EquatableArray<ImportSpec> Imports,
    EquatableArray<DetectSignal> Detect,
    EquatableArray<NamedPattern> Patterns,
    EquatableArray<LayoutElement> Layout,
    SourceLocation Location,
    SourceLocation TypeLocation);

/// <summary>A pattern library file (<c>*.patterns.yaml</c>).</summary>
internal sealed record LibraryModel(string Path, string Name, EquatableArray<NamedPattern> Patterns);
