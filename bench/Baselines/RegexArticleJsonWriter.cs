using System.Text;
using System.Text.Json;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Runtime.Json;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// Writes a <see cref="RegexArticle"/> in the JSON shape of docs/article-json.md, member for member
/// in the order the runtime's ArticleJsonWriter uses, so the two outputs can be compared as text.
/// Only the writer options are shared with the runtime (the same escaping).
/// </summary>
public static class RegexArticleJsonWriter
{
    /// <summary>The article as JSON text.</summary>
    public static string ToJson(RegexArticle article, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ArticleJsonWriter.Options(indented)))
            Write(writer, article);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes <paramref name="article"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, RegexArticle article)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", article.Schema);
        writer.WriteString("source", article.Source ?? "-");
        writer.WriteString("language", article.Language);
        WriteSectionMembers(writer, article.First, withLanguage: false);
        WriteBoilerplate(writer, article.Boilerplate);
        writer.WriteStartArray("related");
        foreach (var item in article.Related)
        {
            writer.WriteStartObject();
            WriteNullable(writer, "caption", item.Caption);
            writer.WriteString("headline", item.Headline);
            WriteNullable(writer, "section", item.Section);
            WriteDateline(writer, item.Dateline);
            WriteNullable(writer, "teaser", item.Teaser);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("sections");
        foreach (var section in article.Sections)
        {
            writer.WriteStartObject();
            WriteSectionMembers(writer, section, withLanguage: true);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("alignment");
        foreach (var bead in article.Alignment)
        {
            writer.WriteStartObject();
            WriteNullable(writer, "from", bead.From);
            WriteNullable(writer, "to", bead.To);
            writer.WriteNumber("fromCount", bead.FromCount);
            writer.WriteNumber("toCount", bead.ToCount);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        // The baseline reports no diagnostics: on the samples the generated parsers report none either.
        writer.WriteStartArray("diagnostics");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSectionMembers(Utf8JsonWriter writer, RegexSection section, bool withLanguage)
    {
        if (withLanguage) writer.WriteString("language", section.Language);
        WriteNullable(writer, "headline", section.Headline);
        WriteDateline(writer, section.Dateline);
        writer.WriteStartArray("captions");
        foreach (var caption in section.Captions)
        {
            writer.WriteStartObject();
            writer.WriteString("text", caption.Text);
            WriteNullable(writer, "credit", caption.Credit);
            writer.WriteStartArray("quotes");
            foreach (var quote in caption.Quotes) ArticleJsonWriter.WriteQuote(writer, quote, withParagraph: false);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("subheadings");
        foreach (var subheading in section.Subheadings)
        {
            writer.WriteStartObject();
            writer.WriteString("text", subheading.Text);
            writer.WriteNumber("beforeParagraph", subheading.BeforeParagraph);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in section.Paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteString("text", paragraph.Text);
            writer.WriteString("language", paragraph.Language);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("quotes");
        foreach (var quote in section.Quotes) ArticleJsonWriter.WriteQuote(writer, quote, withParagraph: true);
        writer.WriteEndArray();
        ArticleJsonWriter.WriteSpeakers(writer, section.Speakers, section.Captions.Select(c => c.Quotes).ToList());
    }

    private static void WriteDateline(Utf8JsonWriter writer, RegexDateline? dateline)
    {
        if (dateline is null)
        {
            writer.WriteNull("dateline");
            return;
        }
        writer.WriteStartObject("dateline");
        writer.WriteString("raw", dateline.Raw);
        writer.WriteStartArray("places");
        foreach (var place in dateline.Places) writer.WriteStringValue(place);
        writer.WriteEndArray();
        WriteNullable(writer, "day", dateline.Day);
        WriteNullable(writer, "month", dateline.Month);
        WriteNullable(writer, "year", dateline.Year);
        WriteNullable(writer, "agency", dateline.Agency);
        writer.WriteEndObject();
    }

    private static void WriteBoilerplate(Utf8JsonWriter writer, RegexBoilerplate? boilerplate)
    {
        if (boilerplate is null)
        {
            writer.WriteNull("boilerplate");
            return;
        }
        writer.WriteStartObject("boilerplate");
        writer.WriteString("start", boilerplate.Start);
        writer.WriteNumber("lines", boilerplate.Lines);
        writer.WriteString("language", boilerplate.Language);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
