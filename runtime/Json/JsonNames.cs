using System.Text.Json;

namespace DocSchema.Runtime.Json;

/// <summary>
/// The property names and fixed values of the article JSON (docs/article-json.md), each encoded
/// once: a name given as a string is checked for characters to escape and transcoded to UTF-8 on
/// every write, and an article writes hundreds of them. Names are <see cref="JsonName"/>s, encoded
/// for both sinks; the fixed values (a quote's kind, a speaker's) are encoded for the writer.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonName Agency = NameOf("agency");
    public static readonly JsonName Alignment = NameOf("alignment");
    public static readonly JsonName BeforeParagraph = NameOf("beforeParagraph");
    public static readonly JsonName Boilerplate = NameOf("boilerplate");
    public static readonly JsonName Caption = NameOf("caption");
    public static readonly JsonName Captions = NameOf("captions");
    public static readonly JsonName Column = NameOf("column");
    public static readonly JsonName Credit = NameOf("credit");
    public static readonly JsonName Dateline = NameOf("dateline");
    public static readonly JsonName Day = NameOf("day");
    public static readonly JsonName Diagnostics = NameOf("diagnostics");
    public static readonly JsonName From = NameOf("from");
    public static readonly JsonName FromCount = NameOf("fromCount");
    public static readonly JsonName Headline = NameOf("headline");
    public static readonly JsonName Id = NameOf("id");
    public static readonly JsonName Kind = NameOf("kind");
    public static readonly JsonName Language = NameOf("language");
    public static readonly JsonName Line = NameOf("line");
    public static readonly JsonName Lines = NameOf("lines");
    public static readonly JsonName Mentions = NameOf("mentions");
    public static readonly JsonName Message = NameOf("message");
    public static readonly JsonName Month = NameOf("month");
    public static readonly JsonName Name = NameOf("name");
    public static readonly JsonName Paragraph = NameOf("paragraph");
    public static readonly JsonName Paragraphs = NameOf("paragraphs");
    public static readonly JsonName Places = NameOf("places");
    public static readonly JsonName Quotes = NameOf("quotes");
    public static readonly JsonName Raw = NameOf("raw");
    public static readonly JsonName Related = NameOf("related");
    public static readonly JsonName Schema = NameOf("schema");
    public static readonly JsonName Section = NameOf("section");
    public static readonly JsonName Sections = NameOf("sections");
    public static readonly JsonName Severity = NameOf("severity");
    public static readonly JsonName Source = NameOf("source");
    public static readonly JsonName Speaker = NameOf("speaker");
    public static readonly JsonName Speakers = NameOf("speakers");
    public static readonly JsonName Start = NameOf("start");
    public static readonly JsonName Subheadings = NameOf("subheadings");
    public static readonly JsonName Teaser = NameOf("teaser");
    public static readonly JsonName Text = NameOf("text");
    public static readonly JsonName To = NameOf("to");
    public static readonly JsonName ToCount = NameOf("toCount");
    public static readonly JsonName Year = NameOf("year");
    public static readonly JsonEncodedText Direct = Encode("direct");
    public static readonly JsonEncodedText Partial = Encode("partial");
    public static readonly JsonEncodedText Term = Encode("term");
    public static readonly JsonEncodedText Organization = Encode("organization");
    public static readonly JsonEncodedText Person = Encode("person");

    private static JsonName NameOf(string name) => new(Encode(name));

    /// <summary>A name encoded as the article writer's options encode it (their encoder, taken from them so that the two cannot differ).</summary>
    public static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, ArticleJsonWriter.Options(indented: false).Encoder);
}
