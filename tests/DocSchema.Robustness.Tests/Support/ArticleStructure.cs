using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// How an article's values relate to each other, whatever the input: paragraphs in text order and
/// disjoint; a quote inside the paragraph it names (0 = the headline); a caption's quotes inside
/// the caption; a subheading before a paragraph that exists (or after the last); a dateline before
/// the first paragraph, its places and agency inside it; related teasers inside the boilerplate;
/// alignment links covering each section's paragraphs once, in order.
/// </summary>
internal static class ArticleStructure
{
    /// <summary>The problems found in <paramref name="article"/>, empty when there are none.</summary>
    public static IEnumerable<string> Problems(Article article)
    {
        var sections = article.Sections.Count > 0
            ? article.Sections.Select((s, i) => ($"sections[{i}].", s.Headline, s.Dateline, s.Captions, s.Subheadings, s.Paragraphs, s.Quotes)).ToList()
            : [("", article.Headline, article.Dateline, article.Captions, article.Subheadings, article.Paragraphs, article.Quotes)];

        foreach (var (prefix, headline, dateline, captions, subheadings, paragraphs, quotes) in sections)
        {
            for (var i = 1; i < paragraphs.Count; i++)
                if (paragraphs[i].Text.Span.Start < paragraphs[i - 1].Text.Span.End)
                    yield return $"{prefix}paragraphs[{i}] at {paragraphs[i].Text.Span} does not follow paragraphs[{i - 1}] at {paragraphs[i - 1].Text.Span}";

            foreach (var problem in QuoteProblems(prefix, headline, paragraphs, quotes)) yield return problem;

            for (var i = 0; i < captions.Count; i++)
                foreach (var quote in captions[i].Quotes)
                    if (!captions[i].Text.Span.Contains(quote.Text.Span))
                        yield return $"{prefix}captions[{i}] quote at {quote.Text.Span} lies outside the caption at {captions[i].Text.Span}";

            for (var i = 0; i < subheadings.Count; i++)
                if (subheadings[i].BeforeParagraph < 1 || subheadings[i].BeforeParagraph > paragraphs.Count + 1)
                    yield return $"{prefix}subheadings[{i}] stands before paragraph {subheadings[i].BeforeParagraph} of {paragraphs.Count}";

            foreach (var problem in DatelineProblems(prefix + "dateline", dateline)) yield return problem;
            if (dateline is not null && paragraphs.Count > 0 && dateline.Raw.Span.End > paragraphs[0].Text.Span.Start)
                yield return $"{prefix}dateline at {dateline.Raw.Span} does not come before the first paragraph at {paragraphs[0].Text.Span}";
        }

        for (var i = 0; i < article.Related.Count; i++)
        {
            var related = article.Related[i];
            if (article.Boilerplate is not { } boilerplate)
            {
                yield return $"related[{i}] without boilerplate";
                continue;
            }
            if (related.Headline.Span.Start < boilerplate.Start.Span.Start)
                yield return $"related[{i}].headline at {related.Headline.Span} comes before the boilerplate at {boilerplate.Start.Span}";
            foreach (var problem in DatelineProblems($"related[{i}].dateline", related.Dateline)) yield return problem;
        }

        if (article.Boilerplate is { } b && b.Lines < 1) yield return $"boilerplate has {b.Lines} lines";

        foreach (var problem in OverlapProblems(article, sections.Select(s => (s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6)))) yield return problem;
        foreach (var problem in SectionProblems(article)) yield return problem;
        foreach (var problem in LanguageProblems(article)) yield return problem;

        foreach (var problem in AlignmentProblems(article)) yield return problem;
    }

    // Each piece of text belongs to one role: headlines, datelines, captions, subheadings, paragraphs
    // and the boilerplate's first line never overlap (a caption's credit lies inside the caption's
    // block, and a caption that is only a credit is its own credit, so credits are left out).
    private static IEnumerable<string> OverlapProblems(Article article,
        IEnumerable<(string Prefix, TextValue? Headline, Dateline? Dateline, IReadOnlyList<Caption> Captions, IReadOnlyList<Subheading> Subheadings, IReadOnlyList<Paragraph> Paragraphs)> sections)
    {
        var spans = new List<(TextSpan Span, string Path)>();
        foreach (var (prefix, headline, dateline, captions, subheadings, paragraphs) in sections)
        {
            if (headline is { } h) spans.Add((h.Span, prefix + "headline"));
            if (dateline is not null) spans.Add((dateline.Raw.Span, prefix + "dateline"));
            for (var i = 0; i < captions.Count; i++) spans.Add((captions[i].Text.Span, $"{prefix}captions[{i}]"));
            for (var i = 0; i < subheadings.Count; i++) spans.Add((subheadings[i].Text.Span, $"{prefix}subheadings[{i}]"));
            for (var i = 0; i < paragraphs.Count; i++) spans.Add((paragraphs[i].Text.Span, $"{prefix}paragraphs[{i}]"));
        }
        if (article.Boilerplate is { } boilerplate) spans.Add((boilerplate.Start.Span, "boilerplate.start"));
        spans.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        for (var i = 1; i < spans.Count; i++)
            if (spans[i].Span.Start < spans[i - 1].Span.End)
                yield return $"{spans[i].Path} at {spans[i].Span} overlaps {spans[i - 1].Path} at {spans[i - 1].Span}";
    }

