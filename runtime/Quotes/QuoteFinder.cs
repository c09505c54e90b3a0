using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Quotes, their kinds and their speakers for texts that were not parsed by a schema: a headline,
/// the paragraphs of one section and its captions, given as strings. The same rules generated
/// parsers apply (QuoteScanner, then attribution), for code that finds an article's parts itself.
/// </summary>
public static class QuoteFinder
{
    private const string Separator = "\n\n";

    /// <summary>
    /// The quotes of <paramref name="headline"/> (paragraph 0) and <paramref name="paragraphs"/>
    /// (1, 2, …), each caption's quotes, and the speakers. Quote texts are the original text; their
    /// spans refer to the strings joined by blank lines in the order given.
    /// </summary>
    public static QuoteAttribution Find(string? headline, IReadOnlyList<string> paragraphs, IReadOnlyList<string> captions)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(captions);
        var text = new System.Text.StringBuilder();
        TextSpan Append(string part)
        {
            if (text.Length > 0) text.Append(Separator);
            var span = new TextSpan(text.Length, part.Length);
            text.Append(part);
            return span;
        }
        TextSpan? headlineSpan = headline is null ? null : Append(headline);
        var paragraphSpans = paragraphs.Select(Append).ToList();
        var captionSpans = captions.Select(Append).ToList();
        return QuoteAttributor.Attribute(SourceText.From(text.ToString()), headlineSpan, paragraphSpans, captionSpans);
    }
}
