using System.Buffers;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Collections;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>
/// Collects what a generated parser recognised, as spans, and turns it into the values of an
/// <see cref="Article"/>: it trims, detects languages, finds quotes and aligns sections, so that
/// every generated parser does these the same way.
/// </summary>
/// <remarks>
/// A builder builds one article. What it collects only to build from (a section's paragraph and
/// caption spans, the teasers until their exact array) is kept in storage borrowed from the shared
/// pool, which <see cref="BuildSections"/> gives back: after it, the builder takes nothing more.
/// </remarks>
public sealed class ArticleBuilder
{
    private readonly List<SectionParts> _sections = [new()];
    // Until BuildSections, then their exact array (a growing list allocated the arrays it outgrew too).
    private PooledList<RelatedArticle> _related = new();
    private RelatedArticle[]? _builtRelated;
    private IReadOnlyList<ArticleSection>? _builtSections;
    private bool _explicitSections;

    /// <summary>Starts collecting for the parse that <paramref name="context"/> belongs to.</summary>
    public ArticleBuilder(ParseContext context) => Context = context;

    /// <summary>The parse this builder collects for.</summary>
    public ParseContext Context { get; }

    /// <summary>The document.</summary>
    public SourceText Source => Context.Source;

    /// <summary>When true, the first two sections' paragraphs are aligned (Gale–Church).</summary>
    public bool AlignSections { get; set; }

    // The section being collected; refused once the sections are built.
    private SectionParts Current
    {
        get
        {
            ThrowIfBuilt();
            return _sections[^1];
        }
    }

    private void ThrowIfBuilt()
    {
        if (_builtSections is not null)
            throw new InvalidOperationException("this builder has built its sections (BuildSections): a builder builds one article and takes nothing after that");
    }

    /// <summary>Starts a new language section; the first call turns the article into a multi-section one.</summary>
    public void BeginSection()
    {
        ThrowIfBuilt();
        if (!_explicitSections)
        {
            _explicitSections = true;
            if (Current.IsEmpty) return;
        }
        _sections.Add(new SectionParts());
    }

    /// <summary>Sets the current section's headline.</summary>
    public void SetHeadline(TextSpan span) => Current.Headline = Source.Value(span);

    /// <summary>Adds an image caption with its credit.</summary>
    public void AddCaption(TextSpan text, TextSpan? credit)
    {
        var value = Source.Value(text) ?? Source.Value(credit ?? text);
        if (value is null) return;

        // The caption's quotes are attributed with the section's (BuildSections), so that its
        // speakers join the section's list.
        Current.CaptionTexts.Add(value.Value.Span);
        Current.CaptionCredits.Add(credit is { } c ? Source.Value(c) : null);
    }

    /// <summary>Sets the dateline leading the current section's first paragraph.</summary>
    public void SetDateline(Dateline? dateline) => Current.Dateline ??= dateline;

    /// <summary>
    /// Builds a dateline from the spans a dateline pattern captured; numbers are read with
    /// <see cref="DatelineValues"/>. Null when <paramref name="raw"/> is blank. Its
    /// <see cref="Dateline.Places"/> are an array of the places that are not blank, in the order
    /// given (the shared empty array when there are none).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null (a dateline without places has an empty list).</exception>
    public Dateline? MakeDateline(TextSpan raw, IReadOnlyList<TextSpan> places, TextSpan? day, TextSpan? month, TextSpan? year, TextSpan? agency)
    {
        ArgumentNullException.ThrowIfNull(places);
        return MakeDateline(raw, ListSpans.Of(places), day, month, year, agency);
    }

