using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="RelatedArticle"/> and <see cref="Dateline"/> keep their optional values in fewer
/// bytes than <c>TextValue?</c> and <c>int?</c> fields: each must still give back what it was made
/// with, compare, hash, print and copy as a record of those fields does.
/// </summary>
public class OptionalValueRecordTests
{
    private static readonly SourceText Source = SourceText.From("Kyiv talks resume | World | (KYIV, March 18) Talks resumed.");

    private static TextValue Slice(string part) =>
        Source.Value(new TextSpan(Source.Text.IndexOf(part, StringComparison.Ordinal), part.Length))!.Value;

    // Values that are present but unusual: a null text, the default value and an empty text at the
    // default span (what the marker of no value looks like inside) must not read as absent.
    public static TheoryData<TextValue?> Optionals() =>
        [null, Slice("World"), new TextValue("World", new TextSpan(20, 5)), new TextValue((string)null!, new TextSpan(3, 0)), default(TextValue),
            new TextValue("", default)];

    [Theory]
    [MemberData(nameof(Optionals))]
    public void A_teaser_gives_back_each_optional_value_as_given(TextValue? value)
    {
        var dateline = new Dateline(Slice("(KYIV, March 18)"), [Slice("KYIV")], 18, 3, null, null);

        var related = new RelatedArticle(value, Slice("Kyiv talks resume"), value, dateline, value);

        Assert.Equal((value, value, value), (related.Caption, related.Section, related.Teaser));
        Assert.Equal((value.HasValue, value.HasValue, value.HasValue), (related.Caption.HasValue, related.Section.HasValue, related.Teaser.HasValue));
        Assert.Equal(Slice("Kyiv talks resume"), related.Headline);
        Assert.Same(dateline, related.Dateline);
        var (caption, headline, section, datelineBack, teaser) = related;
        Assert.Equal((value, Slice("Kyiv talks resume"), value, value), (caption, headline, section, teaser));
        Assert.Same(dateline, datelineBack);
    }

    // Headlines of every kind a teaser keeps: a slice (with the other values, as spans of its
    // document), and values it keeps as given (from a string, a null text, the default value, a
    // slice of another document).
    public static TheoryData<TextValue> Headlines() =>
        [Slice("Kyiv talks resume"), new TextValue("Kyiv talks resume", new TextSpan(0, 17)), new TextValue((string)null!, new TextSpan(3, 0)),
            default(TextValue), OtherSlice("Other news")];

    private static readonly SourceText OtherSource = SourceText.From("Other news of the world");

    private static TextValue OtherSlice(string part) =>
        OtherSource.Value(new TextSpan(OtherSource.Text.IndexOf(part, StringComparison.Ordinal), part.Length))!.Value;

    [Theory]
    [MemberData(nameof(Headlines))]
    public void A_teaser_gives_back_its_headline_and_slices_as_given(TextValue headline)
    {
        // A caption at the document's first character: a span starting at 0 is a value, not none.
        var related = new RelatedArticle(Slice("Kyiv"), headline, null, null, Slice("Talks resumed."));

        Assert.Equal(headline, related.Headline);
        Assert.Equal(headline.Text, related.Headline.Text);
        Assert.Equal(((TextValue?)Slice("Kyiv"), (TextValue?)null, (TextValue?)Slice("Talks resumed.")), (related.Caption, related.Section, related.Teaser));
    }

    [Fact]
    public void Values_of_another_document_or_a_string_are_kept_as_given_and_equal_slices_of_the_same_text()
    {
        // "world" at 18 in the other document; the first document has other characters there.
        var otherWorld = OtherSlice("world");
        var mixed = new RelatedArticle(Slice("World"), Slice("Kyiv talks resume"), otherWorld, null, Slice("Talks resumed."));
        var slices = new RelatedArticle(Slice("World"), Slice("Kyiv talks resume"), null, null, Slice("Talks resumed."));

        Assert.Equal("world", mixed.Section!.Value.Text);
        Assert.Equal(otherWorld.Span, mixed.Section!.Value.Span);
        Assert.Equal("World", mixed.Caption!.Value.Text);

        // From one document's slices to a value made from a string and back: equal throughout.
        var teaser = Slice("Talks resumed.");
        var fromString = slices with { Teaser = new TextValue("Talks resumed.", teaser.Span) };
        var back = fromString with { Teaser = teaser };
        Assert.Equal(slices, fromString);
        Assert.Equal(slices.GetHashCode(), fromString.GetHashCode());
        Assert.Equal(slices, back);
        Assert.Equal(slices.GetHashCode(), back.GetHashCode());
        Assert.NotEqual(slices, mixed);
        Assert.Equal(slices, mixed with { Section = null });
    }

