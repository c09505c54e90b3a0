using System.Text;

namespace DocSchema.Generator.Emit;

/// <summary>Writes indented C# source, four spaces a level.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter(int indent = 0) => _indent = indent;

    /// <summary>Appends already indented text as it is.</summary>
    public CodeWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        if (text.Length > 0) Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeWriter Doc(string summary)
    {
        var lines = CSharpText.DocLines(summary);
        if (lines.Length == 1) return Line("/// <summary>" + lines[0] + "</summary>");
        Line("/// <summary>");
        foreach (var line in lines) Line("/// " + line);
        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
