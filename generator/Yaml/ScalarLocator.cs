using System;
using System.Collections.Generic;
using System.Text;
using DocSchema.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// Reads a pattern scalar back from the YAML file with a map from each character of the value to
/// its place in the file, so an error inside a pattern points at the very character, whatever
/// the scalar style: escapes in quoted scalars (<c>''</c>, <c>\\</c>, <c>\u…</c>), and block
/// scalars line by line. A block scalar's pattern keeps its line breaks even when folded
/// (<c>&gt;</c>): patterns ignore white space, and a <c># comment</c> then ends at its line.
/// </summary>
internal static class ScalarLocator
{
    /// <summary>The pattern text of <paramref name="node"/> and where its lines and escapes sit in the file.</summary>
    public static (string Text, IReadOnlyList<LineAnchor> Anchors) Read(string path, string fileText, LineMap lines, YamlScalarNode node)
    {
        var value = node.Value ?? "";
        var start = Math.Min((int)node.Start.Index, fileText.Length);
        var end = Math.Min(Math.Max((int)node.End.Index, start), fileText.Length);
        var (text, indices) = node.Style switch
        {
            ScalarStyle.Literal or ScalarStyle.Folded => BlockScalar(fileText, start, end),
            ScalarStyle.SingleQuoted => Quoted(fileText, start, end, '\''),
            ScalarStyle.DoubleQuoted => Quoted(fileText, start, end, '"'),
            _ => Plain(fileText, start, end),
        };
        // Folded text is kept with its line breaks on purpose; elsewhere a decoding that disagrees
        // with YamlDotNet's falls back to the value with positions counted from the scalar's start.
        if (node.Style is not (ScalarStyle.Literal or ScalarStyle.Folded) && text != value)
        {
            text = value;
            indices = new List<int>();
            for (var i = 0; i <= value.Length; i++) indices.Add(Math.Min(start + i, fileText.Length));
        }
        return (text, Anchors(indices, lines));
    }

    /// <summary>Anchors where the file positions stop following one another (line starts, escapes).</summary>
    private static List<LineAnchor> Anchors(List<int> indices, LineMap lines)
    {
        var anchors = new List<LineAnchor>();
        for (var offset = 0; offset < indices.Count; offset++)
        {
            if (offset > 0 && indices[offset] == indices[offset - 1] + 1 && lines.Line(indices[offset]) == lines.Line(indices[offset - 1])) continue;
            var (line, column) = lines.Position(indices[offset]);
            anchors.Add(new LineAnchor(offset, indices[offset], line, column));
        }
        return anchors;
    }

    /// <summary>A block scalar: the lines after its header, the block's indentation removed, joined with line breaks.</summary>
    private static (string, List<int>) BlockScalar(string file, int start, int end)
    {
        var text = new StringBuilder();
        var indices = new List<int>();
        var lineStart = file.IndexOf('\n', start);
        if (lineStart < 0 || lineStart >= end) return ("", new List<int> { end });
        lineStart++;
        var indent = -1;
        var pendingBreaks = 0;
        while (lineStart < end)
        {
            var lineEnd = file.IndexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) lineEnd = end;
            var contentEnd = lineEnd > lineStart && file[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var spaces = 0;
            while (lineStart + spaces < contentEnd && file[lineStart + spaces] == ' ') spaces++;
            if (lineStart + spaces == contentEnd)
            {
                pendingBreaks++;
            }
            else
            {
                if (indent < 0) indent = spaces;
                if (spaces < indent) break;
                if (indices.Count > 0)
                {
                    for (var b = 0; b <= pendingBreaks; b++)
                    {
                        text.Append('\n');
                        indices.Add(lineStart - 1);
                    }
                }
                pendingBreaks = 0;
                for (var i = lineStart + indent; i < contentEnd; i++)
                {
                    text.Append(file[i]);
                    indices.Add(i);
                }
            }
            lineStart = lineEnd + 1;
        }
        // The end of the pattern is just after its last character, not on the next YAML line.
        indices.Add(indices.Count > 0 ? indices[indices.Count - 1] + 1 : end);
        return (text.ToString(), indices);
    }

