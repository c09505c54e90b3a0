using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Cli.Evaluation;

/// <summary>What is scored of a section: an <see cref="ArticleSection"/>, or a single-section article's body.</summary>
internal sealed record SectionView(
    string Language,
    TextValue? Headline,
    Dateline? Dateline,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Subheading> Subheadings,
    IReadOnlyList<Caption> Captions,
    IReadOnlyList<Quote> Quotes)
{
    public static SectionView Of(Article a) => new(a.Language, a.Headline, a.Dateline, a.Paragraphs, a.Subheadings, a.Captions, a.Quotes);

    public static SectionView Of(ArticleSection s) => new(s.Language, s.Headline, s.Dateline, s.Paragraphs, s.Subheadings, s.Captions, s.Quotes);
}
