using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Collections;

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
        var tally = new LanguageTally();
        foreach (var paragraph in paragraphs.Items())
        {
            if (paragraph.Language != LanguageDetector.Undetermined) tally.Add(paragraph.Language, paragraph.Text.Length);
        }

        return tally.Leader() ?? LanguageDetector.Undetermined;
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
            else if (!string.Equals(language, section.Language)) return Mixed;
        }
        return language ?? LanguageDetector.Undetermined;
    }
}
