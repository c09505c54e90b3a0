using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Model;

/// <summary>
/// A pattern as the schema wrote it: the source string, its tree, where it stands in the YAML,
/// and where each of its lines starts in the file, so later stages can point inside it.
/// </summary>
internal sealed record PatternSpec(string Source, PatternNode Root, SourceLocation Location, EquatableArray<LineAnchor> Lines)
{
    /// <summary>The file location of the character at <paramref name="offset"/> in <see cref="Source"/>.</summary>
    public SourceLocation Locate(int offset, int length = 1)
    {
        if (Lines.Count == 0) return Location;
        var anchor = Lines[0];
        foreach (var line in Lines)
            if (line.ValueOffset <= offset) anchor = line;
        var delta = offset - anchor.ValueOffset;
        return new SourceLocation(Location.Path, anchor.Index + delta, length, anchor.Line, anchor.Column + delta);
    }
}

/// <summary>Where the line of a pattern string that starts at <see cref="ValueOffset"/> begins in the file.</summary>
internal readonly record struct LineAnchor(int ValueOffset, int Index, int Line, int Column);
