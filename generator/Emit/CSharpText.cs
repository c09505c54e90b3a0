using System.Globalization;
using System.Text;

namespace DocSchema.Generator.Emit;

/// <summary>
/// Turns schema text into C# source safely. Every string that reaches generated code goes
/// through here, so nothing a schema says can end a literal, a comment or a line early.
/// </summary>
internal static class CSharpText
{
    /// <summary>A C# string literal for <paramref name="value"/>: quotes, backslashes, control and line-separator characters escaped.</summary>
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A C# char literal.</summary>
    public static string Char(char c) => c switch
    {
        '\'' => "'\\''",
        '\\' => "'\\\\'",
        _ when c >= 0x20 && c < 0x7F => "'" + c + "'",
        _ => "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'",
    };

    /// <summary>
    /// Text safe inside a single-line <c>//</c> comment or an XML doc line: line breaks and
    /// other invisible characters shown as <c>\uXXXX</c>, XML-special characters escaped.
    /// </summary>
    public static string Comment(string text, bool xml)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' || c == '\r' || NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else if (xml && c == '&') builder.Append("&amp;");
            else if (xml && c == '<') builder.Append("&lt;");
            else if (xml && c == '>') builder.Append("&gt;");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The lines of an XML doc comment for <paramref name="text"/> (split at line breaks, each escaped).</summary>
    public static string[] DocLines(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace('\u0085', '\n');
        var lines = normalized.Trim().Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = Comment(lines[i].TrimEnd(), xml: true);
        return lines;
    }

    /// <summary>Characters that must not appear raw in generated source: controls, line and paragraph separators, format characters, lone surrogates.</summary>
    private static bool NeedsEscape(char c) =>
        // Surrogates are escaped too: a lone one cannot be written to a UTF-8 source file, and a pair
        // written as two escapes means the same character.
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
        // Spaces other than ' ' (NBSP, U+2000…, U+3000) are invisible in an editor: shown escaped.
        || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator && c != ' ');
}
