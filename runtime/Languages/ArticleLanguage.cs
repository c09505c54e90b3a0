using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Languages;

/// <summary>Combines paragraph languages into the language of a section or an article.</summary>
public static class ArticleLanguage
{
    /// <summary>The tag used when an article's sections are in different languages.</summary>
    public const string Mixed = "mixed";

    /// <summary>
    /// The language of most paragraphs (ties go to the language with more text); <c>und</c> when
    /// there are none. Paragraphs are counted, not characters, because scripts differ in density:
    /// an English paragraph has about three times the characters of its Chinese translation.
    /// </summary>
    public static string LanguageOf(IReadOnlyList<Paragraph> paragraphs)
    {
        var weights = new Dictionary<string, (int Paragraphs, int Characters)>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Language == LanguageDetector.Undetermined) continue;
            var (count, characters) = weights.GetValueOrDefault(paragraph.Language);
            weights[paragraph.Language] = (count + 1, characters + paragraph.Text.Text.Length);
        }
        return weights.Count == 0
            ? LanguageDetector.Undetermined
            : weights.OrderByDescending(w => w.Value.Paragraphs).ThenByDescending(w => w.Value.Characters)
                .ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>The article's language: its sections' language when they agree, else <see cref="Mixed"/>.</summary>
    public static string LanguageOf(IReadOnlyList<ArticleSection> sections)
    {
        var distinct = sections.Select(s => s.Language).Where(l => l != LanguageDetector.Undetermined).Distinct().ToList();
        return distinct.Count switch
        {
            0 => LanguageDetector.Undetermined,
            1 => distinct[0],
            _ => Mixed,
        };
    }
}
