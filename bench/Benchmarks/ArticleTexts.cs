using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Bench.Benchmarks;

/// <summary>
/// Reads the <see cref="TextValue.Text"/> of every value of an article, as a library user who
/// wants every string does: a value's string is made when first read (since the twenty-third
/// round), so the throughput tables measure this beside the parse, and a parse's own allocation
/// does not hide what reading its values costs.
/// </summary>
public static class ArticleTexts
{
    /// <summary>Reads every value's text; returns their total length, so the work is kept.</summary>
    public static long ReadAll(Article article)
    {
        long length = Of(article.Headline) + Of(article.Dateline) + Of(article.Captions) + Of(article.Subheadings)
            + Of(article.Paragraphs) + Of(article.Quotes);
        if (article.Boilerplate is { } boilerplate) length += boilerplate.Start.Text.Length;
        foreach (var related in article.Related)
            length += Of(related.Caption) + related.Headline.Text.Length + Of(related.Section) + Of(related.Dateline) + Of(related.Teaser);
        // A speaker's quotes are the section's: read once, with the section's other values.
        foreach (var section in article.Sections)
        {
            length += Of(section.Headline) + Of(section.Dateline) + Of(section.Captions) + Of(section.Subheadings)
                + Of(section.Paragraphs) + Of(section.Quotes);
        }

        return length;
    }

    private static long Of(TextValue? value) => value is { } v ? v.Text.Length : 0;

    private static long Of(Dateline? dateline)
    {
        if (dateline is null) return 0;
        long length = dateline.Raw.Text.Length + Of(dateline.Agency);
        foreach (var place in dateline.Places) length += place.Text.Length;
        return length;
    }

    private static long Of(IReadOnlyList<Caption> captions)
    {
        long length = 0;
        foreach (var caption in captions) length += caption.Text.Text.Length + Of(caption.Credit) + Of(caption.Quotes);
        return length;
    }

    private static long Of(IReadOnlyList<Subheading> subheadings) => subheadings.Sum(subheading => (long)subheading.Text.Text.Length);

    private static long Of(IReadOnlyList<Paragraph> paragraphs) => paragraphs.Sum(paragraph => (long)paragraph.Text.Text.Length);

    private static long Of(IReadOnlyList<Quote> quotes) => quotes.Sum(quote => (long)quote.Text.Text.Length);
}
