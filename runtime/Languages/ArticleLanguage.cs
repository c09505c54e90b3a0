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
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Language == LanguageDetector.Undetermined) continue;
            var (count, characters) = weights.GetValueOrDefault(paragraph.Language);
            weights[paragraph.Language] = (count + 1, characters + paragraph.Text.Text.Length);
        }

        // Most paragraphs, then most characters, then the first tag in ordinal order: a total
        // order, so the answer never depends on the dictionary's order.
        string? best = null;
        (int Paragraphs, int Characters) bestWeight = (0, 0);
        foreach (var (language, weight) in weights)
        {
            if (best is null || weight.Paragraphs > bestWeight.Paragraphs
                || (weight.Paragraphs == bestWeight.Paragraphs && (weight.Characters > bestWeight.Characters
                    || (weight.Characters == bestWeight.Characters && string.CompareOrdinal(language, best) < 0))))
            {
                best = language;
                bestWeight = weight;
            }
        }
        return best ?? LanguageDetector.Undetermined;
    }

    /// <summary>The article's language: its sections' language when they agree, else <see cref="Mixed"/>.</summary>
    public static string LanguageOf(IReadOnlyList<ArticleSection> sections)
    {
        string? language = null;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Language == LanguageDetector.Undetermined) continue;
            if (language is null) language = section.Language;
            else if (!string.Equals(language, section.Language, StringComparison.Ordinal)) return Mixed;
        }
        return language ?? LanguageDetector.Undetermined;
    }
}
