using System.Text;
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
    /// <summary>The JSON text of <paramref name="result"/>, written with the runtime's writer options.</summary>
    public static string Format(DocumentResult result, bool indented) =>
        result.Article is { } article ? article.ToJson(indented) : FormatError(result, indented);

    private static string FormatError(DocumentResult result, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ArticleJsonWriter.Options(indented)))
            WriteError(writer, result);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
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
