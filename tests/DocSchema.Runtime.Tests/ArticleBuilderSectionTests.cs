using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// What <see cref="ArticleBuilder"/> makes of the spans a parser gives it: paragraphs and captions
/// trimmed, blank ones left out, each caption with its own credit (the builder keeps them as spans
/// until it builds the section).
/// </summary>
public class ArticleBuilderSectionTests
{
    private static readonly BuilderPage Page =
        new("  Talks resume in Geneva.  \n\nDelegates arrive | Photo: Reuters\n\nThe hall\n\n \u3000 \n\n\tA second round is planned.\n\nPhoto: AP", "section.txt");

    [Fact]
    public void Paragraphs_are_trimmed_and_blank_ones_left_out()
    {
        var builder = Page.Builder();
        builder.AddParagraph(Page.Span("  Talks resume in Geneva.  "));
        builder.AddParagraph(Page.Span(" \u3000 "));
        builder.AddSubheading(Page.Span("The hall"));
        builder.AddParagraph(Page.Span("\tA second round is planned."));

        var section = Assert.Single(builder.BuildSections());

        Assert.Equal(
            [("Talks resume in Geneva.", Page.Span("Talks resume in Geneva.")), ("A second round is planned.", Page.Span("A second round is planned."))],
            section.Paragraphs.Select(p => (p.Text.Text, p.Text.Span)));
        // The blank paragraph is not counted: the subheading comes before the second one kept.
        Assert.Equal(2, Assert.Single(section.Subheadings).BeforeParagraph);
    }

    [Fact]
    public void Each_caption_keeps_its_own_credit()
    {
        var builder = Page.Builder();
        builder.AddCaption(Page.Span("Delegates arrive"), Page.Span("Photo: Reuters"));
        builder.AddCaption(Page.Span("The hall"), null);
        // A caption whose text is blank is its credit.
        builder.AddCaption(Page.Span(" \u3000 "), Page.Span("Photo: AP"));

        var section = Assert.Single(builder.BuildSections());

        Assert.Equal(
            [("Delegates arrive", "Photo: Reuters"), ("The hall", null), ("Photo: AP", "Photo: AP")],
            section.Captions.Select(c => (c.Text.Text, c.Credit?.Text)));
        Assert.Equal(Page.Span("Delegates arrive"), section.Captions[0].Text.Span);
    }
}
