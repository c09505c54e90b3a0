using DocSchema.Generator.Diagnostics;

namespace DocSchema.Generator.Model;

/// <summary>What reading one YAML file gave: a schema or a library (or neither, after errors) and the problems found.</summary>
internal sealed record ParsedFile(string Path, SchemaModel? Schema, LibraryModel? Library, EquatableArray<SchemaDiagnostic> Diagnostics);

/// <summary>A schema ready to emit (null after errors) and every diagnostic for it.</summary>
internal sealed record SchemaUnit(string Path, SchemaModel? Schema, EquatableArray<SchemaDiagnostic> Diagnostics);
