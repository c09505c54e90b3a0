using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// The paragraphs and characters of each language of a section, for <see cref="ArticleLanguage"/>:
/// the first few languages in place, searched one by one, the rest (a section that has them is
/// rare) in a dictionary.
/// </summary>
/// <remarks>
/// A section has one language, two on a bilingual page, seldom more; a dictionary made for each
/// section hashed every paragraph's tag twice (about 270 instructions a paragraph), where a search
/// of one or two tags, equal by reference as the detector gives them, takes a few.
/// </remarks>
internal struct LanguageTally
{
    private const int InPlace = 4;

    private Entries _entries;
    private int _count;
    private Dictionary<string, (int Paragraphs, int Characters)>? _more;

    /// <summary>Counts a paragraph of <paramref name="characters"/> characters in <paramref name="language"/>.</summary>
    public void Add(string language, int characters)
    {
        // A null tag would read as "none yet" in Leader; the dictionary this replaced refused it too.
        ArgumentNullException.ThrowIfNull(language);
        for (int i = 0; i < _count; i++)
        {
            ref var entry = ref _entries[i];
            if (!string.Equals(entry.Language, language)) continue;
            entry.Paragraphs++;
            entry.Characters += characters;
            return;
        }

        if (_count < InPlace)
        {
            _entries[_count++] = new Entry { Language = language, Paragraphs = 1, Characters = characters };
            return;
        }

        _more ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var (paragraphs, total) = _more.GetValueOrDefault(language);
        _more[language] = (paragraphs + 1, total + characters);
    }

    /// <summary>
    /// The language of most paragraphs, then of most characters, then the first tag in ordinal
    /// order: a total order, so the answer never depends on the order of the tally. Null when nothing was counted.
    /// </summary>
    public readonly string? Leader()
    {
        string? best = null;
        (int Paragraphs, int Characters) bestWeight = (0, 0);
        for (int i = 0; i < _count; i++) Consider(_entries[i].Language!, (_entries[i].Paragraphs, _entries[i].Characters), ref best, ref bestWeight);
        if (_more is not null)
        {
            foreach (var (language, weight) in _more) Consider(language, weight, ref best, ref bestWeight);
        }

        return best;
    }

    private static void Consider(string language, (int Paragraphs, int Characters) weight, ref string? best, ref (int Paragraphs, int Characters) bestWeight)
    {
        if (best is null || weight.Paragraphs > bestWeight.Paragraphs
            || (weight.Paragraphs == bestWeight.Paragraphs && (weight.Characters > bestWeight.Characters
                || (weight.Characters == bestWeight.Characters && string.CompareOrdinal(language, best) < 0))))
        {
            best = language;
            bestWeight = weight;
        }
    }

    private struct Entry
    {
        public string? Language;
        public int Paragraphs;
        public int Characters;
    }

    [InlineArray(InPlace)]
    private struct Entries
    {
        private Entry _first;
    }
}
