using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Every <see cref="TextValue"/> an article holds, each with a path that names where it is
/// (<c>sections[1].paragraphs[3]</c>): headline, dateline raw/places/agency, captions and credits
/// and their quotes, subheadings, paragraphs, quotes, boilerplate start, related fields, sections.
/// </summary>
internal static class ArticleValues
{
    /// <summary>The values of <paramref name="article"/>, the top-level members first.</summary>
    public static IEnumerable<(string Path, TextValue Value)> Of(Article article)
    {
        foreach (var value in Body("", article.Headline, article.Dateline, article.Captions, article.Subheadings,
                     article.Paragraphs.Select(p => p.Text), article.Quotes))
            yield return value;

        if (article.Boilerplate is { } boilerplate) yield return ("boilerplate.start", boilerplate.Start);

        for (var i = 0; i < article.Related.Count; i++)
        {
            var related = article.Related[i];
            var path = $"related[{i}]";
            if (related.Caption is { } caption) yield return (path + ".caption", caption);
            yield return (path + ".headline", related.Headline);
            if (related.Section is { } section) yield return (path + ".section", section);
            foreach (var value in Dateline(path + ".dateline", related.Dateline)) yield return value;
            if (related.Teaser is { } teaser) yield return (path + ".teaser", teaser);
        }

        for (var i = 0; i < article.Sections.Count; i++)
        {
            var s = article.Sections[i];
            foreach (var value in Body($"sections[{i}].", s.Headline, s.Dateline, s.Captions, s.Subheadings, s.Paragraphs.Select(p => p.Text), s.Quotes))
                yield return value;
        }
    }

    private static IEnumerable<(string, TextValue)> Body(string prefix, TextValue? headline, Dateline? dateline,
        IReadOnlyList<Caption> captions, IReadOnlyList<Subheading> subheadings, IEnumerable<TextValue> paragraphs, IReadOnlyList<Quote> quotes)
    {
        if (headline is { } h) yield return (prefix + "headline", h);
        foreach (var value in Dateline(prefix + "dateline", dateline)) yield return value;
        for (var i = 0; i < captions.Count; i++)
        {
            yield return ($"{prefix}captions[{i}].text", captions[i].Text);
            if (captions[i].Credit is { } credit) yield return ($"{prefix}captions[{i}].credit", credit);
            for (var q = 0; q < captions[i].Quotes.Count; q++) yield return ($"{prefix}captions[{i}].quotes[{q}]", captions[i].Quotes[q].Text);
        }
        for (var i = 0; i < subheadings.Count; i++) yield return ($"{prefix}subheadings[{i}]", subheadings[i].Text);
        var n = 0;
        foreach (var paragraph in paragraphs) yield return ($"{prefix}paragraphs[{n++}]", paragraph);
        for (var i = 0; i < quotes.Count; i++) yield return ($"{prefix}quotes[{i}]", quotes[i].Text);
    }

    private static IEnumerable<(string, TextValue)> Dateline(string path, Dateline? dateline)
    {
        if (dateline is null) yield break;
        yield return (path + ".raw", dateline.Raw);
        for (var i = 0; i < dateline.Places.Count; i++) yield return ($"{path}.places[{i}]", dateline.Places[i]);
        if (dateline.Agency is { } agency) yield return (path + ".agency", agency);
    }
}
