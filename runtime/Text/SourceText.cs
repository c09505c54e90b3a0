using System.Runtime.CompilerServices;
using DocSchema.Runtime.Results;

namespace DocSchema.Runtime.Text;

/// <summary>
/// The text of one article, with the name it came from and a line map from offsets to
/// <see cref="LinePosition"/>. Every value a parser returns is a slice of this text.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    // The strings of the values read so far (TextValue.Text), by span; made when the first is read.
    private ValueStrings? _valueStrings;

    /// <summary>The whole text split into paragraphs, once <see cref="Blocks.BlockSplitter.SplitOnce"/> has done it (read-only: Split hands out copies, a parse reads it in place).</summary>
    internal Blocks.Block[]? ParagraphBlocks;

    /// <summary>The whole text split into lines, once <see cref="Blocks.BlockSplitter.SplitOnce"/> or a split of the whole text into paragraphs has done it (read-only: Split hands out copies, a parse and LinesOf read-only views).</summary>
    internal Blocks.Block[]? LineBlocks;

    /// <summary>The dominant script of each of some blocks, the last that <see cref="Blocks.SectionSplitter"/> worked out (it keeps its own copy of the blocks).</summary>
    internal Blocks.BlockScripts? BlockScripts;

    private SourceText(string text, string? name, IReadOnlyList<InputDiagnostic> inputDiagnostics)
    {
        Text = text;
        Name = name;
        InputDiagnostics = inputDiagnostics;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Where the text came from: a file path, "-" for standard input, or null.</summary>
    public string? Name { get; }

    /// <summary>Number of UTF-16 code units in the text.</summary>
    public int Length => Text.Length;

    /// <summary>Problems found while the text was obtained (e.g. DS2005, undecodable bytes); every parse reports them first.</summary>
    public IReadOnlyList<InputDiagnostic> InputDiagnostics { get; }

    /// <summary>Wraps <paramref name="text"/>; <paramref name="name"/> names its origin in results and diagnostics.</summary>
    public static SourceText From(string text, string? name = null) => From(text, name, []);

    /// <summary>
    /// Wraps <paramref name="text"/> with the problems found while it was obtained, e.g. bytes a
    /// decoder replaced with U+FFFD. Each parse of it starts with <paramref name="inputDiagnostics"/>
    /// among its diagnostics, located by line and column, before anything the parser reports.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="name">Where the text came from: a file path, "-" for standard input, or null.</param>
    /// <param name="inputDiagnostics">The problems, each with a span inside <paramref name="text"/>.</param>
    public static SourceText From(string text, string? name, IReadOnlyList<InputDiagnostic> inputDiagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(inputDiagnostics);
        foreach (var diagnostic in inputDiagnostics)
        {
            // Checked here, where the caller can still be told, rather than when a parse locates it.
            if (diagnostic is null) throw new ArgumentException("an input diagnostic is null", nameof(inputDiagnostics));
            if ((uint)diagnostic.Span.Start > (uint)text.Length || (uint)diagnostic.Span.Length > (uint)(text.Length - diagnostic.Span.Start))
                throw new ArgumentOutOfRangeException(nameof(inputDiagnostics), diagnostic.Span, $"the span of {diagnostic.Id} must lie inside the text");
        }
        return new SourceText(text, name, inputDiagnostics.ToArray());
    }

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The zero-based line and character of <paramref name="offset"/> (line breaks: LF, CRLF, CR, U+2028, U+2029, U+0085).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        if ((uint)offset > (uint)Text.Length) throw new ArgumentOutOfRangeException(nameof(offset));
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - starts[line]);
    }

    /// <summary>
    /// The value at <paramref name="span"/> with surrounding white space removed, or null when
    /// nothing but white space is there.
    /// </summary>
    public TextValue? Value(TextSpan span)
    {
        var trimmed = Trim(span);
        return trimmed.IsEmpty ? null : new TextValue(this, trimmed);
    }

    /// <summary>
    /// The string of the value at <paramref name="span"/>, made the first time it is asked for and
    /// kept, so that a value read again (or a copy of it) gives the same string.
    /// </summary>
    internal string ValueText(TextSpan span)
    {
        // Made when a value is first read: a batch that writes JSON reads none (it writes the
        // characters), so only code that reads values pays for the table. Its strings live as long
        // as the document.
        var strings = Volatile.Read(ref _valueStrings);
        if (strings is null)
        {
            Interlocked.CompareExchange(ref _valueStrings, new ValueStrings(Text), null);
            strings = _valueStrings;
        }

        return strings.Get(span);
    }

    /// <summary><paramref name="span"/> without leading and trailing white space (including U+3000 and zero-width marks).</summary>
    public TextSpan Trim(TextSpan span) => TrimmedSpan(Text, span.Start, span.End);

    /// <summary>
    /// <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> without its
    /// leading and trailing <see cref="IsTrimmable"/> characters (empty when nothing is left).
    /// </summary>
    internal static TextSpan TrimmedSpan(ReadOnlySpan<char> text, int start, int end)
    {
        // Nearly every value starts and ends with a character of text: answered by two range tests
        // each, apart from the trimming loops, whose call for a rarer character made this method
        // save and restore six registers at every value (about half its instructions).
        // (The test of `end` against the length changes nothing, an end past the text throwing
        // either way; it lets the compiler drop the bounds test of the last character.)
        if (start < end && (uint)end <= (uint)text.Length && IsTextCharacter(text[start]) && IsTextCharacter(text[end - 1]))
            return TextSpan.FromBounds(start, end);
        return TrimmedSpanByCharacter(text, start, end);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TextSpan TrimmedSpanByCharacter(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && IsTrimmable(text[start])) start++;
        while (end > start && IsTrimmable(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True for characters a value never starts or ends with: white space, BOM and zero-width marks.</summary>
    /// <remarks>Inlined for the characters of text, printable ASCII and U+3001–U+FEFE (Han and its
    /// punctuation), none of them trimmable: the line reader and every value's trim ask about both ends.
    /// So are the space, which is, and U+2010–U+2027 (dashes, curly quotes, the ellipsis), which are
    /// not: the quote attributor's walks over English text meet them at every word and quote.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrimmable(char c) =>
        c == ' ' || (!IsTextCharacter(c) && (uint)(c - '\u2010') > '\u2027' - '\u2010' && IsTrimmableBeyondText(c));

    // Printable ASCII and U+3001–U+FEFE: none of them trimmable.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTextCharacter(char c) =>
        (uint)(c - '!') <= '~' - '!' || (uint)(c - '\u3001') <= '\uFEFE' - '\u3001';

    private static bool IsTrimmableBeyondText(char c) => c switch
    {
        // Spelled out from U+0100 on, so that Han text and its punctuation (“”、。), asked about
        // at nearly every character by the quote attributor, never reach the Unicode category
        // lookup. U+2000–U+200A are spaces and U+200B–U+200D zero-width; U+2060 and U+FEFF are ours.
        <= '\u00FF' => char.IsWhiteSpace(c),
        < '\u2000' => c == '\u1680',
        <= '\u200D' => true,
        _ => c is '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u2060' or '\u3000' or '\uFEFF',
    };

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
