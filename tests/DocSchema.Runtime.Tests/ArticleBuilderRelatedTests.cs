using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// What <see cref="ArticleBuilder.AddRelated"/> makes of a teaser's spans: each value trimmed, a
/// blank optional one absent, a teaser with a blank headline left out — the values
/// <see cref="SourceText.Value"/> gives for the same spans.
/// </summary>
public class ArticleBuilderRelatedTests
{
    private static readonly BuilderPage Page = new(" 国际 \n  特朗普与泽连斯基通话 \n \u3000 \n（基辅20日讯）会谈恢复。\n", "related.txt");

    [Fact]
    public void A_teasers_values_are_trimmed_and_blank_ones_absent()
    {
        var builder = Page.Builder();
        var blank = Page.Span(" \u3000 ");
        var section = Page.Span(" 国际 ");
        var headline = Page.Span("  特朗普与泽连斯基通话 ");
        var teaser = Page.Span("（基辅20日讯）会谈恢复。\n");

        builder.AddRelated(blank, headline, section, null, teaser);
        builder.AddRelated(null, blank, section, null, teaser);
        builder.AddRelated(section, headline, blank, null, null);

        var source = builder.Source;
        var related = builder.Related;
        Assert.Equal(2, related.Count);
        Assert.Equal(new RelatedArticle(null, source.Value(headline)!.Value, source.Value(section), null, source.Value(teaser)), related[0]);
        Assert.Equal(("特朗普与泽连斯基通话", "国际", "（基辅20日讯）会谈恢复。"), (related[0].Headline.Text, related[0].Section!.Value.Text, related[0].Teaser!.Value.Text));
        Assert.Equal(Page.Span("国际"), related[0].Section!.Value.Span);
        Assert.Equal(new RelatedArticle(source.Value(section), source.Value(headline)!.Value, null, null, null), related[1]);
        Assert.Equal(((TextValue?)null, (TextValue?)null), (related[1].Section, related[1].Teaser));
    }
}
