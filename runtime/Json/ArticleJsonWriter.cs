using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Json;

/// <summary>Writes articles in the JSON shape other tools rely on (docs/article-json.md).</summary>
public static class ArticleJsonWriter
{
    /// <summary>
    /// Writer options: text written as people read it — Chinese and other non-ASCII text as is,
    /// <c>"</c> as <c>\"</c>, apostrophes and <c>&lt; &gt; &amp;</c> unescaped — because the output
    /// feeds data pipelines and corpora, not HTML pages. Escape it yourself before embedding it in HTML.
    /// </summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The article as a JSON string.</summary>
    public static string ToJson(Article article, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
            Write(writer, article);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes <paramref name="article"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", article.SchemaName);
        writer.WriteString("source", article.Source.Name ?? "-");
        writer.WriteString("language", article.Language);
        WriteSectionBody(writer, article.FirstSection);
        WriteBoilerplate(writer, article.Boilerplate);
        WriteRelated(writer, article.Related);
        WriteSections(writer, article.Sections);
        WriteAlignment(writer, article.Alignment);
        article.WriteCustomMembers(writer);
        WriteDiagnostics(writer, article.Diagnostics);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"name": "text"</c>, or <c>null</c>.</summary>
    public static void WriteText(Utf8JsonWriter writer, string name, TextValue? value)
    {
        if (value is { } v) writer.WriteString(name, v.Text);
        else writer.WriteNull(name);
    }

    /// <summary>Writes <c>"name": number</c>, or <c>null</c>.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Writes <c>"name": ["…", …]</c>.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, IReadOnlyList<TextValue> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value.Text);
        writer.WriteEndArray();
    }

