using System.Text.Json;

namespace DocSchema.Runtime.Json;

/// <summary>
/// The property names and fixed values of the article JSON (docs/article-json.md), each encoded
/// once: a name given as a string is checked for characters to escape and transcoded to UTF-8 on
/// every write, and an article writes hundreds of them.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Agency = Encode("agency");
    public static readonly JsonEncodedText Alignment = Encode("alignment");
    public static readonly JsonEncodedText BeforeParagraph = Encode("beforeParagraph");
    public static readonly JsonEncodedText Boilerplate = Encode("boilerplate");
    public static readonly JsonEncodedText Caption = Encode("caption");
    public static readonly JsonEncodedText Captions = Encode("captions");
    public static readonly JsonEncodedText Column = Encode("column");
    public static readonly JsonEncodedText Credit = Encode("credit");
    public static readonly JsonEncodedText Dateline = Encode("dateline");
    public static readonly JsonEncodedText Day = Encode("day");
    public static readonly JsonEncodedText Diagnostics = Encode("diagnostics");
    public static readonly JsonEncodedText From = Encode("from");
    public static readonly JsonEncodedText FromCount = Encode("fromCount");
    public static readonly JsonEncodedText Headline = Encode("headline");
    public static readonly JsonEncodedText Id = Encode("id");
    public static readonly JsonEncodedText Kind = Encode("kind");
    public static readonly JsonEncodedText Language = Encode("language");
    public static readonly JsonEncodedText Line = Encode("line");
    public static readonly JsonEncodedText Lines = Encode("lines");
    public static readonly JsonEncodedText Mentions = Encode("mentions");
    public static readonly JsonEncodedText Message = Encode("message");
    public static readonly JsonEncodedText Month = Encode("month");
    public static readonly JsonEncodedText Name = Encode("name");
    public static readonly JsonEncodedText Paragraph = Encode("paragraph");
    public static readonly JsonEncodedText Paragraphs = Encode("paragraphs");
    public static readonly JsonEncodedText Places = Encode("places");
    public static readonly JsonEncodedText Quotes = Encode("quotes");
    public static readonly JsonEncodedText Raw = Encode("raw");
    public static readonly JsonEncodedText Related = Encode("related");
    public static readonly JsonEncodedText Schema = Encode("schema");
    public static readonly JsonEncodedText Section = Encode("section");
    public static readonly JsonEncodedText Sections = Encode("sections");
    public static readonly JsonEncodedText Severity = Encode("severity");
    public static readonly JsonEncodedText Source = Encode("source");
    public static readonly JsonEncodedText Speaker = Encode("speaker");
    public static readonly JsonEncodedText Speakers = Encode("speakers");
    public static readonly JsonEncodedText Start = Encode("start");
    public static readonly JsonEncodedText Subheadings = Encode("subheadings");
    public static readonly JsonEncodedText Teaser = Encode("teaser");
    public static readonly JsonEncodedText Text = Encode("text");
    public static readonly JsonEncodedText To = Encode("to");
    public static readonly JsonEncodedText ToCount = Encode("toCount");
    public static readonly JsonEncodedText Year = Encode("year");
    public static readonly JsonEncodedText Direct = Encode("direct");
    public static readonly JsonEncodedText Partial = Encode("partial");
    public static readonly JsonEncodedText Term = Encode("term");
    public static readonly JsonEncodedText Organization = Encode("organization");
    public static readonly JsonEncodedText Person = Encode("person");

    /// <summary>A name encoded as the article writer's options encode it (their encoder, taken from them so that the two cannot differ).</summary>
    public static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, ArticleJsonWriter.Options(indented: false).Encoder);
}
