using System.Collections.Generic;
using DocSchema.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// Maps an offset inside a scalar's value to its line and column in the YAML file, so a pattern
/// error points at the very character. Exact for single-line plain and quoted scalars (escapes
/// aside) and for literal block scalars; folded scalars are mapped line by line as if literal.
/// </summary>
internal static class ScalarLocator
{
    public static SourceLocation Locate(string path, string fileText, YamlScalarNode node, int offset, int length = 1)
    {
        var value = node.Value ?? "";
        var startLine = (int)node.Start.Line - 1;
        var startColumn = (int)node.Start.Column - 1;
        var startIndex = (int)node.Start.Index;
        if (offset < 0) offset = 0;
        if (offset > value.Length) offset = value.Length;

        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // Content starts on the line after the indicator; count the value's line breaks before the offset.
            var lineInValue = 0;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (value[i] == '\n')
                {
                    lineInValue++;
                    lineStart = i + 1;
                }
            }
            var fileLineStart = LineStartIndex(fileText, startIndex, lineInValue + 1);
            if (fileLineStart < 0) return new SourceLocation(path, startIndex, 0, startLine, startColumn);
            var indent = 0;
            while (fileLineStart + indent < fileText.Length && fileText[fileLineStart + indent] == ' ') indent++;
            var column = indent + (offset - lineStart);
            return new SourceLocation(path, fileLineStart + column, length, startLine + 1 + lineInValue, column);
        }

        var quoteWidth = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new SourceLocation(path, startIndex + quoteWidth + offset, length, startLine, startColumn + quoteWidth + offset);
    }

    /// <summary>Where each line of the scalar's value starts in the file.</summary>
    public static IEnumerable<LineAnchor> LineAnchors(string path, string fileText, YamlScalarNode node)
    {
        var value = node.Value ?? "";
        for (var offset = 0; offset <= value.Length; offset++)
        {
            if (offset != 0 && value[offset - 1] != '\n') continue;
            var location = Locate(path, fileText, node, offset);
            yield return new LineAnchor(offset, location.Offset, location.Line, location.Column);
        }
    }

    /// <summary>The index where the line <paramref name="linesAfter"/> lines below the one holding <paramref name="index"/> starts, or -1.</summary>
    private static int LineStartIndex(string text, int index, int linesAfter)
    {
        var i = index;
        for (var n = 0; n < linesAfter; n++)
        {
            var next = text.IndexOf('\n', i);
            if (next < 0) return -1;
            i = next + 1;
        }
        return i;
    }
}
