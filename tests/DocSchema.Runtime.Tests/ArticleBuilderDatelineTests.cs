using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class ArticleBuilderDatelineTests
{
    // A dateline with two places, the second followed by spaces, a day, a month and an agency; the
    // spaces before its second comma serve as a third place that is blank.
    private static readonly BuilderPage Page = new("KYIV, LVIV   , March 18 (Reuters) - body", "dateline.txt");

    [Fact]
    public void Places_AreTheNonBlankSpansTrimmed_InAnArrayOfTheirNumber()
    {
        var raw = TextSpan.FromBounds(0, Page.Text.IndexOf(" body", StringComparison.Ordinal));
        TextSpan[] places = [Page.Span("KYIV"), Page.Span("LVIV   "), new TextSpan(Page.Text.IndexOf("   ,", StringComparison.Ordinal), 3)];

        var dateline = Page.Builder().MakeDateline(raw, places.AsSpan(), Page.Span("18"), Page.Span("March"), null, Page.Span("Reuters"))!;

        Assert.Equal("KYIV, LVIV   , March 18 (Reuters) -", dateline.Raw.Text);
        Assert.Equal(["KYIV", "LVIV"], dateline.Places.Select(p => p.Text));
        // Exactly as many as there are places: the blank one is not kept as room to spare.
        Assert.Equal(2, Assert.IsType<TextValue[]>(dateline.Places).Length);
        Assert.Equal(18, dateline.Day);
        Assert.Equal(3, dateline.Month);
        Assert.Null(dateline.Year);
        Assert.Equal("Reuters", dateline.Agency?.Text);
    }

    [Fact]
    public void NoPlaces_OrOnlyBlankOnes_GiveTheSharedEmptyArray()
    {
        var blank = new TextSpan(Page.Text.IndexOf("   ", StringComparison.Ordinal), 3);
        var none = Page.Builder().MakeDateline(Page.Span("March 18"), ReadOnlySpan<TextSpan>.Empty, null, null, null, null)!;
        var noneInAList = Page.Builder().MakeDateline(Page.Span("March 18"), new List<TextSpan>(), null, null, null, null)!;
        var onlyBlank = Page.Builder().MakeDateline(Page.Span("March 18"), [blank, blank], null, null, null, null)!;

        Assert.Empty(none.Places);
        Assert.Same(none.Places, noneInAList.Places);
        Assert.Same(none.Places, onlyBlank.Places);
    }

    [Fact]
    public void NullPlaces_AreRefused() =>
        Assert.Throws<ArgumentNullException>("places", () => Page.Builder().MakeDateline(Page.Span("March 18"), (IReadOnlyList<TextSpan>)null!, null, null, null, null));

    [Fact]
    public void ListAndSpan_GiveTheSameDateline()
    {
        var builder = Page.Builder();
        List<TextSpan> places = [Page.Span("KYIV"), Page.Span("LVIV")];
        var fromList = builder.MakeDateline(Page.Span("KYIV, LVIV"), places, Page.Span("18"), null, null, null)!;
        var fromSpan = builder.MakeDateline(Page.Span("KYIV, LVIV"), places.ToArray().AsSpan(), Page.Span("18"), null, null, null)!;
        var fromOtherList = builder.MakeDateline(Page.Span("KYIV, LVIV"), places.AsReadOnly(), Page.Span("18"), null, null, null)!;
        var fromArray = builder.MakeDateline(Page.Span("KYIV, LVIV"), (IReadOnlyList<TextSpan>)places.ToArray(), Page.Span("18"), null, null, null)!;

        Assert.Equal(fromSpan.Raw, fromList.Raw);
        Assert.Equal(["KYIV", "LVIV"], fromSpan.Places.Select(p => p.Text));
        Assert.Equal(fromSpan.Places, fromList.Places);
        Assert.Equal(fromSpan.Places, fromOtherList.Places);
        Assert.Equal(fromSpan.Places, fromArray.Places);
        Assert.Equal(fromSpan.Day, fromList.Day);
    }

    [Fact]
    public void BlankRaw_GivesNoDateline() =>
        Assert.Null(Page.Builder().MakeDateline(new TextSpan(Page.Text.IndexOf("   ", StringComparison.Ordinal), 3), [Page.Span("KYIV")], null, null, null, null));
}
