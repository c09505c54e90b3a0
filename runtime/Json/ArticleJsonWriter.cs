using System.Runtime.CompilerServices;
using System.Text;
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
    /// <remarks>
    /// Into a compact writer with <see cref="Options"/>, the article is written as bytes by
    /// <see cref="CompactJsonBuffer"/> and handed over as one raw value: the same bytes, 14–41 %
    /// sooner under the JIT (docs/performance-history.md, the ninth round). Any other writer (indented,
    /// another encoder, a depth limit the article could reach), and any article with custom members,
    /// writes it member by member.
    /// </remarks>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        if (!CompactJsonBuffer.CanWriteFor(writer))
        {
            WriteArticle(new WriterSink(writer), article);
            return;
        }

        if (WriteCompact(CompactJsonBuffer.Rent(writer), article) is not { } buffer)
        {
            WriteArticle(new WriterSink(writer), article);
            return;
        }

        writer.WriteRawValue(buffer.Written, skipInputValidation: true);
        buffer.Return();
    }

    /// <summary>
    /// Writes <paramref name="article"/>'s compact JSON (the bytes <see cref="Write"/> gives a writer
    /// with <c>Options(indented: false)</c>) into an array of its own, and exchanges it for
    /// <paramref name="storage"/>: the bytes are the first <paramref name="length"/> of the array
    /// <paramref name="storage"/> holds afterwards, handed over without a copy (the CLI's records),
    /// unless that array is more than twice what they need, when they are copied into an array of
    /// their size (see <see cref="CompactJsonBuffer.Exchange"/>).
    /// <paramref name="storage"/> must be an array <see cref="System.Buffers.ArrayPool{T}.Shared"/>
    /// takes back (a power of two in length, as it rents), and so is the array given in exchange.
    /// False, with nothing exchanged, for an article with custom members, which only a writer writes.
    /// </summary>
    internal static bool TryWriteCompact(Article article, ref byte[] storage, out int length)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(storage);
        if (WriteCompact(CompactJsonBuffer.Rent(Options(indented: false)), article) is not { } buffer)
        {
            length = 0;
            return false;
        }

        length = buffer.Length;
        storage = buffer.Exchange(storage);
        buffer.Return();
        return true;
    }

    // The article written into `buffer`, which the caller returns once it has taken the bytes; or
    // null, with the buffer returned, for an article with custom members (only a writer writes
    // those). Should writing throw, the buffer is not returned to the cache: the next article makes
    // a new one, and nothing has been handed over.
    private static CompactJsonBuffer? WriteCompact(CompactJsonBuffer buffer, Article article)
    {
        if (buffer.WritesCustomMembers(article))
        {
            buffer.Return();
            return null;
        }

        WriteArticle(new CompactSink(buffer), article);
        return buffer;
    }

    /// <summary>Writes <paramref name="article"/> member by member through <paramref name="writer"/>, whatever its options (the reference the compact bytes are tested against).</summary>
    internal static void WriteThroughWriter(Utf8JsonWriter writer, Article article) => WriteArticle(new WriterSink(writer), article);

    private static void WriteArticle<TSink>(TSink sink, Article article)
        where TSink : struct, IJsonSink
    {
        sink.StartObject();
        sink.String(JsonNames.Schema, article.SchemaName);
        sink.String(JsonNames.Source, article.Source.Name ?? "-");
        WriteLanguage(sink, article.Language);

        // The first section's members are written twice (here and as sections[0]), as the same
        // bytes where the sink can repeat them: written once.
        int firstStart = sink.Mark();
        WriteSectionBody(sink, article.FirstSection);
        int firstEnd = sink.Mark();
        WriteBoilerplate(sink, article.Boilerplate);
        WriteRelated(sink, article.Related);
        WriteSections(sink, article.Sections, firstStart, firstEnd);
        WriteAlignment(sink, article.Alignment);
        sink.CustomMembers(article);
        WriteDiagnostics(sink, article.Diagnostics);
        sink.EndObject();
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
    public static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, TextValue? value) => WriteText(new WriterSink(writer), name, value);

    internal static void WriteText<TSink>(TSink sink, JsonName name, TextValue? value)
        where TSink : struct, IJsonSink
    {
        if (value is { } v) WriteText(sink, name, v);
        else sink.Null(name);
    }

    // Every value's text goes through here: written from its characters (its string is not made),
    // or null for a value without text (which no parse makes). Apart from the nullable overload,
    // whose wrapping of every required value cost 1.3 k and 2 k instructions a native document;
    // inlined, as the sinks' own method for it was, which spares a call for every value.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void WriteText<TSink>(TSink sink, JsonName name, TextValue value)
        where TSink : struct, IJsonSink
    {
        if (value.IsNullText) sink.Null(name);
        else sink.String(name, value.Chars);
    }

    /// <summary>Writes <c>"name": number</c>, or <c>null</c>.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, int? value) => WriteNumber(writer, JsonNames.Encode(name), value);

    /// <summary>Writes <c>"name": number</c>, or <c>null</c>, with the name encoded beforehand.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value) => WriteNumber(new WriterSink(writer), name, value);

    private static void WriteNumber<TSink>(TSink sink, JsonName name, int? value)
        where TSink : struct, IJsonSink
    {
        if (value is { } v) sink.Number(name, v);
        else sink.Null(name);
    }

    /// <summary>Writes <c>"name": ["…", …]</c>.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, IReadOnlyList<TextValue> values) => WriteTexts(writer, JsonNames.Encode(name), values);

    /// <summary>Writes <c>"name": ["…", …]</c>, with the name encoded beforehand.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<TextValue> values) => WriteTexts(new WriterSink(writer), name, values);

    internal static void WriteTexts<TSink>(TSink sink, JsonName name, IReadOnlyList<TextValue> values)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(name);
        foreach (var value in values.Items())
        {
            if (value.IsNullText) sink.StringValue((string?)null);
            else sink.StringValue(value.Chars);
        }

        sink.EndArray();
    }

    /// <summary>Writes a dateline object, or <c>null</c>.</summary>
    public static void WriteDateline(Utf8JsonWriter writer, string name, Dateline? dateline) => WriteDateline(writer, JsonNames.Encode(name), dateline);

    /// <summary>Writes a dateline object, or <c>null</c>, with the name encoded beforehand.</summary>
    public static void WriteDateline(Utf8JsonWriter writer, JsonEncodedText name, Dateline? dateline) => WriteDateline(new WriterSink(writer), name, dateline);

    private static void WriteDateline<TSink>(TSink sink, JsonName name, Dateline? dateline)
        where TSink : struct, IJsonSink
    {
        if (dateline is null)
        {
            sink.Null(name);
            return;
        }
        sink.StartObject(name);
        WriteText(sink, JsonNames.Raw, dateline.Raw);
        WriteTexts(sink, JsonNames.Places, dateline.Places);
        WriteNumber(sink, JsonNames.Day, dateline.Day);
        WriteNumber(sink, JsonNames.Month, dateline.Month);
        WriteNumber(sink, JsonNames.Year, dateline.Year);
        WriteText(sink, JsonNames.Agency, dateline.Agency);
        sink.EndObject();
    }

    private static void WriteCaptions<TSink>(TSink sink, IReadOnlyList<Caption> captions)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Captions);
        foreach (var caption in captions.Items())
        {
            sink.StartObject();
            WriteText(sink, JsonNames.Text, caption.Text);
            WriteText(sink, JsonNames.Credit, caption.Credit);
            sink.StartArray(JsonNames.Quotes);
            foreach (var quote in caption.Quotes.Items()) WriteQuote(sink, quote, withParagraph: false);
            sink.EndArray();
            sink.EndObject();
        }
        sink.EndArray();
    }

    private static void WriteSubheadings<TSink>(TSink sink, IReadOnlyList<Subheading> subheadings)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Subheadings);
        foreach (var subheading in subheadings.Items())
        {
            sink.StartObject();
            WriteText(sink, JsonNames.Text, subheading.Text);
            sink.Number(JsonNames.BeforeParagraph, subheading.BeforeParagraph);
            sink.EndObject();
        }
        sink.EndArray();
    }

    // "language": a tag of the runtime's from its encoding made once, any other as a string (the same bytes).
    internal static void WriteLanguage<TSink>(TSink sink, string? language)
        where TSink : struct, IJsonSink
    {
        if (JsonLanguageTags.TryGet(language, out var encoded)) sink.String(JsonNames.Language, encoded);
        else sink.String(JsonNames.Language, language);
    }

    private static void WriteParagraphs<TSink>(TSink sink, IReadOnlyList<Paragraph> paragraphs)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Paragraphs);
        foreach (var paragraph in paragraphs.Items())
        {
            sink.StartObject();
            WriteText(sink, JsonNames.Text, paragraph.Text);
            WriteLanguage(sink, paragraph.Language);
            sink.EndObject();
        }
        sink.EndArray();
    }

    // The section's quotes, each one's "text" member noted in `marks` for the speakers' entries.
    private static void WriteQuotes<TSink>(TSink sink, IReadOnlyList<Quote> quotes, in QuoteTextMarks marks)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Quotes);
        int i = 0;
        foreach (var quote in quotes.Items())
        {
            var (start, end) = WriteQuote(sink, quote, withParagraph: true);
            marks.Note(i++, start, end);
        }

        sink.EndArray();
    }

    /// <summary>Writes one quote: text, paragraph (unless <paramref name="withParagraph"/> is false, as for caption quotes), speaker, kind.</summary>
    public static void WriteQuote(Utf8JsonWriter writer, Quote quote, bool withParagraph) => WriteQuote(new WriterSink(writer), quote, withParagraph);

    // One quote; returns the marks before and after its "text" member, its object's first (so its
    // bytes start with no comma, as they do where a speaker's entry repeats them).
    private static (int Start, int End) WriteQuote<TSink>(TSink sink, Quote quote, bool withParagraph)
        where TSink : struct, IJsonSink
    {
        sink.StartObject();
        int start = sink.Mark();
        WriteText(sink, JsonNames.Text, quote.Text);
        int end = sink.Mark();
        if (withParagraph) sink.Number(JsonNames.Paragraph, quote.Paragraph);
        if (quote.Speaker is { } speaker) sink.String(JsonNames.Speaker, speaker);
        else sink.Null(JsonNames.Speaker);
        if (quote.Kind is { } kind) sink.String(JsonNames.Kind, KindName(kind));
        else sink.Null(JsonNames.Kind);
        sink.EndObject();
        return (start, end);
    }

    /// <summary>
    /// Writes <c>"speakers"</c>: each speaker with their quotes, a quote written as in "quotes" (text,
    /// paragraph, kind) with "caption" the one-based caption it comes from (then "paragraph" is
    /// null), else null. <paramref name="captionQuotes"/> are the quotes of each caption, in order.
    /// </summary>
    public static void WriteSpeakers(Utf8JsonWriter writer, IReadOnlyList<Speaker> speakers, IReadOnlyList<IReadOnlyList<Quote>> captionQuotes) =>
        WriteSpeakers(new WriterSink(writer), speakers, captionQuotes, default);

    // A quote's text written before, in "quotes" (`marks`), is repeated rather than encoded again;
    // `marks` is this method's copy, whose search budget it spends.
    private static void WriteSpeakers<TSink>(TSink sink, IReadOnlyList<Speaker> speakers, IReadOnlyList<IReadOnlyList<Quote>> captionQuotes, QuoteTextMarks marks)
        where TSink : struct, IJsonSink
    {
        var captionOf = new CaptionQuoteLookup(captionQuotes);

        sink.StartArray(JsonNames.Speakers);
        foreach (var speaker in speakers.Items())
        {
            sink.StartObject();
            sink.String(JsonNames.Name, speaker.Name);
            sink.String(JsonNames.Kind, speaker.Kind == SpeakerKind.Organization ? JsonNames.Organization : JsonNames.Person);
            sink.StartArray(JsonNames.Mentions);
            foreach (var mention in speaker.Mentions.Items()) sink.StringValue(mention);
            sink.EndArray();
            sink.StartArray(JsonNames.Quotes);
            int next = 0;
            foreach (var quote in speaker.Quotes.Items())
            {
                var caption = captionOf.CaptionOf(quote);
                // The text first, as in "quotes" (WriteQuote): its bytes there need no comma here either.
                sink.StartObject();
                if (!(marks.TryFind(quote, ref next, out int start, out int end) && sink.Repeat(start, end)))
                    WriteText(sink, JsonNames.Text, quote.Text);
                WriteNumber(sink, JsonNames.Paragraph, caption is null ? quote.Paragraph : null);
                WriteNumber(sink, JsonNames.Caption, caption);
                if (quote.Kind is { } kind) sink.String(JsonNames.Kind, KindName(kind));
                else sink.Null(JsonNames.Kind);
                sink.EndObject();
            }

            sink.EndArray();
            sink.EndObject();
        }

        sink.EndArray();
    }

    // Inlined: a call for each quote's kind (twice, in "quotes" and under its speaker) returned the
    // encoding through memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonEncodedText KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => JsonNames.Direct,
        QuoteKind.Partial => JsonNames.Partial,
        _ => JsonNames.Term,
    };

    private static void WriteBoilerplate<TSink>(TSink sink, Boilerplate? boilerplate)
        where TSink : struct, IJsonSink
    {
        if (boilerplate is null)
        {
            sink.Null(JsonNames.Boilerplate);
            return;
        }
        sink.StartObject(JsonNames.Boilerplate);
        WriteText(sink, JsonNames.Start, boilerplate.Start);
        sink.Number(JsonNames.Lines, boilerplate.Lines);
        WriteLanguage(sink, boilerplate.Language);
        sink.EndObject();
    }

    private static void WriteRelated<TSink>(TSink sink, IReadOnlyList<RelatedArticle> related)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Related);
        foreach (var item in related.Items())
        {
            sink.StartObject();
            WriteText(sink, JsonNames.Caption, item.Caption);
            WriteText(sink, JsonNames.Headline, item.Headline);
            WriteText(sink, JsonNames.Section, item.Section);
            WriteDateline(sink, JsonNames.Dateline, item.Dateline);
            WriteText(sink, JsonNames.Teaser, item.Teaser);
            sink.EndObject();
        }
        sink.EndArray();
    }

    // The first section's members were written between the marks firstStart and firstEnd
    // (sections[0] is the article's first section): repeated where the sink can.
    private static void WriteSections<TSink>(TSink sink, IReadOnlyList<ArticleSection> sections, int firstStart, int firstEnd)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Sections);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            sink.StartObject();
            WriteLanguage(sink, section.Language);
            if (i != 0 || !sink.Repeat(firstStart, firstEnd)) WriteSectionBody(sink, section);
            sink.EndObject();
        }
        sink.EndArray();
    }

    // What a section holds, in the contract's order; the top level repeats its first section's.
    private static void WriteSectionBody<TSink>(TSink sink, ArticleSection section)
        where TSink : struct, IJsonSink
    {
        WriteText(sink, JsonNames.Headline, section.Headline);
        WriteDateline(sink, JsonNames.Dateline, section.Dateline);
        WriteCaptions(sink, section.Captions);
        WriteSubheadings(sink, section.Subheadings);
        WriteParagraphs(sink, section.Paragraphs);
        var marks = QuoteTextMarks.For(section.Quotes, section.Speakers, canRepeat: sink.Mark() >= 0);
        WriteQuotes(sink, section.Quotes, marks);
        WriteSpeakers(sink, section.Speakers, CaptionQuotes(section.Captions), marks);
        marks.Return();
    }

    private static IReadOnlyList<Quote>[] CaptionQuotes(IReadOnlyList<Caption> captions)
    {
        if (captions.Count == 0) return [];
        var quotes = new IReadOnlyList<Quote>[captions.Count];
        for (var i = 0; i < quotes.Length; i++) quotes[i] = captions[i].Quotes;
        return quotes;
    }

    private static void WriteAlignment<TSink>(TSink sink, IReadOnlyList<AlignmentBead> alignment)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Alignment);
        foreach (var bead in alignment.Items())
        {
            sink.StartObject();
            WriteNumber(sink, JsonNames.From, bead.From);
            WriteNumber(sink, JsonNames.To, bead.To);
            sink.Number(JsonNames.FromCount, bead.FromCount);
            sink.Number(JsonNames.ToCount, bead.ToCount);
            sink.EndObject();
        }
        sink.EndArray();
    }

    /// <summary>Writes the <c>diagnostics</c> array (one-based line and column).</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, IReadOnlyList<ParseDiagnostic> diagnostics) => WriteDiagnostics(new WriterSink(writer), diagnostics);

    private static void WriteDiagnostics<TSink>(TSink sink, IReadOnlyList<ParseDiagnostic> diagnostics)
        where TSink : struct, IJsonSink
    {
        sink.StartArray(JsonNames.Diagnostics);
        foreach (var diagnostic in diagnostics.Items())
        {
            sink.StartObject();
            sink.String(JsonNames.Id, diagnostic.Id);
            sink.String(JsonNames.Severity, diagnostic.Severity.ToString().ToLowerInvariant());
            sink.String(JsonNames.Message, diagnostic.Message);
            sink.Number(JsonNames.Line, diagnostic.Location.Line + 1);
            sink.Number(JsonNames.Column, diagnostic.Location.Character + 1);
            sink.EndObject();
        }
        sink.EndArray();
    }
}
