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
/// The optional values are kept as <see cref="OptionalTextValue"/>s: 88 bytes a teaser where three
/// <c>TextValue?</c> made it 112. The properties are declared in the parameters' order, so that the
/// record prints them in that order.
/// </remarks>
public sealed record RelatedArticle(TextValue? Caption, TextValue Headline, TextValue? Section, Dateline? Dateline, TextValue? Teaser)
{
    private readonly OptionalTextValue _caption = new(Caption);
    private readonly OptionalTextValue _section = new(Section);
    private readonly OptionalTextValue _teaser = new(Teaser);

    /// <summary>The caption of its picture, or null.</summary>
    public TextValue? Caption { get => _caption.Value; init => _caption = new(value); }

    /// <summary>Its headline.</summary>
    public TextValue Headline { get; init; } = Headline;

    /// <summary>The section label (e.g. <c>国际</c>), or null.</summary>
    public TextValue? Section { get => _section.Value; init => _section = new(value); }

    /// <summary>The dateline leading its teaser text, or null.</summary>
    public Dateline? Dateline { get; init; } = Dateline;

    /// <summary>The teaser text without its dateline, or null.</summary>
    public TextValue? Teaser { get => _teaser.Value; init => _teaser = new(value); }
}
