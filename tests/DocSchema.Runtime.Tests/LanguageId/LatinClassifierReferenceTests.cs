using DocSchema.Runtime.Languages;

namespace DocSchema.Runtime.Tests.LanguageId;

/// <summary>
/// The classifier reads words in one loop with its costs in vector registers, a rolling trigram
/// key and unchecked table reads; it must add up to what the plain reading gives: every
/// character's symbol in turn, a combining mark skipped, every cost summed one by one. Seeded
/// random texts over an alphabet that mixes ASCII, Latin-1, Vietnamese letters, combining marks,
/// full-width Latin and other scripts, and the early stop where it applies.
/// </summary>
public class LatinClassifierReferenceTests
{
    private const string Alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" // ASCII letters and digits
        + "àáâãçèéêëíñóôõöúüßœăđơưłşÅÆØ" // Latin-1 and Extended-A/B
        + "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" // Vietnamese (Latin Extended Additional)
        + "\u0300\u0301\u0303\u0309\u0323" // combining marks
        + "ＡｂＣｄ" // full-width Latin
        + "特朗普说αβγ" // other scripts
        + "    ,.;:'’-\"()!?\n"; // boundaries

    // Words, so that texts also read as a language and the early stop and the Malay–Indonesian
    // markers come into play; the Vietnamese ones written both precomposed and with combining marks.
    private static readonly string[] s_words =
    [
        "the", "president", "said", "on", "Tuesday", "that", "talks", "would", "continue", "ceasefire",
        "le", "gouvernement", "annonce", "une", "réforme", "der", "Regierung", "kündigt", "an",
        "kerajaan", "berkata", "bagi", "beliau", "pemerintah", "mengatakan", "untuk", "warga", "tidak",
        "Chính", "phủ", "công", "bố", "cải", "cách", "mới", "Chính", "phỏ", "cống",
    ];

    [Fact]
    public void Classifying_gives_what_summing_every_characters_costs_gives()
    {
        var random = new Random(20261123);
        for (int round = 0; round < 3_000; round++)
        {
            var builder = new System.Text.StringBuilder();
            int length = random.Next(1, 700);
            while (builder.Length < length)
            {
                if (round % 2 == 0) builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                else builder.Append(s_words[random.Next(s_words.Length)]).Append(random.Next(8) == 0 ? Alphabet[random.Next(Alphabet.Length)] : ' ');
            }

            var text = builder.ToString();
            foreach (int decidedAfter in (int[])[LatinLanguageClassifier.DecidedAfter, int.MaxValue])
            {
                var expected = Reference(text, decidedAfter, out int expectedRead);
                var actual = LatinLanguageClassifier.Classify(text, decidedAfter, out int actualRead);
                Assert.True(expected == actual && expectedRead == actualRead,
                    $"round {round}, decidedAfter {decidedAfter}: {expected}/{expectedRead} expected, {actual}/{actualRead} given for \"{text}\"");
            }
        }
    }

    // The classifier as plainly as it can be written: each character's symbol, costs in longs.
    private static string Reference(string whole, int decidedAfter, out int charactersRead)
    {
        var text = whole.AsSpan();
        if (text.Length > LatinLanguageClassifier.MaxCharacters)
        {
            var cut = text[..LatinLanguageClassifier.MaxCharacters].LastIndexOf(' ');
            text = text[..(cut > 0 ? cut : LatinLanguageClassifier.MaxCharacters)];
        }

        var costs = new long[LatinLanguageProfiles.LanguageCount];
        Add(costs, LatinLanguageProfiles.Priors);
        var words = new List<uint>();
        charactersRead = text.Length;
        int i = 0;
        while (i < text.Length)
        {
            byte first = LatinSymbols.Of(text[i++]);
            if (first is LatinSymbols.Boundary or LatinSymbols.Skip) continue;
            int beforePrevious = LatinSymbols.Boundary, previous = first;
            uint key = LatinSymbols.NextWordKey(LatinSymbols.EmptyWordKey, first);
            for (; i < text.Length; i++)
            {
                byte symbol = LatinSymbols.Of(text[i]);
                if (symbol == LatinSymbols.Skip) continue;
                if (symbol == LatinSymbols.Boundary) break;
                Add(costs, Row(LatinLanguageProfiles.TrigramKeys, LatinLanguageProfiles.TrigramCosts, (beforePrevious << 12) | (previous << 6) | symbol));
                beforePrevious = previous;
                previous = symbol;
                key = LatinSymbols.NextWordKey(key, symbol);
            }

            Add(costs, Row(LatinLanguageProfiles.TrigramKeys, LatinLanguageProfiles.TrigramCosts, (beforePrevious << 12) | (previous << 6)));
            Add(costs, Row(LatinLanguageProfiles.WordKeys, LatinLanguageProfiles.WordCosts, key));
            if (words.Count < LatinLanguageClassifier.MaxCharacters / 2 + 1) words.Add(key);
            if (i >= decidedAfter)
            {
                int leader = Cheapest(costs);
                long next = long.MaxValue;
                for (int language = 0; language < costs.Length; language++)
                    if (language != leader) next = Math.Min(next, costs[language]);
                if (next - costs[leader] >= LatinLanguageClassifier.DecidedMargin
                    && leader is not (LatinLanguageProfiles.Malay or LatinLanguageProfiles.Indonesian))
                {
                    charactersRead = i;
                    break;
                }
            }

            i++;
        }

        int best = Cheapest(costs);
        if (best is LatinLanguageProfiles.Malay or LatinLanguageProfiles.Indonesian)
        {
            long malayOverIndonesian = words.Sum(w => (long)MalayIndonesianMarkers.WeightOf(w));
            if (malayOverIndonesian != 0) best = malayOverIndonesian > 0 ? LatinLanguageProfiles.Malay : LatinLanguageProfiles.Indonesian;
        }

        return LatinLanguageProfiles.Tags[best];
    }

    // A feature's row of costs found in the profiles themselves (their keys are sorted), not
    // through the classifier's lookup tables: empty when no table has the key.
    private static ReadOnlySpan<byte> Row<TKey>(TKey[] keys, ReadOnlySpan<byte> costs, TKey key)
    {
        int row = Array.BinarySearch(keys, key);
        return row < 0 ? default : costs.Slice(row * LatinLanguageProfiles.LanguageCount, LatinLanguageProfiles.LanguageCount);
    }

    private static void Add(long[] costs, ReadOnlySpan<byte> row)
    {
        if (row.IsEmpty) return;
        for (int language = 0; language < costs.Length; language++) costs[language] += row[language];
    }

    private static int Cheapest(long[] costs)
    {
        int best = 0;
        for (int language = 1; language < costs.Length; language++)
            if (costs[language] < costs[best]) best = language;
        return best;
    }
}
