using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// An <see cref="ArticleBuilder"/> builds one article: <see cref="ArticleBuilder.BuildSections"/>
/// builds once and gives back what the builder borrowed, after which it takes nothing more; the
/// teasers become one array of their exact number.
/// </summary>
public class ArticleBuilderLifetimeTests
{
    private static readonly BuilderPage Page =
        new("Talks resume in Geneva.\n\nDelegates arrive\n\n日内瓦会谈恢复。\n\n代表团抵达\n\nMore news\nAnother teaser", "lifetime.txt");

    [Fact]
    public void A_second_BuildSections_returns_the_same_sections()
    {
        var builder = Page.Builder();
        builder.AddParagraph(Page.Span("Talks resume in Geneva."));

        var first = builder.BuildSections();
        var second = builder.BuildSections();

        Assert.Same(first, second);
        Assert.Equal("Talks resume in Geneva.", Assert.Single(Assert.Single(first).Paragraphs).Text.Text);
    }

    [Fact]
    public void Nothing_is_taken_once_the_sections_are_built()
    {
        var builder = Page.Builder();
        builder.AddParagraph(Page.Span("Talks resume in Geneva."));
        builder.BuildSections();

        Action[] additions =
        [
            () => builder.AddParagraph(Page.Span("Delegates arrive")),
            () => builder.AddCaption(Page.Span("Delegates arrive"), null),
            () => builder.AddSubheading(Page.Span("Delegates arrive")),
            () => builder.SetHeadline(Page.Span("Delegates arrive")),
            () => builder.SetDateline(null),
            () => builder.BeginSection(),
            () => builder.SetBoilerplate(TextSpan.FromBounds(Page.Span("More news").Start, Page.Text.Length)),
            () => builder.AddRelated(null, Page.Span("More news"), null, null, null),
        ];
        foreach (var add in additions)
        {
            var error = Assert.Throws<InvalidOperationException>(add);
            Assert.Contains("builds one article", error.Message);
        }

        // What was built stands.
        Assert.Equal("Talks resume in Geneva.", Assert.Single(Assert.Single(builder.BuildSections()).Paragraphs).Text.Text);
        Assert.Empty(builder.Related);
    }

    [Fact]
    public void The_teasers_are_copies_until_built_then_one_array_of_their_number()
    {
        var builder = Page.Builder();
        builder.AddRelated(null, Page.Span("More news"), null, null, null);
        var early = builder.Related;
        builder.AddRelated(null, Page.Span("Another teaser"), null, null, null);

        Assert.Equal(["More news"], early.Select(r => r.Headline.Text));
        Assert.NotSame(builder.Related, builder.Related);

        builder.BuildSections();

        var built = Assert.IsType<RelatedArticle[]>(builder.Related);
        Assert.Equal(["More news", "Another teaser"], built.Select(r => r.Headline.Text));
        Assert.Same(built, builder.Related);
    }

    [Fact]
    public void Two_filled_sections_are_still_sections_once_built()
    {
        var builder = Page.Builder();
        builder.BeginSection();
        builder.AddParagraph(Page.Span("Talks resume in Geneva."));
        builder.BeginSection();
        builder.AddParagraph(Page.Span("日内瓦会谈恢复。"));
        builder.BeginSection(); // an empty third section, left out

        Assert.True(builder.HasSections);
        var sections = builder.BuildSections();

        Assert.True(builder.HasSections);
        Assert.Equal(["Talks resume in Geneva.", "日内瓦会谈恢复。"], sections.Select(s => Assert.Single(s.Paragraphs).Text.Text));
    }

    [Fact]
    public void One_filled_section_of_several_is_no_sections_once_built()
    {
        var builder = Page.Builder();
        builder.BeginSection();
        builder.AddParagraph(Page.Span("Talks resume in Geneva."));
        builder.BeginSection();

        Assert.Single(builder.BuildSections());
        Assert.False(builder.HasSections);
    }
}
