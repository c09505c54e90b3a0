using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Articles;

/// <summary>
/// A teaser's four text values (<see cref="RelatedArticle"/>'s caption, headline, section and
/// teaser text) in forty bytes, where four values take sixty-four. A parse's values are slices of
/// one document: it is kept once, with the four spans. Values of any other kind (made from
/// strings, from different documents, or with a null text) are kept as they are, in an object of
/// their own.
/// </summary>
/// <remarks>
/// A page of teasers makes one <see cref="RelatedArticle"/> a teaser, and those were the largest
/// share of what its parse allocated besides the text (the twenty-sixth round in
/// docs/performance-history.md): 88 bytes each, now 64. An absent optional value is a span starting at -1,
/// which no slice has.
/// </remarks>
internal readonly struct TeaserValues
{
    // The document all four are slices of, or a Loose holding the values themselves.
    private readonly object _store;
    private readonly TextSpan _caption, _headline, _section, _teaser;

    private TeaserValues(object store, TextSpan caption, TextSpan headline, TextSpan section, TextSpan teaser)
    {
        _store = store;
        (_caption, _headline, _section, _teaser) = (caption, headline, section, teaser);
    }

    /// <summary>The span of an absent optional value: no slice starts at -1.</summary>
    public static TextSpan None => new(-1, 0);

    /// <summary>The slices of <paramref name="source"/> at the spans (<see cref="None"/> for an absent optional value), as a parse makes them.</summary>
    public static TeaserValues Slices(SourceText source, TextSpan caption, TextSpan headline, TextSpan section, TextSpan teaser) =>
        new(source, caption, headline, section, teaser);

    /// <summary>The four values, kept as spans of their document when they are all slices of the same one.</summary>
    public static TeaserValues Of(TextValue? caption, TextValue headline, TextValue? section, TextValue? teaser)
    {
        if (headline.SliceSource is { } source && IsSliceOrNone(caption, source) && IsSliceOrNone(section, source) && IsSliceOrNone(teaser, source))
            return new(source, SpanOrNone(caption), headline.Span, SpanOrNone(section), SpanOrNone(teaser));
        return new(new Loose(caption, headline, section, teaser), default, default, default, default);
    }

    /// <summary>The picture's caption, or null.</summary>
    public TextValue? Caption
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _store is SourceText source ? Slice(source, _caption) : ((Loose)_store).Caption;
    }

    /// <summary>The headline.</summary>
    public TextValue Headline
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _store is SourceText source ? new TextValue(source, _headline) : ((Loose)_store).Headline;
    }

    /// <summary>The section label, or null.</summary>
    public TextValue? Section
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _store is SourceText source ? Slice(source, _section) : ((Loose)_store).Section;
    }

    /// <summary>The teaser text, or null.</summary>
    public TextValue? Teaser
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _store is SourceText source ? Slice(source, _teaser) : ((Loose)_store).Teaser;
    }

    private static bool IsSliceOrNone(TextValue? value, SourceText source) =>
        value is not { } v || (ReferenceEquals(v.SliceSource, source) && v.Span.Start >= 0);

    private static TextSpan SpanOrNone(TextValue? value) => value is { } v ? v.Span : None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TextValue? Slice(SourceText source, TextSpan span) => span.Start < 0 ? null : new TextValue(source, span);

    // The values as given, when they are not all slices of one document (rare: a parse makes slices).
    private sealed record Loose(TextValue? Caption, TextValue Headline, TextValue? Section, TextValue? Teaser);
}
