using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>
/// One language section of a multi-section document (e.g. a Chinese translation followed by its
/// English original), with the same members as a single-section article's body.
/// </summary>
public sealed class ArticleSection
{
    internal ArticleSection(string language, TextValue? headline, Dateline? dateline, IReadOnlyList<Caption> captions,
        IReadOnlyList<Subheading> subheadings, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Quote> quotes, IReadOnlyList<Speaker> speakers)
    {
        Language = language;
        Headline = headline;
        Dateline = dateline;
        Captions = captions;
        Subheadings = subheadings;
        Paragraphs = paragraphs;
        Quotes = quotes;
        Speakers = speakers;
    }

    /// <summary>The section's language (BCP 47), from its paragraphs.</summary>
    public string Language { get; }

    /// <summary>The section's headline, or null.</summary>
    public TextValue? Headline { get; }

    /// <summary>The dateline leading its first paragraph, or null.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Image captions.</summary>
    public IReadOnlyList<Caption> Captions { get; }

    /// <summary>Subheadings, each with the paragraph it stands before.</summary>
    public IReadOnlyList<Subheading> Subheadings { get; }

    /// <summary>Body paragraphs.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Quoted spans in the headline (paragraph 0) and paragraphs, each with its kind and speaker.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>
    /// Everyone quoted in the section (captions included), once each however the text refers to
    /// them, with their quotes; in order of their first quote.
    /// </summary>
    public IReadOnlyList<Speaker> Speakers { get; }
}
