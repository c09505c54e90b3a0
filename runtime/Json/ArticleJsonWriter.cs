using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Collections;
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
    /// emoji and Han extension B (outside the BMP) too,
    /// <c>"</c> as <c>\"</c>, apostrophes and <c>&lt; &gt; &amp;</c> unescaped — because the output
    /// feeds data pipelines and corpora, not HTML pages. Escape it yourself before embedding it in HTML.
    /// </summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = SupplementaryAsIsEncoder.Instance,
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
        writer.WriteString(JsonNames.Schema, article.SchemaName);
        writer.WriteString(JsonNames.Source, article.Source.Name ?? "-");
        writer.WriteString(JsonNames.Language, article.Language);
        // The first section's members are written twice (here and as sections[0]), as the same
        // bytes where they can be copied: written once. (Should writing throw, the members are not
        // returned to the cache: the next article makes new ones.)
        var first = article.Sections.Count > 0 && CompactSectionMembers.CanCopyInto(writer)
            ? CompactSectionMembers.Write(writer.Options, article.FirstSection, WriteSectionBody)
            : null;
        if (first is not null) first.CopyTo(writer);
        else WriteSectionBody(writer, article.FirstSection);
        WriteBoilerplate(writer, article.Boilerplate);
        WriteRelated(writer, article.Related);
        WriteSections(writer, article.Sections, first);
        first?.Return();

        WriteAlignment(writer, article.Alignment);
        article.WriteCustomMembers(writer);
        WriteDiagnostics(writer, article.Diagnostics);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <paramref name="name"/> encoded as the article JSON encodes property names, once: a name
    /// given as a string is checked for characters to escape and transcoded on every write.
    /// Generated parsers keep their custom members' names this way.
    /// </summary>
    public static JsonEncodedText EncodeName(string name) => JsonNames.Encode(name);

    /// <summary>Writes <c>"name": "text"</c>, or <c>null</c>.</summary>
    public static void WriteText(Utf8JsonWriter writer, string name, TextValue? value) => WriteText(writer, JsonNames.Encode(name), value);

    /// <summary>Writes <c>"name": "text"</c>, or <c>null</c>, with the name encoded beforehand.</summary>
    public static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, TextValue? value)
    {
        if (value is { } v) writer.WriteString(name, v.Text);
        else writer.WriteNull(name);
    }

    /// <summary>Writes <c>"name": number</c>, or <c>null</c>.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, int? value) => WriteNumber(writer, JsonNames.Encode(name), value);

    /// <summary>Writes <c>"name": number</c>, or <c>null</c>, with the name encoded beforehand.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Writes <c>"name": ["…", …]</c>.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, IReadOnlyList<TextValue> values) => WriteTexts(writer, JsonNames.Encode(name), values);

    /// <summary>Writes <c>"name": ["…", …]</c>, with the name encoded beforehand.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<TextValue> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values.Items()) writer.WriteStringValue(value.Text);
        writer.WriteEndArray();
    }

    /// <summary>Writes a dateline object, or <c>null</c>.</summary>
    public static void WriteDateline(Utf8JsonWriter writer, string name, Dateline? dateline) => WriteDateline(writer, JsonNames.Encode(name), dateline);

    /// <summary>Writes a dateline object, or <c>null</c>, with the name encoded beforehand.</summary>
    public static void WriteDateline(Utf8JsonWriter writer, JsonEncodedText name, Dateline? dateline)
    {
        if (dateline is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString(JsonNames.Raw, dateline.Raw.Text);
        WriteTexts(writer, JsonNames.Places, dateline.Places);
        WriteNumber(writer, JsonNames.Day, dateline.Day);
        WriteNumber(writer, JsonNames.Month, dateline.Month);
        WriteNumber(writer, JsonNames.Year, dateline.Year);
        WriteText(writer, JsonNames.Agency, dateline.Agency);
        writer.WriteEndObject();
    }

    private static void WriteCaptions(Utf8JsonWriter writer, IReadOnlyList<Caption> captions)
    {
        writer.WriteStartArray(JsonNames.Captions);
        foreach (var caption in captions.Items())
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Text, caption.Text.Text);
            WriteText(writer, JsonNames.Credit, caption.Credit);
            writer.WriteStartArray(JsonNames.Quotes);
            foreach (var quote in caption.Quotes.Items()) WriteQuote(writer, quote, withParagraph: false);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSubheadings(Utf8JsonWriter writer, IReadOnlyList<Subheading> subheadings)
    {
        writer.WriteStartArray(JsonNames.Subheadings);
        foreach (var subheading in subheadings.Items())
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Text, subheading.Text.Text);
            writer.WriteNumber(JsonNames.BeforeParagraph, subheading.BeforeParagraph);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteParagraphs(Utf8JsonWriter writer, IReadOnlyList<Paragraph> paragraphs)
    {
        writer.WriteStartArray(JsonNames.Paragraphs);
        foreach (var paragraph in paragraphs.Items())
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Text, paragraph.Text.Text);
            writer.WriteString(JsonNames.Language, paragraph.Language);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter writer, IReadOnlyList<Quote> quotes)
    {
        writer.WriteStartArray(JsonNames.Quotes);
        foreach (var quote in quotes.Items()) WriteQuote(writer, quote, withParagraph: true);
        writer.WriteEndArray();
    }

    /// <summary>Writes one quote: text, paragraph (unless <paramref name="withParagraph"/> is false, as for caption quotes), speaker, kind.</summary>
    public static void WriteQuote(Utf8JsonWriter writer, Quote quote, bool withParagraph)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Text, quote.Text.Text);
        if (withParagraph) writer.WriteNumber(JsonNames.Paragraph, quote.Paragraph);
        if (quote.Speaker is { } speaker) writer.WriteString(JsonNames.Speaker, speaker);
        else writer.WriteNull(JsonNames.Speaker);
        if (quote.Kind is { } kind) writer.WriteString(JsonNames.Kind, KindName(kind));
        else writer.WriteNull(JsonNames.Kind);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>"speakers"</c>: each speaker with their quotes, a quote written as in "quotes" (text,
    /// paragraph, kind) with "caption" the one-based caption it comes from (then "paragraph" is
    /// null), else null. <paramref name="captionQuotes"/> are the quotes of each caption, in order.
    /// </summary>
    public static void WriteSpeakers(Utf8JsonWriter writer, IReadOnlyList<Speaker> speakers, IReadOnlyList<IReadOnlyList<Quote>> captionQuotes)
    {
        // Most sections quote no caption: then there is nothing to look up.
        Dictionary<Quote, int>? captionOf = null;
        for (var i = 0; i < captionQuotes.Count; i++)
        {
            foreach (var quote in captionQuotes[i].Items())
                (captionOf ??= new Dictionary<Quote, int>(ReferenceEqualityComparer.Instance))[quote] = i + 1;
        }

        writer.WriteStartArray(JsonNames.Speakers);
        foreach (var speaker in speakers.Items())
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Name, speaker.Name);
            writer.WriteString(JsonNames.Kind, speaker.Kind == SpeakerKind.Organization ? JsonNames.Organization : JsonNames.Person);
            writer.WriteStartArray(JsonNames.Mentions);
            foreach (var mention in speaker.Mentions.Items()) writer.WriteStringValue(mention);
            writer.WriteEndArray();
            writer.WriteStartArray(JsonNames.Quotes);
            foreach (var quote in speaker.Quotes.Items())
            {
                var caption = captionOf is not null && captionOf.TryGetValue(quote, out var number) ? number : (int?)null;
                writer.WriteStartObject();
                writer.WriteString(JsonNames.Text, quote.Text.Text);
                WriteNumber(writer, JsonNames.Paragraph, caption is null ? quote.Paragraph : null);
                WriteNumber(writer, JsonNames.Caption, caption);
                if (quote.Kind is { } kind) writer.WriteString(JsonNames.Kind, KindName(kind));
                else writer.WriteNull(JsonNames.Kind);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static JsonEncodedText KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => JsonNames.Direct,
        QuoteKind.Partial => JsonNames.Partial,
        _ => JsonNames.Term,
    };

    private static void WriteBoilerplate(Utf8JsonWriter writer, Boilerplate? boilerplate)
    {
        if (boilerplate is null)
        {
            writer.WriteNull(JsonNames.Boilerplate);
            return;
        }
        writer.WriteStartObject(JsonNames.Boilerplate);
        writer.WriteString(JsonNames.Start, boilerplate.Start.Text);
        writer.WriteNumber(JsonNames.Lines, boilerplate.Lines);
        writer.WriteString(JsonNames.Language, boilerplate.Language);
        writer.WriteEndObject();
    }

    private static void WriteRelated(Utf8JsonWriter writer, IReadOnlyList<RelatedArticle> related)
    {
        writer.WriteStartArray(JsonNames.Related);
        foreach (var item in related.Items())
        {
            writer.WriteStartObject();
            WriteText(writer, JsonNames.Caption, item.Caption);
            writer.WriteString(JsonNames.Headline, item.Headline.Text);
            WriteText(writer, JsonNames.Section, item.Section);
            WriteDateline(writer, JsonNames.Dateline, item.Dateline);
            WriteText(writer, JsonNames.Teaser, item.Teaser);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    // firstMembers: the first section's members (sections[0] is the article's first section)
    // already written, when they can be copied.
    private static void WriteSections(Utf8JsonWriter writer, IReadOnlyList<ArticleSection> sections, CompactSectionMembers? firstMembers)
    {
        writer.WriteStartArray(JsonNames.Sections);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Language, section.Language);
            if (i == 0 && firstMembers is not null) firstMembers.CopyTo(writer);
            else WriteSectionBody(writer, section);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    // What a section holds, in the contract's order; the top level repeats its first section's.
    private static void WriteSectionBody(Utf8JsonWriter writer, ArticleSection section)
    {
        WriteText(writer, JsonNames.Headline, section.Headline);
        WriteDateline(writer, JsonNames.Dateline, section.Dateline);
        WriteCaptions(writer, section.Captions);
        WriteSubheadings(writer, section.Subheadings);
        WriteParagraphs(writer, section.Paragraphs);
        WriteQuotes(writer, section.Quotes);
        WriteSpeakers(writer, section.Speakers, CaptionQuotes(section.Captions));
    }

    private static IReadOnlyList<Quote>[] CaptionQuotes(IReadOnlyList<Caption> captions)
    {
        if (captions.Count == 0) return [];
        var quotes = new IReadOnlyList<Quote>[captions.Count];
        for (var i = 0; i < quotes.Length; i++) quotes[i] = captions[i].Quotes;
        return quotes;
    }

    private static void WriteAlignment(Utf8JsonWriter writer, IReadOnlyList<AlignmentBead> alignment)
    {
        writer.WriteStartArray(JsonNames.Alignment);
        foreach (var bead in alignment.Items())
        {
            writer.WriteStartObject();
            WriteNumber(writer, JsonNames.From, bead.From);
            WriteNumber(writer, JsonNames.To, bead.To);
            writer.WriteNumber(JsonNames.FromCount, bead.FromCount);
            writer.WriteNumber(JsonNames.ToCount, bead.ToCount);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes the <c>diagnostics</c> array (one-based line and column).</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        writer.WriteStartArray(JsonNames.Diagnostics);
        foreach (var diagnostic in diagnostics.Items())
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Id, diagnostic.Id);
            writer.WriteString(JsonNames.Severity, diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString(JsonNames.Message, diagnostic.Message);
            writer.WriteNumber(JsonNames.Line, diagnostic.Location.Line + 1);
            writer.WriteNumber(JsonNames.Column, diagnostic.Location.Character + 1);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
