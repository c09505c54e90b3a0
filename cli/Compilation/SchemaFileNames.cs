using DocSchema.Generator.Yaml;

namespace DocSchema.Cli.Compilation;

/// <summary>
/// The file names the generator reads. A build makes a type of every <c>*.docschema.yaml</c>,
/// offers every <c>*.patterns.yaml</c> to imports and ignores any other file, so a command given
/// another name would find nothing in it and say nothing, which reads as a pass: it is a usage
/// error that names the suffixes instead.
/// </summary>
internal static class SchemaFileNames
{
    /// <summary>Null when <paramref name="path"/> is named as a schema or a pattern library, else why it is not, as one line.</summary>
    public static string? NotSchemaOrLibrary(string path) =>
        SchemaFileReader.IsSchemaPath(path) || SchemaFileReader.IsLibraryPath(path)
            ? null
            : $"docschema: not a schema file: {path} (a schema's name ends in {SchemaFileReader.SchemaSuffix}, a pattern library's in {SchemaFileReader.LibrarySuffix}; a build reads no other file)";

    /// <summary>Null when <paramref name="path"/> is named as a schema, else why it is not, as one line: only a schema generates a type.</summary>
    public static string? NotSchema(string path) =>
        SchemaFileReader.IsSchemaPath(path) ? null
        : SchemaFileReader.IsLibraryPath(path) ? $"docschema: not a schema file: {path} (a pattern library generates no type; a schema's name ends in {SchemaFileReader.SchemaSuffix})"
        : $"docschema: not a schema file: {path} (a schema's name ends in {SchemaFileReader.SchemaSuffix}; a build reads no other file)";
}
