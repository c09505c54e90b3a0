using System.Text.Json;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>
/// What every parsed article has, whatever its schema: the members of the JSON contract
/// (docs/article-json.md). Generated types derive from it and add the schema's own members.
/// For a multi-section document the top-level members are those of the first section.
/// </summary>
public abstract class Article
{
    private readonly ArticleSection _first;

    /// <summary>Takes the values <paramref name="builder"/> collected.</summary>
    protected Article(ArticleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Source = builder.Source;
        var sections = builder.BuildSections();
        _first = sections[0];
        Sections = builder.HasSections ? sections : [];
        Alignment = builder.BuildAlignment(sections);
        Language = builder.HasSections ? ArticleLanguage.LanguageOf(sections) : _first.Language;
        Boilerplate = builder.Boilerplate;
        Related = builder.Related;
        Diagnostics = builder.Context.Diagnostics;
        StepsUsed = builder.Context.StepsUsed;
    }

    /// <summary>The name of the schema that parsed this article.</summary>
    public abstract string SchemaName { get; }

    /// <summary>The document.</summary>
    public SourceText Source { get; }

    /// <summary>The article's language (BCP 47), or <c>mixed</c> when its sections differ.</summary>
    public string Language { get; }

    /// <summary>The headline, or null.</summary>
    public TextValue? Headline => _first.Headline;

    /// <summary>The first section, whose parts the top-level members repeat.</summary>
    internal ArticleSection FirstSection => _first;

    /// <summary>The dateline leading the first paragraph, or null.</summary>
    public Dateline? Dateline => _first.Dateline;

    /// <summary>Image captions.</summary>
    public IReadOnlyList<Caption> Captions => _first.Captions;

    /// <summary>Subheadings, each with the paragraph it stands before.</summary>
    public IReadOnlyList<Subheading> Subheadings => _first.Subheadings;

    /// <summary>Body paragraphs, without the dateline.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _first.Paragraphs;

    /// <summary>Quoted spans (headline = paragraph 0), each with its kind and speaker.</summary>
    public IReadOnlyList<Quote> Quotes => _first.Quotes;

    /// <summary>The first section's speakers: everyone quoted, once each, with their quotes.</summary>
    public IReadOnlyList<Speaker> Speakers => _first.Speakers;

    /// <summary>What follows the body (promotion, lists of other stories), or null.</summary>
    public Boilerplate? Boilerplate { get; }

    /// <summary>Teasers of related articles listed after the body.</summary>
    public IReadOnlyList<RelatedArticle> Related { get; }

    /// <summary>Every language section of a multi-section document; empty for a single-section one.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; }

    /// <summary>Paragraph alignment between the first two sections; empty when not aligned.</summary>
    public IReadOnlyList<AlignmentBead> Alignment { get; }

    /// <summary>Where the text did not match the schema.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The pattern-matching steps the parse spent (<see cref="ParseContext.StepsUsed"/> when the
    /// article was built): deterministic, unlike a timing, so tests and profilers can check that
    /// parsing stays linear and find the documents that cost the most.
    /// </summary>
    public long StepsUsed { get; }

    /// <summary>Writes the article as one JSON object in the shape of docs/article-json.md.</summary>
    public void WriteJson(Utf8JsonWriter writer) => ArticleJsonWriter.Write(writer, this);

    /// <summary>The article as JSON text (indented when <paramref name="indented"/>).</summary>
    public string ToJson(bool indented = true) => ArticleJsonWriter.ToJson(this, indented);

    /// <summary>Writes the schema's own members (beyond the contract); generated types override it.</summary>
    protected internal virtual void WriteCustomMembers(Utf8JsonWriter writer)
    {
    }
}
