using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A section's language is that of most of its paragraphs, ties going to more characters, then to
/// the first tag in ordinal order; undetermined paragraphs do not count.
/// </summary>
public class ArticleLanguageTests
{
    private static readonly string[] s_tags = ["en", "zh-Hans", "zh-Hant", "ms", "id", "fr", "de", "vi", "und", "es"];

    [Fact]
    public void Most_paragraphs_win_then_most_characters_then_the_first_tag_in_ordinal_order()
    {
        Assert.Equal("zh-Hans", LanguageOf(("en", 500), ("zh-Hans", 10), ("zh-Hans", 10)));
        Assert.Equal("en", LanguageOf(("zh-Hans", 60), ("en", 61)));
        Assert.Equal("en", LanguageOf(("zh-Hans", 60), ("en", 60)));
        Assert.Equal("de", LanguageOf(("fr", 5), ("en", 5), ("de", 5)));
    }

    [Fact]
    public void Undetermined_paragraphs_do_not_count_and_none_at_all_is_undetermined()
    {
        Assert.Equal("fr", LanguageOf(("und", 9), ("und", 9), ("fr", 1)));
        Assert.Equal(LanguageDetector.Undetermined, LanguageOf(("und", 9)));
        Assert.Equal(LanguageDetector.Undetermined, LanguageOf());
    }

    [Fact]
    public void A_language_beyond_the_first_four_can_win()
    {
        // Four languages first, each once; the fifth and sixth twice: counted past the tally's places.
        Assert.Equal("es", LanguageOf(("en", 1), ("fr", 1), ("de", 1), ("ms", 1), ("vi", 3), ("es", 3), ("es", 1), ("vi", 1)));
    }

    [Fact]
    public void Random_sections_get_what_a_count_of_every_tag_gives()
    {
        var random = new Random(20261123);
        for (int round = 0; round < 5_000; round++)
        {
            // Tags as new strings: equal tags need not be the same object.
            var paragraphs = Enumerable.Range(0, random.Next(0, 30))
                .Select(_ => (new string(s_tags[random.Next(random.Next(1, s_tags.Length + 1))].AsSpan()), random.Next(0, 4)))
                .ToArray();
            Assert.Equal(Expected(paragraphs), LanguageOf(paragraphs));
        }
    }

    // Every tag's paragraphs and characters counted, then the order the contract gives.
    private static string Expected((string Tag, int Characters)[] paragraphs)
    {
        var counted = paragraphs.Where(p => p.Tag != "und").GroupBy(p => p.Tag)
            .Select(g => (Tag: g.Key, Paragraphs: g.Count(), Characters: g.Sum(p => p.Characters)))
            .OrderByDescending(t => t.Paragraphs).ThenByDescending(t => t.Characters).ThenBy(t => t.Tag, StringComparer.Ordinal);
        return counted.Select(t => t.Tag).FirstOrDefault() ?? "und";
    }

    private static string LanguageOf(params (string Tag, int Characters)[] paragraphs) =>
        ArticleLanguage.LanguageOf(paragraphs.Select(p => new Paragraph(new TextValue(new string('x', p.Characters), default), p.Tag)).ToList());
}