    [Theory]
    [MemberData(nameof(Optionals))]
    public void A_dateline_gives_back_its_agency_as_given(TextValue? agency)
    {
        var dateline = new Dateline(Slice("(KYIV, March 18)"), [], null, null, null, agency);

        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(agency.HasValue, dateline.Agency.HasValue);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(18, null, null)]
    [InlineData(null, 3, null)]
    [InlineData(null, null, 2026)]
    [InlineData(0, 0, 0)]
    [InlineData(-1, int.MaxValue, int.MinValue)]
    public void A_dateline_gives_back_each_number_as_given(int? day, int? month, int? year)
    {
        var dateline = new Dateline(Slice("(KYIV, March 18)"), [], day, month, year, null);

        Assert.Equal((day, month, year), (dateline.Day, dateline.Month, dateline.Year));
    }

    [Fact]
    public void With_sets_one_value_of_a_teaser_and_keeps_the_others()
    {
        var related = new RelatedArticle(Slice("World"), Slice("Kyiv talks resume"), null, null, Slice("Talks resumed."));

        var noCaption = related with { Caption = null };
        var sectioned = related with { Section = Slice("World") };
        var noTeaser = sectioned with { Teaser = null };

        Assert.Equal((null, Slice("Kyiv talks resume"), null, (TextValue?)Slice("Talks resumed.")), (noCaption.Caption, noCaption.Headline, noCaption.Section, noCaption.Teaser));
        Assert.Equal((Slice("World"), Slice("World"), (TextValue?)Slice("Talks resumed.")), (sectioned.Caption, sectioned.Section, sectioned.Teaser));
        Assert.Equal((Slice("World"), Slice("World"), (TextValue?)null), (noTeaser.Caption, noTeaser.Section, noTeaser.Teaser));
        Assert.Equal(related, noCaption with { Caption = Slice("World") });
        // Each value set alone leaves the three others, the headline among them.
        var full = new RelatedArticle(Slice("World"), Slice("Kyiv talks resume"), Slice("World"), null, Slice("Talks resumed."));
        Assert.Equal(new RelatedArticle(null, full.Headline, full.Section, null, full.Teaser), full with { Caption = null });
        Assert.Equal(new RelatedArticle(full.Caption, Slice("Talks"), full.Section, null, full.Teaser), full with { Headline = Slice("Talks") });
        Assert.Equal(new RelatedArticle(full.Caption, full.Headline, null, null, full.Teaser), full with { Section = null });
        Assert.Equal(new RelatedArticle(full.Caption, full.Headline, full.Section, null, null), full with { Teaser = null });
    }

    [Fact]
    public void With_sets_one_number_of_a_dateline_and_keeps_the_others()
    {
        var dateline = new Dateline(Slice("(KYIV, March 18)"), [Slice("KYIV")], 18, 3, null, Slice("KYIV"));

        var withYear = dateline with { Year = 2026 };
        var noDay = withYear with { Day = null };
        var noAgency = dateline with { Agency = null };

        Assert.Equal((18, 3, 2026), (withYear.Day, withYear.Month, withYear.Year));
        Assert.Equal((null, 3, 2026), (noDay.Day, noDay.Month, noDay.Year));
        Assert.Equal((18, 3, (int?)null, (TextValue?)null), (noAgency.Day, noAgency.Month, noAgency.Year, noAgency.Agency));
        // A number taken away and given back leaves a dateline equal to the first.
        Assert.Equal(dateline, noDay with { Day = 18, Year = null });
    }

