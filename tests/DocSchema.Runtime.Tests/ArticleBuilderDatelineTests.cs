using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class ArticleBuilderDatelineTests
{
    // A dateline with two places, the second followed by spaces, a day, a month and an agency; the
    // spaces before its second comma serve as a third place that is blank.
    private static readonly BuilderPage Page = new("KYIV, LVIV   , March 18 (Reuters) - body", "dateline.txt");

    private static string Text => Page.Text;

    private static ArticleBuilder Builder() => Page.Builder();

    private static TextSpan Span(string part, int from = 0) => Page.Span(part, from);

    [Fact]
    public void Places_AreTheNonBlankSpansTrimmed_InAnArrayOfTheirNumber()
    {
        var raw = TextSpan.FromBounds(0, Text.IndexOf(" body", StringComparison.Ordinal));
        TextSpan[] places = [Span("KYIV"), Span("LVIV   "), new TextSpan(Text.IndexOf("   ,", StringComparison.Ordinal), 3)];

        var dateline = Builder().MakeDateline(raw, places.AsSpan(), Span("18"), Span("March"), null, Span("Reuters"))!;

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
        var blank = new TextSpan(Text.IndexOf("   ", StringComparison.Ordinal), 3);
        var none = Builder().MakeDateline(Span("March 18"), ReadOnlySpan<TextSpan>.Empty, null, null, null, null)!;
        var noneInAList = Builder().MakeDateline(Span("March 18"), new List<TextSpan>(), null, null, null, null)!;
        var onlyBlank = Builder().MakeDateline(Span("March 18"), [blank, blank], null, null, null, null)!;

        Assert.Empty(none.Places);
        Assert.Same(none.Places, noneInAList.Places);
        Assert.Same(none.Places, onlyBlank.Places);
    }

    [Fact]
    public void NullPlaces_AreRefused() =>
        Assert.Throws<ArgumentNullException>("places", () => Builder().MakeDateline(Span("March 18"), (IReadOnlyList<TextSpan>)null!, null, null, null, null));

    [Fact]
    public void ListAndSpan_GiveTheSameDateline()
    {
        var builder = Builder();
        List<TextSpan> places = [Span("KYIV"), Span("LVIV")];
        var fromList = builder.MakeDateline(Span("KYIV, LVIV"), places, Span("18"), null, null, null)!;
        var fromSpan = builder.MakeDateline(Span("KYIV, LVIV"), places.ToArray().AsSpan(), Span("18"), null, null, null)!;
        var fromOtherList = builder.MakeDateline(Span("KYIV, LVIV"), places.AsReadOnly(), Span("18"), null, null, null)!;
        var fromArray = builder.MakeDateline(Span("KYIV, LVIV"), (IReadOnlyList<TextSpan>)places.ToArray(), Span("18"), null, null, null)!;

        Assert.Equal(fromSpan.Raw, fromList.Raw);
        Assert.Equal(["KYIV", "LVIV"], fromSpan.Places.Select(p => p.Text));
        Assert.Equal(fromSpan.Places, fromList.Places);
        Assert.Equal(fromSpan.Places, fromOtherList.Places);
        Assert.Equal(fromSpan.Places, fromArray.Places);
        Assert.Equal(fromSpan.Day, fromList.Day);
    }

    [Fact]
    public void BlankRaw_GivesNoDateline() =>
        Assert.Null(Builder().MakeDateline(new TextSpan(Text.IndexOf("   ", StringComparison.Ordinal), 3), [Span("KYIV")], null, null, null, null));
}
