using System.Buffers;
using System.Globalization;
using System.Text;

namespace DocSchema.Cli.Output;

/// <summary>
/// Text for people's terminals. A document, a file name or a message about one may hold control
/// characters that a terminal acts on rather than shows: ESC starts an escape sequence (colours,
/// moving the cursor, a window title, with some terminals worse), BEL rings, the C1 controls
/// (U+0080–U+009F; U+009B is a one-character escape sequence) likewise. Each is written as its
/// code, <c>&lt;U+001B&gt;</c>, where the text format and standard error show text; the JSON
/// formats escape them as JSON does. Tab, line feed and carriage return are left as they are
/// (the text format lays out line breaks itself; the progress line redraws with a carriage return).
/// </summary>
internal static class TerminalText
{
    // Every character written as its code: C0 but tab, LF and CR; DEL; C1.
    private static readonly SearchValues<char> s_actedOn = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary><paramref name="text"/> with every control character a terminal acts on written as its code.</summary>
    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAny(s_actedOn);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            if (s_actedOn.Contains(c)) escaped.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            else escaped.Append(c);
        }

        return escaped.ToString();
    }
}
