using System.Globalization;
using System.Text.Json;
using DocSchema.Runtime.Json;

namespace DocSchema.Cli.Evaluation;

/// <summary>Writes evaluation scores as a table for people or as JSON for tools.</summary>
internal static class EvaluationReport
{
    public static void WriteText(TextWriter output, IReadOnlyList<SectionScore> scores, IReadOnlyList<string> failures)
    {
        var rows = new List<string[]>
        {
            new[] { "document", "section", "schema", "speech P", "speech R", "speech n", "term P", "term R", "term n", "speakers", "fields" },
        };
        foreach (var score in scores) rows.Add(Row(score.Document, score.Section, score.Schema ?? "", [score]));
        rows.Add(Row("all", "", "", scores));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c >= 3 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());

        var fields = scores.SelectMany(s => s.Fields).GroupBy(f => f.Field).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (fields.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("exact match by field:");
            var width = fields.Max(g => g.Key.Length);
            foreach (var group in fields)
                output.WriteLine($"  {group.Key.PadRight(width)}  {group.Count(f => f.Match)}/{group.Count()}");
        }

        var problems = scores.SelectMany(s => s.Problems.Select(p => $"{s.Document} [{s.Section}]: {p}")).Concat(failures).ToList();
        if (problems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("differences:");
            foreach (var problem in problems) output.WriteLine("  " + problem);
        }
    }

    public static void WriteJson(Stream output, IReadOnlyList<SectionScore> scores, IReadOnlyList<string> failures)
    {
        using var writer = new Utf8JsonWriter(output, ArticleJsonWriter.Options(indented: true));
        writer.WriteStartObject();
        writer.WriteStartArray("sections");
        foreach (var score in scores) WriteScore(writer, score.Document, score.Section, score.Schema, [score]);
        writer.WriteEndArray();
        writer.WritePropertyName("all");
        WriteScore(writer, null, null, null, scores);
        writer.WriteStartArray("failures");
        foreach (var failure in failures) writer.WriteStringValue(failure);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter writer, string? document, string? section, string? schema, IReadOnlyList<SectionScore> scores)
    {
        var (speech, terms, speakers) = Sum(scores);
        writer.WriteStartObject();
        if (document is not null) writer.WriteString("document", document);
        if (section is not null) writer.WriteString("section", section);
        if (schema is not null) writer.WriteString("schema", schema);
        WriteTally(writer, "speech", speech);
        WriteTally(writer, "terms", terms);
        writer.WriteStartObject("speakers");
        writer.WriteNumber("right", speakers.Right);
        writer.WriteNumber("scored", speakers.Scored);
        writer.WriteNumber("accuracy", Math.Round(speakers.Value, 4));
        writer.WriteEndObject();
        writer.WriteStartArray("fields");
        foreach (var field in scores.SelectMany(s => s.Fields))
        {
            writer.WriteStartObject();
            writer.WriteString("field", field.Field);
            writer.WriteBoolean("match", field.Match);
            writer.WriteString("expected", field.Expected);
            writer.WriteString("actual", field.Actual);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("differences");
        foreach (var problem in scores.SelectMany(s => s.Problems)) writer.WriteStringValue(problem);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter writer, string name, Tally tally)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("gold", tally.Gold);
        writer.WriteNumber("predicted", tally.Predicted);
        writer.WriteNumber("precision", Math.Round(tally.Precision, 4));
        writer.WriteNumber("recall", Math.Round(tally.Recall, 4));
        writer.WriteEndObject();
    }

    /// <summary>Micro-averaged totals: counts are added before dividing.</summary>
    public static (Tally Speech, Tally Terms, Accuracy Speakers) Sum(IEnumerable<SectionScore> scores)
    {
        var (speech, terms, speakers) = (new Tally(), new Tally(), new Accuracy());
        foreach (var score in scores)
        {
            speech.Add(score.Speech);
            terms.Add(score.Terms);
            speakers.Add(score.Speakers);
        }
        return (speech, terms, speakers);
    }

    private static string[] Row(string document, string section, string schema, IReadOnlyList<SectionScore> scores)
    {
        var (speech, terms, speakers) = Sum(scores);
        var fields = scores.SelectMany(s => s.Fields).ToList();
        return
        [
            document, section, schema,
            F(speech.Precision), F(speech.Recall), speech.Gold.ToString(CultureInfo.InvariantCulture),
            F(terms.Precision), F(terms.Recall), terms.Gold.ToString(CultureInfo.InvariantCulture),
            $"{F(speakers.Value)} ({speakers.Right}/{speakers.Scored})",
            $"{fields.Count(f => f.Match)}/{fields.Count}",
        ];
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
