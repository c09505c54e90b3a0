using System.Collections.Generic;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// Line starts of a file, for turning indices into zero-based line and column: built once per file
/// (<see cref="YamlNodeReader.Lines"/>) and shared by every location reported in it.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _starts.Add(i + 1);
    }

    public int Line(int index)
    {
        var line = _starts.BinarySearch(index);
        return line >= 0 ? line : ~line - 1;
    }

    public (int Line, int Column) Position(int index)
    {
        var line = Line(index);
        return (line, index - _starts[line]);
    }
}
