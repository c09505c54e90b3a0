using System.Text;
using DocSchema.Cli.Processing;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Results;

namespace DocSchema.Cli.Output;

/// <summary>
/// <c>--format text</c>: a summary per document for people, blocks separated by a blank line. The
/// first line is the source; then one labelled field per line, lists with their items indented.
/// Diagnostics are written as compilers write them (<c>source(line,col): warning DS2001: …</c>) so
/// editors and CI logs can link them.
/// </summary>
internal sealed class TextResultFormat : ResultFormat
{
    private const int LabelWidth = 12;
    private const string FieldIndent = "  ";
    private const string ItemIndent = "    ";

    // A value that spans several lines (a paragraph block of lines) keeps the layout readable: its
    // further lines are indented under the first — under a field's value, or two past a list item's start.
    private static readonly string FieldContinuation = Environment.NewLine + new string(' ', FieldIndent.Length + LabelWidth);
    private static readonly string ItemContinuation = Environment.NewLine + new string(' ', ItemIndent.Length + 2);
    private const string None = "(none)";

    /// <inheritdoc />
    public override void Format(DocumentResult result, RecordBuffer record) => record.Write(FormatText(result));

    /// <inheritdoc />
    public override void WriteRecord(RecordOutput output, RecordBuffer record, int index)
    {
        if (index > 0) output.WriteNewLine();
        output.Write(record.Written);
    }

    private static string FormatText(DocumentResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(TerminalText.Escape(result.Source));
        Field(text, "schema", result.SchemaName ?? None);
        if (result.Encoding is { } encoding)
            Field(text, "encoding", result.InputProblem is { } problem ? $"{encoding}; {problem}" : encoding);

        if (result.Article is not { } article)
        {
            var error = result.Error ?? new DocumentError("no article");
            Field(text, "error", error.Line is { } line
                ? $"{Location(result.Source, line, error.Column ?? 1)}: {error.Message}"
                : error.Message);
        }
        else
        {
            Field(text, "language", article.Language);
            Field(text, "headline", article.Headline?.Text ?? None);
            Field(text, "dateline", article.Dateline is { } dateline ? FormatDateline(dateline) : None);
            List(text, "captions", article.Captions.Select((c, i) =>
                $"{i + 1}. {c.Text.Text}" + (c.Credit is { } credit ? $" (credit: {credit.Text})" : "")));
            List(text, "subheadings", article.Subheadings.Select(s => $"before paragraph {s.BeforeParagraph}: {s.Text.Text}"));
            List(text, "paragraphs", article.Paragraphs.Select((p, i) => $"{i + 1} [{p.Language}] {p.Text.Text}"));
            List(text, "quotes", article.Quotes.Select(FormatQuote));
            List(text, "speakers", article.Speakers.Select(s => $"{s.Name} ({s.Kind.ToString().ToLowerInvariant()}): {s.Quotes.Count} quote(s)"));
            Field(text, "boilerplate", article.Boilerplate is { } boilerplate
                ? $"{boilerplate.Start.Text} ({boilerplate.Lines} lines)"
                : None);
            Field(text, "related", $"{article.Related.Count}");
            List(text, "sections", article.Sections.Select((s, i) =>
                $"{i + 1} [{s.Language}] {s.Paragraphs.Count} paragraphs, {s.Quotes.Count} quotes, headline: {s.Headline?.Text ?? None}, " +
                $"speakers: {(s.Speakers.Count == 0 ? None : string.Join(", ", s.Speakers.Select(p => p.Name)))}"));
            if (article.Alignment.Count > 0)
                Field(text, "alignment", string.Join(", ", article.Alignment.Select(FormatBead)));
        }

        List(text, "diagnostics", result.Diagnostics.Select(d => FormatDiagnostic(result.Source, d)));
        return text.ToString();
    }

    /// <summary>A diagnostic as compilers print them: <c>source(line,col): warning DS2001: message</c>.</summary>
    private static string FormatDiagnostic(string source, ParseDiagnostic diagnostic) =>
        $"{Location(source, diagnostic.Location.Line + 1, diagnostic.Location.Character + 1)}: " +
        $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}";

    private static string Location(string source, int line, int column) => $"{source}({line},{column})";

    // "(华盛顿、基辅20日讯) → 华盛顿, 基辅 / day 20": what was written, then what it means.
    private static string FormatDateline(Dateline dateline)
    {
        var meaning = new List<string>();
        if (dateline.Places.Count > 0) meaning.Add(string.Join(", ", dateline.Places.Select(p => p.Text)));
        if (dateline.Day is { } day) meaning.Add($"day {day}");
        if (dateline.Month is { } month) meaning.Add($"month {month}");
        if (dateline.Year is { } year) meaning.Add($"year {year}");
        if (dateline.Agency is { } agency) meaning.Add($"agency {agency.Text}");
        return meaning.Count == 0 ? dateline.Raw.Text : $"{dateline.Raw.Text} → {string.Join(" / ", meaning)}";
    }

    private static string FormatQuote(Quote quote)
    {
        var text = $"paragraph {quote.Paragraph}: “{quote.Text.Text}”";
        if (quote.Speaker is { } speaker) text += $" — {speaker}";
        if (quote.Kind is { } kind) text += $" ({kind.ToString().ToLowerInvariant()})";
        return text;
    }

    // "2-3↔2": paragraphs 2 and 3 of the first section translate paragraph 2 of the second; "–" is an empty side.
    private static string FormatBead(AlignmentBead bead) => $"{Side(bead.From, bead.FromCount)}↔{Side(bead.To, bead.ToCount)}";

    private static string Side(int? start, int count) => start switch
    {
        null => "–",
        { } first when count > 1 => $"{first}-{first + count - 1}",
        { } first => $"{first}",
    };

    // Values are the document's text: its control characters are shown as codes (TerminalText),
    // after its line breaks are laid out.
    private static void Field(StringBuilder text, string label, string value) =>
        text.Append(FieldIndent).Append(label.PadRight(LabelWidth)).AppendLine(TerminalText.Escape(value.ReplaceLineEndings(FieldContinuation)));

    private static void List(StringBuilder text, string label, IEnumerable<string> items)
    {
        var lines = items.ToList();
        Field(text, label, $"{lines.Count}");
        foreach (var line in lines) text.Append(ItemIndent).AppendLine(TerminalText.Escape(line.ReplaceLineEndings(ItemContinuation)));
    }
}
