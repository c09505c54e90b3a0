using System.Text;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// Runs <see cref="QuoteAttributor"/> on a small article written in a test: an optional headline,
/// paragraphs (one a line) and captions, laid out in one source text the way a parser would see them.
/// </summary>
internal static class QuoteAttributionHarness
{
    public static QuoteAttribution Paragraphs(params string[] paragraphs) => Article(null, paragraphs, []);

    public static QuoteAttribution Article(string? headline, string[] paragraphs, string[] captions)
    {
        var text = new StringBuilder();
        TextSpan? headlineSpan = headline is null ? null : Add(text, headline);
        var paragraphSpans = paragraphs.Select(p => Add(text, p)).ToList();
        var captionSpans = captions.Select(c => Add(text, c)).ToList();
        return QuoteAttributor.Attribute(SourceText.From(text.ToString()), headlineSpan, paragraphSpans, captionSpans);
    }

    /// <summary>The only quote starting with <paramref name="start"/>.</summary>
    public static Quote Quote(this QuoteAttribution attribution, string start) =>
        Assert.Single(attribution.Quotes.Concat(attribution.CaptionQuotes.SelectMany(c => c)), q => q.Text.Text.StartsWith(start, StringComparison.Ordinal));

    /// <summary>The single quote of a one-quote article.</summary>
    public static Quote Only(this QuoteAttribution attribution) => Assert.Single(attribution.Quotes);

    private static TextSpan Add(StringBuilder text, string line)
    {
        var span = new TextSpan(text.Length, line.Length);
        text.Append(line).Append('\n');
        return span;
    }
}
