using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>A teaser for another article, as listed after the body.</summary>
/// <param name="Caption">The caption of its picture, or null.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Section">The section label (e.g. <c>国际</c>), or null.</param>
/// <param name="Dateline">The dateline leading its teaser text, or null.</param>
/// <param name="Teaser">The teaser text without its dateline, or null.</param>
/// <remarks>
/// The four text values are kept together (<see cref="TeaserValues"/>): as spans of their document
/// when they are slices of one, as a parse makes them, in 64 bytes a teaser where four values made
/// it 112. Equality and the hash are written out to compare and combine the values, as a record of
/// those five properties does; the properties are declared in the parameters' order, so that the
/// record prints them in that order.
/// </remarks>
public sealed record RelatedArticle(TextValue? Caption, TextValue Headline, TextValue? Section, Dateline? Dateline, TextValue? Teaser)
{
    private readonly TeaserValues _values = TeaserValues.Of(Caption, Headline, Section, Teaser);

    /// <summary>The caption of its picture, or null.</summary>
    public TextValue? Caption { get => _values.Caption; init => _values = TeaserValues.Of(value, Headline, Section, Teaser); }

    /// <summary>Its headline.</summary>
    public TextValue Headline { get => _values.Headline; init => _values = TeaserValues.Of(Caption, value, Section, Teaser); }

    /// <summary>The section label (e.g. <c>国际</c>), or null.</summary>
    public TextValue? Section { get => _values.Section; init => _values = TeaserValues.Of(Caption, Headline, value, Teaser); }

    /// <summary>The dateline leading its teaser text, or null.</summary>
    public Dateline? Dateline { get; init; } = Dateline;

    /// <summary>The teaser text without its dateline, or null.</summary>
    public TextValue? Teaser { get => _values.Teaser; init => _values = TeaserValues.Of(Caption, Headline, Section, value); }

    /// <summary>True when every value and the dateline are equal (values as <see cref="TextValue"/> compares them).</summary>
    public bool Equals(RelatedArticle? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && Headline.Equals(other.Headline) && Caption == other.Caption && Section == other.Section &&
         Teaser == other.Teaser && EqualityComparer<Dateline?>.Default.Equals(Dateline, other.Dateline));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Caption, Headline, Section, Dateline, Teaser);
}