    /// <summary>
    /// As <see cref="MakeDateline(TextSpan, IReadOnlyList{TextSpan}, TextSpan?, TextSpan?, TextSpan?, TextSpan?)"/>,
    /// with the places as a span (<see cref="CaptureList.AllBuffered"/>, which generated parsers pass).
    /// </summary>
    public Dateline? MakeDateline(TextSpan raw, ReadOnlySpan<TextSpan> places, TextSpan? day, TextSpan? month, TextSpan? year, TextSpan? agency)
    {
        if (Source.Value(raw) is not { } rawValue) return null;

        // An array of the places' number (none shared by every dateline without places), not a list
        // grown as they are added: an object fewer per dateline, and no room to spare.
        var placeValues = places.IsEmpty ? [] : new TextValue[places.Length];
        var count = 0;
        foreach (var place in places)
            if (Source.Value(place) is { } value) placeValues[count++] = value;
        if (count < placeValues.Length) placeValues = count == 0 ? [] : placeValues[..count];
        return new Dateline(
            rawValue,
            placeValues,
            CaptureValues.Int(Source, day),
            CaptureValues.Month(Source, month),
            CaptureValues.Int(Source, year),
            agency is { } a ? Source.Value(a) : null);
    }

    /// <summary>Adds a subheading before the next paragraph of the current section.</summary>
    public void AddSubheading(TextSpan span)
    {
        if (Source.Value(span) is { } value) Current.Subheadings.Add(new Subheading(value, Current.Paragraphs.Count + 1));
    }

    /// <summary>Adds a body paragraph to the current section.</summary>
    public void AddParagraph(TextSpan span)
    {
        var trimmed = Source.Trim(span);
        if (!trimmed.IsEmpty) Current.Paragraphs.Add(trimmed);
    }

    /// <summary>Marks <paramref name="region"/> (to the end of the text) as boilerplate.</summary>
    public void SetBoilerplate(TextSpan region)
    {
        ThrowIfBuilt();
        // The region starts at a block, so its trimmed start begins the first line; the lines are
        // counted by their breaks, without listing them or building the document's line table.
        var trimmed = Source.Trim(region);
        if (trimmed.IsEmpty) return;
        var text = Source.Text;
        var firstEnd = text.AsSpan(trimmed.Start, trimmed.Length).IndexOfAny(LineBreaks.Chars);
        var first = Source.Value(new TextSpan(trimmed.Start, firstEnd < 0 ? trimmed.Length : firstEnd))!.Value;
        var lineCount = LineBreaks.CountLines(text.AsSpan(trimmed.Start, trimmed.Length));
        Boilerplate = new Boilerplate(first, lineCount, LanguageDetector.Detect(first.Chars));
    }

    /// <summary>Adds a related-article teaser.</summary>
    public void AddRelated(TextSpan? caption, TextSpan headline, TextSpan? section, Dateline? dateline, TextSpan? teaser)
    {
        ThrowIfBuilt();
        // The values' trimmed spans, as Source.Value trims them (none when blank), straight into
        // the teaser's compact form rather than through four values it would take apart again.
        var headlineSpan = Source.Trim(headline);
        if (headlineSpan.IsEmpty) return;
        _related.Add(new RelatedArticle(Source, TrimmedOrNone(caption), headlineSpan, TrimmedOrNone(section), dateline, TrimmedOrNone(teaser)));
    }

    // The trimmed span of an optional value, or TeaserValues.None when it is absent or blank.
    private TextSpan TrimmedOrNone(TextSpan? span) =>
        span is { } given && Source.Trim(given) is { IsEmpty: false } trimmed ? trimmed : TeaserValues.None;

    /// <summary>The boilerplate set so far, or null.</summary>
    public Boilerplate? Boilerplate { get; private set; }

    /// <summary>
    /// The related teasers added so far, in order: once the sections are built (<see cref="BuildSections"/>),
    /// an array of them, the same at every read; before that, a copy made at each read.
    /// </summary>
    public IReadOnlyList<RelatedArticle> Related => _builtRelated ?? _related.ToArray();

    /// <summary>
    /// The finished sections: paragraph languages detected, quotes found (headline = paragraph 0),
    /// classified and attributed, with the section's speakers. A single-section article has exactly one.
    /// </summary>
    /// <remarks>
    /// Builds once, and gives back the storage the builder borrowed: a later call returns the same
    /// sections, and the methods that add to the article throw <see cref="InvalidOperationException"/>.
    /// </remarks>
    public IReadOnlyList<ArticleSection> BuildSections()
    {
        if (_builtSections is { } built) return built;
        var result = new List<ArticleSection>(_sections.Count);
        foreach (var parts in _sections)
        {
            if (_explicitSections && parts.IsEmpty) continue;
            result.Add(parts.Build(Source));
        }
        if (result.Count == 0) result.Add(new SectionParts().Build(Source));
        foreach (var parts in _sections) parts.Return();
        _builtRelated = _related.ToArrayAndReturn();
        return _builtSections = result;
    }

