using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Names the language of a text whose letters are mostly Latin: English, Malay, Indonesian,
/// French, German, Spanish, Portuguese, Italian, Dutch or Vietnamese. A text in another
/// Latin-script language gets the nearest of these; a text with nothing to go by gets English.
/// </summary>
/// <remarks>
/// Naive Bayes over two kinds of feature, read in one pass with no allocation: the character
/// trigrams of each word padded with spaces (" the " gives " th", "the", "he "), and whole words.
/// Each language's cost is its prior plus the sum of its costs -ln P(feature | language) from
/// <see cref="LatinLanguageProfiles"/> (the prior puts English, the most common Latin-script
/// language of the press, 6 nats ahead, which decides only texts of two or three words); features
/// in no table cost every language the same and add nothing. The cheapest language wins, ties
/// going to the earlier one in <see cref="LatinLanguageProfiles.Tags"/>.
/// Malay and Indonesian are too close for letter statistics, and the catalogues the profiles were
/// trained on hold too little Malay: when one of the two wins, the words of
/// <see cref="MalayIndonesianMarkers"/> choose between them, and only when they say nothing does
/// the profile's choice stand.
/// </remarks>
internal static class LatinLanguageClassifier
{
    /// <summary>How much of a text is read: about 80 words, far more than the classifier needs (docs/language-identification.md).</summary>
    internal const int MaxCharacters = 512;

    /// <summary>
    /// How much is read before the classifier may stop early: about twenty words. The margin keeps
    /// an early answer right for a paragraph in one language (stopping after 32 characters changed
    /// no answer of the evaluation set's 5,500 texts); this guard is for a paragraph that opens in
    /// another language than most of it is in, whose opening words the early stop would take for
    /// the whole. At 64 characters, 12 % of such paragraphs got their opening's language instead
    /// of their majority's (docs/language-identification.md), so 128 stays.
    /// </summary>
    internal const int DecidedAfter = 128;

    /// <summary>
    /// How far ahead of every other language the leader must be to stop early, in table units
    /// (1/<see cref="LatinLanguageProfiles.Scale"/> nats): 40 nats, odds of e⁴⁰ to one. A
    /// paragraph's next words almost never overturn that; English paragraphs of news reach it
    /// within their first twenty words.
    /// </summary>
    internal const int DecidedMargin = 40 * LatinLanguageProfiles.Scale;

    /// <summary>The BCP 47 tag of <paramref name="text"/>, known to be mostly Latin letters.</summary>
    public static string Classify(ReadOnlySpan<char> text) => Classify(text, DecidedAfter, out _);

    /// <summary>
    /// As <see cref="Classify(ReadOnlySpan{char})"/>, stopping at the first word's end after
    /// <paramref name="decidedAfter"/> characters where the leader is <see cref="DecidedMargin"/>
    /// ahead (never while Malay or Indonesian leads: their marker words are read to the end).
    /// <see cref="int.MaxValue"/> reads everything up to <see cref="MaxCharacters"/>;
    /// <paramref name="charactersRead"/> says where it stopped.
    /// </summary>
    internal static string Classify(ReadOnlySpan<char> text, int decidedAfter, out int charactersRead)
    {
        // A paragraph does not change language halfway: its first few hundred characters decide,
        // which bounds the cost of a long paragraph. Cut at a space so no word is split.
        if (text.Length > MaxCharacters)
        {
            var cut = text[..MaxCharacters].LastIndexOf(' ');
            text = text[..(cut > 0 ? cut : MaxCharacters)];
        }

        // The words' keys, for the Malay–Indonesian markers, which are read only when one of the two
        // wins: a word takes at least one character and its boundary, so half the text bounds them.
        Span<uint> words = stackalloc uint[(MaxCharacters / 2) + 1];
        var costs = Read(text, decidedAfter, words, out int wordCount, out charactersRead);

        int best = costs.Cheapest();
        if (best is LatinLanguageProfiles.Malay or LatinLanguageProfiles.Indonesian)
        {
            long malayOverIndonesian = 0;
            foreach (uint word in words[..wordCount]) malayOverIndonesian += MalayIndonesianMarkers.WeightOf(word);
            if (malayOverIndonesian != 0) best = malayOverIndonesian > 0 ? LatinLanguageProfiles.Malay : LatinLanguageProfiles.Indonesian;
        }

        return LatinLanguageProfiles.Tags[best];
    }

