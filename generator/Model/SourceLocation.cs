namespace DocSchema.Generator.Model;

/// <summary>
/// A place in a schema file: its path, the character offset and length, and the zero-based line
/// and column (Roslyn's convention; shown one-based to people).
/// </summary>
internal sealed record SourceLocation(string Path, int Offset, int Length, int Line, int Column)
{
    public static SourceLocation Start(string path) => new(path, 0, 0, 0, 0);

    public override string ToString() => $"{Path}({Line + 1},{Column + 1})";
}