    [Fact]
    public void Records_are_equal_when_their_values_are_and_hash_alike()
    {
        var dateline = new Dateline(Slice("(KYIV, March 18)"), [], 18, null, null, null);
        var sameDateline = new Dateline(Slice("(KYIV, March 18)"), [], 18, null, null, null);
        var related = new RelatedArticle(null, Slice("Kyiv talks resume"), Slice("World"), dateline, null);
        // The same text at the same span, made from a string: equal, as TextValue says.
        var sameFromStrings = new RelatedArticle(null, new TextValue("Kyiv talks resume", Slice("Kyiv talks resume").Span),
            new TextValue("World", Slice("World").Span), sameDateline, null);

        Assert.Equal(related, sameFromStrings);
        Assert.Equal(related.GetHashCode(), sameFromStrings.GetHashCode());
        Assert.Equal(dateline.GetHashCode(), sameDateline.GetHashCode());
        // Absent against present-but-empty, and 0 against no number, differ.
        Assert.NotEqual(related, related with { Caption = default(TextValue) });
        Assert.NotEqual(related, related with { Caption = new TextValue("", default) });
        Assert.NotEqual(related, related with { Teaser = new TextValue((string)null!, default) });
        Assert.NotEqual(dateline, dateline with { Agency = new TextValue("", default) });
        Assert.NotEqual(dateline, dateline with { Month = 0 });
        Assert.NotEqual(dateline, dateline with { Day = null });
        Assert.NotEqual(dateline, dateline with { Agency = Slice("KYIV") });
    }

    [Fact]
    public void A_number_taken_away_by_with_leaves_the_dateline_made_without_it()
    {
        var raw = Slice("(KYIV, March 18)");
        var full = new Dateline(raw, [], 18, 3, 2026, null);

        (Dateline Cleared, Dateline Fresh)[] pairs =
        [
            (full with { Day = null }, new Dateline(raw, [], null, 3, 2026, null)),
            (full with { Month = null }, new Dateline(raw, [], 18, null, 2026, null)),
            (full with { Year = null }, new Dateline(raw, [], 18, 3, null, null)),
            (full with { Day = null, Month = null, Year = null }, new Dateline(raw, [], null, null, null, null)),
        ];

        foreach (var (cleared, fresh) in pairs)
        {
            Assert.Equal(fresh, cleared);
            Assert.Equal(fresh.GetHashCode(), cleared.GetHashCode());
        }
    }

    [Fact]
    public void Records_print_their_values_in_the_order_of_their_parameters()
    {
        var dateline = new Dateline(Slice("(KYIV, March 18)"), [], 18, null, 2026, null);
        var related = new RelatedArticle(null, Slice("Kyiv talks resume"), Slice("World"), null, Slice("Talks resumed."));

        Assert.Equal("Dateline { Raw = (KYIV, March 18), Places = DocSchema.Runtime.Text.TextValue[], Day = 18, Month = , Year = 2026, Agency =  }", dateline.ToString());
        Assert.Equal("RelatedArticle { Caption = , Headline = Kyiv talks resume, Section = World, Dateline = , Teaser = Talks resumed. }", related.ToString());
    }

    [Fact]
    public void A_teaser_and_a_dateline_take_64_and_72_bytes()
    {
        // What the compact fields are for: 112 and 88 bytes with TextValue? and int? fields (88 for a teaser with OptionalTextValue fields).
        var headline = Slice("Kyiv talks resume");
        var raw = Slice("(KYIV, March 18)");
        IReadOnlyList<TextValue> places = [];
        _ = new RelatedArticle(null, headline, null, null, null);
        _ = new Dateline(raw, places, null, null, null, null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = new RelatedArticle(null, headline, null, null, null);
        var afterTeaser = GC.GetAllocatedBytesForCurrentThread();
        _ = new Dateline(raw, places, null, null, null, null);
        var afterDateline = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal((64L, 72L), (afterTeaser - before, afterDateline - afterTeaser));
    }
}
