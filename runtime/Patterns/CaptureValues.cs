using System.Text.Json;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>Converts captured spans into the typed values of custom roles (<c>fields:</c> text, int, month).</summary>
public static class CaptureValues
{
    /// <summary>The trimmed text at <paramref name="span"/>, or null when absent or blank.</summary>
    public static TextValue? Text(SourceText source, TextSpan? span) => span is { } s ? source.Value(s) : null;

    /// <summary>The number at <paramref name="span"/> (<see cref="DatelineValues.ParseInt"/>, which trims it), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie inside the text.</exception>
    public static int? Int(SourceText source, TextSpan? span) => span is { } s ? DatelineValues.ParseInt(source.AsSpan(s)) : null;

    /// <summary>The month at <paramref name="span"/> (<see cref="DatelineValues.ParseMonth"/>, which trims it), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie inside the text.</exception>
    public static int? Month(SourceText source, TextSpan? span) => span is { } s ? DatelineValues.ParseMonth(source.AsSpan(s)) : null;

    /// <summary>The texts of every span, blank ones left out.</summary>
    public static IReadOnlyList<TextValue> TextList(SourceText source, List<TextSpan> spans)
    {
        var result = new List<TextValue>(spans.Count);
        foreach (var span in spans)
            if (source.Value(span) is { } value) result.Add(value);
        return result;
    }

    /// <summary>The numbers of every span that holds one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A span does not lie inside the text.</exception>
    public static IReadOnlyList<int> IntList(SourceText source, List<TextSpan> spans) => Numbers(source, spans, DatelineValues.ParseInt);

    /// <summary>The months of every span that holds one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A span does not lie inside the text.</exception>
    public static IReadOnlyList<int> MonthList(SourceText source, List<TextSpan> spans) => Numbers(source, spans, DatelineValues.ParseMonth);

    /// <summary>
    /// A required text: the captured text, or an empty value at the block's start (with warning
    /// DS2004) when the capture is blank.
    /// </summary>
    public static TextValue RequiredText(ParseContext context, TextSpan? span, TextSpan block, string field)
    {
        if (Text(context.Source, span) is { } value) return value;
        ReportUnconvertible(context, span ?? block, field, "is blank");
        return new TextValue("", new TextSpan(block.Start, 0));
    }

    /// <summary>A required number: the captured number, or 0 (with warning DS2004) when it does not read as one.</summary>
    public static int RequiredInt(ParseContext context, TextSpan? span, TextSpan block, string field)
    {
        if (Int(context.Source, span) is { } value) return value;
        ReportUnconvertible(context, span ?? block, field, "is not a number");
        return 0;
    }

    /// <summary>A required month: the captured month, or 0 (with warning DS2004) when it does not read as one.</summary>
    public static int RequiredMonth(ParseContext context, TextSpan? span, TextSpan block, string field)
    {
        if (Month(context.Source, span) is { } value) return value;
        ReportUnconvertible(context, span ?? block, field, "is not a month");
        return 0;
    }

    /// <summary>Writes <c>"name": [1, 2, …]</c>.</summary>
    public static void WriteNumbers(Utf8JsonWriter writer, string name, IReadOnlyList<int> values) =>
        WriteNumbers(writer, ArticleJsonWriter.EncodeName(name), values);

    /// <summary>Writes <c>"name": [1, 2, …]</c>, with the name encoded beforehand (<see cref="ArticleJsonWriter.EncodeName"/>).</summary>
    public static void WriteNumbers(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<int> values)
    {
        writer.WriteStartArray(name);
        for (int i = 0; i < values.Count; i++) writer.WriteNumberValue(values[i]);
        writer.WriteEndArray();
    }

    private static List<int> Numbers(SourceText source, List<TextSpan> spans, Func<ReadOnlySpan<char>, int?> parse)
    {
        var result = new List<int>(spans.Count);
        foreach (var span in spans)
            if (parse(source.AsSpan(span)) is { } value) result.Add(value);
        return result;
    }

    private static void ReportUnconvertible(ParseContext context, TextSpan span, string field, string problem) =>
        context.Report("DS2004", DiagnosticSeverity.Warning, $"the `{field}` capture {problem}; its value was left empty", span);
}
