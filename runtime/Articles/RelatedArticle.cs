using System.Runtime.CompilerServices;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>A teaser for another article, as listed after the body.</summary>
/// <remarks>
/// The four text values are kept together (<see cref="TeaserValues"/>): as spans of their document
/// when they are slices of one, as a parse makes them, in 64 bytes a teaser where four values made
/// it 112. Equality, the hash and deconstruction are written out to compare, combine and give back
/// the values, as a positional record of those five properties does (a positional record could not
/// have the parse's own constructor, which takes the spans as they are); the properties are
/// declared in the parameters' order, so that the record prints them in that order.
/// </remarks>
public sealed record RelatedArticle
{
    private readonly TeaserValues _values;

    /// <summary>A teaser of these values.</summary>
    /// <param name="Caption">The caption of its picture, or null.</param>
    /// <param name="Headline">Its headline.</param>
    /// <param name="Section">The section label (e.g. <c>国际</c>), or null.</param>
    /// <param name="Dateline">The dateline leading its teaser text, or null.</param>
    /// <param name="Teaser">The teaser text without its dateline, or null.</param>
    public RelatedArticle(TextValue? Caption, TextValue Headline, TextValue? Section, Dateline? Dateline, TextValue? Teaser)
    {
        _values = TeaserValues.Of(Caption, Headline, Section, Teaser);
        this.Dateline = Dateline;
    }

    // A parse's teaser: its values are the slices of `source` at the spans, an optional one absent
    // when its span is TeaserValues.None.
    internal RelatedArticle(SourceText source, TextSpan caption, TextSpan headline, TextSpan section, Dateline? dateline, TextSpan teaser)
    {
        _values = TeaserValues.Slices(source, caption, headline, section, teaser);
        Dateline = dateline;
    }

    /// <summary>The caption of its picture, or null.</summary>
    public TextValue? Caption { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _values.Caption; init => _values = TeaserValues.Of(value, Headline, Section, Teaser); }

    /// <summary>Its headline.</summary>
    public TextValue Headline { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _values.Headline; init => _values = TeaserValues.Of(Caption, value, Section, Teaser); }

    /// <summary>The section label (e.g. <c>国际</c>), or null.</summary>
    public TextValue? Section { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _values.Section; init => _values = TeaserValues.Of(Caption, Headline, value, Teaser); }

    /// <summary>The dateline leading its teaser text, or null.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>The teaser text without its dateline, or null.</summary>
    public TextValue? Teaser { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _values.Teaser; init => _values = TeaserValues.Of(Caption, Headline, Section, value); }

    /// <summary>True when every value and the dateline are equal (values as <see cref="TextValue"/> compares them).</summary>
    public bool Equals(RelatedArticle? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && Headline.Equals(other.Headline) && Caption == other.Caption && Section == other.Section &&
         Teaser == other.Teaser && EqualityComparer<Dateline?>.Default.Equals(Dateline, other.Dateline));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Caption, Headline, Section, Dateline, Teaser);

    /// <summary>The values, in the constructor's order.</summary>
    public void Deconstruct(out TextValue? Caption, out TextValue Headline, out TextValue? Section, out Dateline? Dateline, out TextValue? Teaser) =>
        (Caption, Headline, Section, Dateline, Teaser) = (this.Caption, this.Headline, this.Section, this.Dateline, this.Teaser);
}