    /// <summary>A quoted scalar, decoding its escapes (and folding its line breaks as YAML does).</summary>
    private static (string, List<int>) Quoted(string file, int start, int end, char quote)
    {
        var text = new StringBuilder();
        var indices = new List<int>();
        var i = start + 1;
        while (i < end)
        {
            var c = file[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < end && file[i + 1] == '\'')
                {
                    text.Append('\'');
                    indices.Add(i);
                    i += 2;
                    continue;
                }
                break;
            }
            if (quote == '"' && c == '\\' && i + 1 < end)
            {
                var (decoded, length) = Escape(file, i, end);
                if (decoded is not null)
                {
                    foreach (var d in decoded)
                    {
                        text.Append(d);
                        indices.Add(i);
                    }
                }
                i += length;
                continue;
            }
            if (c is '\r' or '\n')
            {
                i = Fold(file, i, end, text, indices);
                continue;
            }
            text.Append(c);
            indices.Add(i);
            i++;
        }
        indices.Add(Math.Min(i, file.Length));
        return (text.ToString(), indices);
    }

    /// <summary>A plain scalar: its text, with line breaks folded as YAML folds them.</summary>
    private static (string, List<int>) Plain(string file, int start, int end)
    {
        var text = new StringBuilder();
        var indices = new List<int>();
        var i = start;
        while (i < end)
        {
            var c = file[i];
            if (c is '\r' or '\n')
            {
                i = Fold(file, i, end, text, indices);
                continue;
            }
            text.Append(c);
            indices.Add(i);
            i++;
        }
        while (text.Length > 0 && text[text.Length - 1] == ' ')
        {
            text.Length--;
            indices.RemoveAt(indices.Count - 1);
        }
        indices.Add(Math.Min(end, file.Length));
        return (text.ToString(), indices);
    }

    /// <summary>A line break inside a flow scalar: trailing spaces dropped, one break becomes a space, each further empty line a break.</summary>
    private static int Fold(string file, int i, int end, StringBuilder text, List<int> indices)
    {
        while (text.Length > 0 && text[text.Length - 1] is ' ' or '\t')
        {
            text.Length--;
            indices.RemoveAt(indices.Count - 1);
        }
        var breaks = 0;
        var breakAt = i;
        while (i < end && file[i] is '\r' or '\n' or ' ' or '\t')
        {
            if (file[i] == '\n') breaks++;
            i++;
        }
        if (breaks <= 1)
        {
            text.Append(' ');
            indices.Add(breakAt);
        }
        else
        {
            for (var b = 1; b < breaks; b++)
            {
                text.Append('\n');
                indices.Add(breakAt);
            }
        }
        return i;
    }

    private static (string? Decoded, int Length) Escape(string file, int i, int end)
    {
        var e = file[i + 1];
        int Hex(int digits)
        {
            if (i + 2 + digits > end) return -1;
            var value = 0;
            for (var k = 0; k < digits; k++)
            {
                var h = file[i + 2 + k];
                var d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                if (d < 0) return -1;
                value = value * 16 + d;
            }
            return value;
        }
        switch (e)
        {
            case 'x': return Hex(2) is var x && x >= 0 ? (((char)x).ToString(), 4) : (null, 2);
            case 'u': return Hex(4) is var u && u >= 0 ? (((char)u).ToString(), 6) : (null, 2);
            case 'U': return Hex(8) is var v && v >= 0 && v <= 0x10FFFF ? (char.ConvertFromUtf32(v), 10) : (null, 2);
            case '\r' or '\n':
                // An escaped line break joins the lines without a space.
                var j = i + 1;
                while (j < end && file[j] is '\r' or '\n' or ' ' or '\t') j++;
                return ("", j - i);
            default:
                var simple = e switch
                {
                    '0' => "\0", 'a' => "\a", 'b' => "\b", 't' or '\t' => "\t", 'n' => "\n", 'v' => "\v", 'f' => "\f",
                    'r' => "\r", 'e' => "\u001B", ' ' => " ", '"' => "\"", '/' => "/", '\\' => "\\", 'N' => "\u0085",
                    '_' => "\u00A0", 'L' => "\u2028", 'P' => "\u2029", _ => e.ToString(),
                };
                return (simple, 2);
        }
    }
}