    /// <summary>True when the schema split the document into language sections.</summary>
    /// <remarks>
    /// A schema that splits by language but meets a document in one language gets one section:
    /// that is a single-section article (<c>sections</c> empty, as the JSON contract says), so a
    /// bilingual schema also reads a monolingual page of the same source correctly.
    /// </remarks>
    public bool HasSections
    {
        get
        {
            if (!_explicitSections) return false;
            // Built, the sections are the filled ones (their parts have given their lists back).
            if (_builtSections is { } built) return built.Count >= 2;
            var filled = 0;
            foreach (var section in _sections)
                if (!section.IsEmpty && ++filled == 2) return true;
            return false;
        }
    }

    /// <summary>The alignment of the first two sections' paragraphs, when <see cref="AlignSections"/> is on.</summary>
    public IReadOnlyList<AlignmentBead> BuildAlignment(IReadOnlyList<ArticleSection> sections)
    {
        if (!AlignSections || sections.Count < 2) return [];
        return GaleChurchAligner.Align(Lengths(sections[0]), Lengths(sections[1]));

        static int[] Lengths(ArticleSection section)
        {
            var lengths = new int[section.Paragraphs.Count];
            int i = 0;
            foreach (var paragraph in section.Paragraphs.Items()) lengths[i++] = paragraph.Text.Length;
            return lengths;
        }
    }


    private sealed class SectionParts
    {
        public TextValue? Headline;
        public Dateline? Dateline;
        // The paragraphs and the captions' texts as the trimmed spans of their values in the source,
        // which the attributor reads as they are: half the bytes of a list of values, and no second
        // list of their spans made for it. Borrowed from the pool (fields, not read-only: the lists
        // are mutable structs); Build reads them, Return gives them back.
        public PooledList<TextSpan> CaptionTexts = new();
        public PooledList<TextValue?> CaptionCredits = new();
        public PooledList<TextSpan> Paragraphs = new();
        public readonly List<Subheading> Subheadings = [];

        public bool IsEmpty => Headline is null && Dateline is null && CaptionTexts.Count == 0 && Subheadings.Count == 0 && Paragraphs.Count == 0;

        public ArticleSection Build(SourceText source)
        {
            var spans = Paragraphs.AsSpan();
            var paragraphs = new Paragraph[spans.Length];
            // A paragraph that is a whole block has the script (and, unless Latin, the language)
            // the section split found for it (a bilingual page's halves): its letters are not
            // tallied again. The tally also says whether the attributor reads it as Chinese.
            // Read only by the attributor: borrowed, and as long as the pool gives it.
            var hanAtLeastHalfLatin = ArrayPool<bool>.Shared.Rent(spans.Length);
            for (var i = 0; i < spans.Length; i++)
            {
                var span = spans[i];
                paragraphs[i] = new Paragraph(new TextValue(source, span), LanguageDetector.DetectKnown(source.AsSpan(span), source.BlockScripts?.Of(span), out hanAtLeastHalfLatin[i]));
            }

            var captionTexts = CaptionTexts.AsSpan();
            var attribution = QuoteAttributor.Attribute(source, Headline?.Span, spans, captionTexts, hanAtLeastHalfLatin);
            ArrayPool<bool>.Shared.Return(hanAtLeastHalfLatin);
            var credits = CaptionCredits.AsSpan();
            var captions = new Caption[captionTexts.Length];
            for (var i = 0; i < captions.Length; i++)
                captions[i] = new Caption(new TextValue(source, captionTexts[i]), credits[i], attribution.CaptionQuotes[i]);

            return new ArticleSection(ArticleLanguage.LanguageOf(paragraphs), Headline, Dateline, captions, Subheadings, paragraphs,
                attribution.Quotes, attribution.Speakers);
        }

        // Gives the borrowed lists back, once the section is built.
        public void Return()
        {
            CaptionTexts.Return();
            CaptionCredits.Return();
            Paragraphs.Return();
        }
    }
}