    // Sections follow each other in the text, and the top-level members are the first section's.
    private static IEnumerable<string> SectionProblems(Article article)
    {
        if (article.Sections.Count == 0) yield break;
        var first = article.Sections[0];
        if (!Equals(article.Headline, first.Headline) || !ReferenceEquals(article.Paragraphs, first.Paragraphs) || !ReferenceEquals(article.Quotes, first.Quotes))
            yield return "the top-level headline, paragraphs or quotes are not those of sections[0]";
        for (var i = 1; i < article.Sections.Count; i++)
        {
            var before = Spans(article.Sections[i - 1]).DefaultIfEmpty().Max(s => s.End);
            var start = Spans(article.Sections[i]).Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min();
            if (start < before) yield return $"sections[{i}] starts at {start}, before sections[{i - 1}] ends at {before}";
        }

        static IEnumerable<TextSpan> Spans(ArticleSection section) =>
            section.Paragraphs.Select(p => p.Text.Span)
                .Concat(section.Captions.Select(c => c.Text.Span))
                .Concat(section.Subheadings.Select(s => s.Text.Span))
                .Concat(section.Headline is { } h ? [h.Span] : []);
    }

    private static IEnumerable<string> LanguageProblems(Article article)
    {
        if (!IsLanguageTag(article.Language) && article.Language != "mixed") yield return $"language '{article.Language}' is not a BCP 47 tag";
        foreach (var (paragraph, i) in article.Paragraphs.Select((p, i) => (p, i)))
            if (!IsLanguageTag(paragraph.Language)) yield return $"paragraphs[{i}].language '{paragraph.Language}' is not a BCP 47 tag";
        foreach (var (section, i) in article.Sections.Select((s, i) => (s, i)))
            if (!IsLanguageTag(section.Language)) yield return $"sections[{i}].language '{section.Language}' is not a BCP 47 tag";

        // A language, optionally a script: en, und, zh-Hans.
        static bool IsLanguageTag(string tag) => System.Text.RegularExpressions.Regex.IsMatch(tag, "^[a-z]{2,3}(-[A-Z][a-z]{3})?$");
    }

    private static IEnumerable<string> QuoteProblems(string prefix, TextValue? headline, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            TextSpan? around = quote.Paragraph == 0 ? headline?.Span
                : quote.Paragraph <= paragraphs.Count ? paragraphs[quote.Paragraph - 1].Text.Span
                : null;
            if (around is not { } span)
                yield return $"{prefix}quotes[{i}] names paragraph {quote.Paragraph}, which does not exist ({paragraphs.Count} paragraphs, headline {(headline is null ? "absent" : "present")})";
            else if (!span.Contains(quote.Text.Span))
                yield return $"{prefix}quotes[{i}] at {quote.Text.Span} lies outside its paragraph {quote.Paragraph} at {span}";
        }
    }

    private static IEnumerable<string> DatelineProblems(string path, Dateline? dateline)
    {
        if (dateline is null) yield break;
        for (var i = 0; i < dateline.Places.Count; i++)
            if (!dateline.Raw.Span.Contains(dateline.Places[i].Span))
                yield return $"{path}.places[{i}] at {dateline.Places[i].Span} lies outside the dateline at {dateline.Raw.Span}";
        if (dateline.Agency is { } agency && !dateline.Raw.Span.Contains(agency.Span))
            yield return $"{path}.agency at {agency.Span} lies outside the dateline at {dateline.Raw.Span}";
        if (dateline.Day is < 1 or > 31) yield return $"{path}.day is {dateline.Day}";
        if (dateline.Month is < 1 or > 12) yield return $"{path}.month is {dateline.Month}";
    }

    private static IEnumerable<string> AlignmentProblems(Article article)
    {
        if (article.Alignment.Count == 0) yield break;
        if (article.Sections.Count < 2)
        {
            yield return $"{article.Alignment.Count} alignment links without two sections";
            yield break;
        }
        int from = 0, to = 0;
        for (var i = 0; i < article.Alignment.Count; i++)
        {
            var bead = article.Alignment[i];
            if (bead.FromCount is < 0 or > 2 || bead.ToCount is < 0 or > 2 || bead.FromCount + bead.ToCount == 0)
                yield return $"alignment[{i}] links {bead.FromCount} to {bead.ToCount} paragraphs";
            if (bead.From != (bead.FromCount > 0 ? from + 1 : null) || bead.To != (bead.ToCount > 0 ? to + 1 : null))
                yield return $"alignment[{i}] starts at {bead.From}/{bead.To}, expected after {from}/{to}";
            from += bead.FromCount;
            to += bead.ToCount;
        }
        if (from != article.Sections[0].Paragraphs.Count || to != article.Sections[1].Paragraphs.Count)
            yield return $"alignment covers {from}/{to} paragraphs, the sections have {article.Sections[0].Paragraphs.Count}/{article.Sections[1].Paragraphs.Count}";
    }
}