    // The costs of the text's features, up to the early stop, and its words' keys (as many as
    // `words` holds). Word by word: between words only the next letter is looked for, and a word's
    // letters are read by an inner loop that asks no more than whether the word goes on.
    // One loop that makes no call: every character's symbol is one load from the table, the word
    // table's lookup and the early stop's test are inlined, and so the costs and the word's state
    // stay in registers from the first letter to the last word. With a method for a word's letters,
    // called per word, and a call for a character beyond the Latin blocks, they went through memory
    // at every word, whose end took about 170 instructions besides its letters.
    private static LanguageCosts Read(ReadOnlySpan<char> text, int decidedAfter, Span<uint> words, out int wordCount, out int charactersRead)
    {
        var tables = FeatureTables.Instance;
        var symbols = LatinSymbols.Table;
        ref byte trigrams = ref MemoryMarshal.GetReference(tables.Trigrams);
        var wordTable = tables.Words;
        var wordCosts = wordTable.Costs;
        var costs = new LanguageCosts();
        costs.Add(LatinLanguageProfiles.Priors);
        int count = 0;
        int read = text.Length;

        int i = 0;
        while (i < text.Length)
        {
            byte first = LatinSymbols.Of(text[i++], symbols);
            if (first is LatinSymbols.Boundary or LatinSymbols.Skip)
            {
                continue;
            }

            // The word's last two symbols as a trigram key still to be completed (the oldest falls
            // off the top as a symbol is shifted in), and the word's key so far; its first letter
            // starts no trigram of its own (" th" is added with the "h").
            uint trigram = first;
            uint wordKey = LatinSymbols.NextWordKey(LatinSymbols.EmptyWordKey, first);
            for (; i < text.Length; i++)
            {
                byte symbol = LatinSymbols.Of(text[i], symbols);

                // One test for the two that are no letter: the boundary (0) and a combining mark
                // (Skip, 255), which belongs to the letter before it.
                if ((uint)(symbol - 1) >= LatinSymbols.OtherLetter)
                {
                    if (symbol == LatinSymbols.Boundary) break;
                    continue;
                }

                // A trigram in no profile adds its row of zeros (FeatureTables.MissingTrigramOffset).
                trigram = ((trigram << 6) | symbol) & (FeatureTables.TrigramKeyCount - 1);
                costs.Add(FeatureTables.TrigramCostsOf(ref trigrams, trigram));

                wordKey = LatinSymbols.NextWordKey(wordKey, symbol);
            }

            // The word ends at i, a boundary or the end of the text.
            costs.Add(FeatureTables.TrigramCostsOf(ref trigrams, (trigram << 6) & (FeatureTables.TrigramKeyCount - 1)));

            // A word in no profile adds its row of zeros (FeatureTables.MissingWordOffset).
            costs.Add(FeatureTables.WordCostsFrom(wordCosts, wordTable.Offset(wordKey)));

            if (count < words.Length) words[count++] = wordKey;

            // The rest of a paragraph is in the language its first twenty words are in: once one
            // language is far ahead, reading on would only widen the gap (never while Malay or
            // Indonesian leads: their marker words are read to the end).
            if (i >= decidedAfter && costs.Lead(out var leader) >= DecidedMargin
                && leader is not (LatinLanguageProfiles.Malay or LatinLanguageProfiles.Indonesian))
            {
                read = i;
                break;
            }

            i++;
        }

        wordCount = count;
        charactersRead = read;
        return costs;
    }
}