    /// <summary>Writes a dateline object, or <c>null</c>.</summary>
    public static void WriteDateline(Utf8JsonWriter writer, string name, Dateline? dateline)
    {
        if (dateline is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString("raw", dateline.Raw.Text);
        WriteTexts(writer, "places", dateline.Places);
        WriteNumber(writer, "day", dateline.Day);
        WriteNumber(writer, "month", dateline.Month);
        WriteNumber(writer, "year", dateline.Year);
        WriteText(writer, "agency", dateline.Agency);
        writer.WriteEndObject();
    }

    private static void WriteCaptions(Utf8JsonWriter writer, IReadOnlyList<Caption> captions)
    {
        writer.WriteStartArray("captions");
        foreach (var caption in captions)
        {
            writer.WriteStartObject();
            writer.WriteString("text", caption.Text.Text);
            WriteText(writer, "credit", caption.Credit);
            writer.WriteStartArray("quotes");
            foreach (var quote in caption.Quotes) WriteQuote(writer, quote, withParagraph: false);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSubheadings(Utf8JsonWriter writer, IReadOnlyList<Subheading> subheadings)
    {
        writer.WriteStartArray("subheadings");
        foreach (var subheading in subheadings)
        {
            writer.WriteStartObject();
            writer.WriteString("text", subheading.Text.Text);
            writer.WriteNumber("beforeParagraph", subheading.BeforeParagraph);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteParagraphs(Utf8JsonWriter writer, IReadOnlyList<Paragraph> paragraphs)
    {
        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteString("text", paragraph.Text.Text);
            writer.WriteString("language", paragraph.Language);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter writer, IReadOnlyList<Quote> quotes)
    {
        writer.WriteStartArray("quotes");
        foreach (var quote in quotes) WriteQuote(writer, quote, withParagraph: true);
        writer.WriteEndArray();
    }

    /// <summary>Writes one quote: text, paragraph (unless <paramref name="withParagraph"/> is false, as for caption quotes), speaker, kind.</summary>
    public static void WriteQuote(Utf8JsonWriter writer, Quote quote, bool withParagraph)
    {
        writer.WriteStartObject();
        writer.WriteString("text", quote.Text.Text);
        if (withParagraph) writer.WriteNumber("paragraph", quote.Paragraph);
        if (quote.Speaker is { } speaker) writer.WriteString("speaker", speaker);
        else writer.WriteNull("speaker");
        if (quote.Kind is { } kind) writer.WriteString("kind", KindName(kind));
        else writer.WriteNull("kind");
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>"speakers"</c>: each speaker with their quotes, a quote written as in "quotes" (text,
    /// paragraph, kind) with "caption" the one-based caption it comes from (then "paragraph" is
    /// null), else null. <paramref name="captionQuotes"/> are the quotes of each caption, in order.
    /// </summary>
    public static void WriteSpeakers(Utf8JsonWriter writer, IReadOnlyList<Speaker> speakers, IReadOnlyList<IReadOnlyList<Quote>> captionQuotes)
    {
        var captionOf = new Dictionary<Quote, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < captionQuotes.Count; i++)
            foreach (var quote in captionQuotes[i]) captionOf[quote] = i + 1;

        writer.WriteStartArray("speakers");
        foreach (var speaker in speakers)
        {
            writer.WriteStartObject();
            writer.WriteString("name", speaker.Name);
            writer.WriteString("kind", speaker.Kind == SpeakerKind.Organization ? "organization" : "person");
            writer.WriteStartArray("mentions");
            foreach (var mention in speaker.Mentions) writer.WriteStringValue(mention);
            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in speaker.Quotes)
            {
                var caption = captionOf.TryGetValue(quote, out var number) ? number : (int?)null;
                writer.WriteStartObject();
                writer.WriteString("text", quote.Text.Text);
                WriteNumber(writer, "paragraph", caption is null ? quote.Paragraph : null);
                WriteNumber(writer, "caption", caption);
                if (quote.Kind is { } kind) writer.WriteString("kind", KindName(kind));
                else writer.WriteNull("kind");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "term",
    };

    private static void WriteBoilerplate(Utf8JsonWriter writer, Boilerplate? boilerplate)
    {
        if (boilerplate is null)
        {
            writer.WriteNull("boilerplate");
            return;
        }
        writer.WriteStartObject("boilerplate");
        writer.WriteString("start", boilerplate.Start.Text);
        writer.WriteNumber("lines", boilerplate.Lines);
        writer.WriteString("language", boilerplate.Language);
        writer.WriteEndObject();
    }

    private static void WriteRelated(Utf8JsonWriter writer, IReadOnlyList<RelatedArticle> related)
    {
        writer.WriteStartArray("related");
        foreach (var item in related)
        {
            writer.WriteStartObject();
            WriteText(writer, "caption", item.Caption);
            writer.WriteString("headline", item.Headline.Text);
            WriteText(writer, "section", item.Section);
            WriteDateline(writer, "dateline", item.Dateline);
            WriteText(writer, "teaser", item.Teaser);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSections(Utf8JsonWriter writer, IReadOnlyList<ArticleSection> sections)
    {
        writer.WriteStartArray("sections");
        foreach (var section in sections)
        {
            writer.WriteStartObject();
            writer.WriteString("language", section.Language);
            WriteSectionBody(writer, section);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    // What a section holds, in the contract's order; the top level repeats its first section's.
    private static void WriteSectionBody(Utf8JsonWriter writer, ArticleSection section)
    {
        WriteText(writer, "headline", section.Headline);
        WriteDateline(writer, "dateline", section.Dateline);
        WriteCaptions(writer, section.Captions);
        WriteSubheadings(writer, section.Subheadings);
        WriteParagraphs(writer, section.Paragraphs);
        WriteQuotes(writer, section.Quotes);
        WriteSpeakers(writer, section.Speakers, section.Captions.Select(c => c.Quotes).ToList());
    }

    private static void WriteAlignment(Utf8JsonWriter writer, IReadOnlyList<AlignmentBead> alignment)
    {
        writer.WriteStartArray("alignment");
        foreach (var bead in alignment)
        {
            writer.WriteStartObject();
            WriteNumber(writer, "from", bead.From);
            WriteNumber(writer, "to", bead.To);
            writer.WriteNumber("fromCount", bead.FromCount);
            writer.WriteNumber("toCount", bead.ToCount);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes the <c>diagnostics</c> array (one-based line and column).</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString("message", diagnostic.Message);
            writer.WriteNumber("line", diagnostic.Location.Line + 1);
            writer.WriteNumber("column", diagnostic.Location.Character + 1);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
