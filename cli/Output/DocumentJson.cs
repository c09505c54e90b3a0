using System.Text.Json;
using DocSchema.Cli.Processing;
using DocSchema.Runtime.Json;

namespace DocSchema.Cli.Output;

/// <summary>
/// A document's JSON: the article in the shape of ARTICLE-JSON.md, or an error record
/// <c>{"source", "schema", "error": {"message", "line", "column"}}</c> when there is no article.
/// </summary>
internal static class DocumentJson
{
    /// <summary>Writes the JSON of <paramref name="result"/> to <paramref name="record"/>, with the runtime's writer options.</summary>
    public static void Write(DocumentResult result, RecordBuffer record, bool indented)
    {
        // A compact article (the jsonl lines) is taken as the runtime writes it, without a writer
        // copying it into the record (2 % of a native document of the ABC page).
        if (!indented && result.Article is { } compact && record.TryTakeCompactJson(compact)) return;

        using var writer = new Utf8JsonWriter(record, ArticleJsonWriter.Options(indented));
        if (result.Article is { } article) article.WriteJson(writer);
        else WriteError(writer, result);
    }

    private static void WriteError(Utf8JsonWriter writer, DocumentResult result)
    {
        var error = result.Error ?? new DocumentError("no article");
        writer.WriteStartObject();
        writer.WriteString("source", result.Source);
        if (result.SchemaName is { } schema) writer.WriteString("schema", schema);
        else writer.WriteNull("schema");
        writer.WriteStartObject("error");
        writer.WriteString("message", error.Message);
        ArticleJsonWriter.WriteNumber(writer, "line", error.Line);
        ArticleJsonWriter.WriteNumber(writer, "column", error.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
