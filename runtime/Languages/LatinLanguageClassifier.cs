using System.Runtime.CompilerServices;

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
/// language of the press, 6 nats ahead, which decides only texts of two or three words); features in no table cost every language the same and are
/// skipped. The cheapest language wins, ties going to the earlier one in
/// <see cref="LatinLanguageProfiles.Tags"/>.
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

        var tables = FeatureTables.Instance;
        var symbols = LatinSymbols.Table;
        var costs = new LanguageCosts();
        costs.Add(LatinLanguageProfiles.Priors);

        // The words' keys, for the Malay–Indonesian markers, which are read only when one of the two
        // wins: a word takes at least one character and its boundary, so half the text bounds them.
        Span<uint> words = stackalloc uint[(MaxCharacters / 2) + 1];
        int wordCount = 0;
        charactersRead = text.Length;

        // Word by word: between words only the next letter is looked for, and a word's letters are
        // read by an inner loop that asks no more than whether the word goes on (the end of the
        // text and the end of a word were asked at every character, each letter's work spread
        // over three branches): 21 % fewer instructions for the classifier on the ABC page.
        int i = 0;
        while (i < text.Length)
        {
            byte first = LatinSymbols.Of(text[i++], symbols);
            if (first is LatinSymbols.Boundary or LatinSymbols.Skip)
            {
                continue;
            }

            // The last two symbols of the word and its key so far; its first letter starts no
            // trigram of its own (" th" is added with the "h").
            int beforePrevious = LatinSymbols.Boundary;
            int previous = first;
            uint wordKey = LatinSymbols.NextWordKey(LatinSymbols.EmptyWordKey, first);
            while (true)
            {
                i = ReadLetters(text, i, symbols, tables, ref costs, ref beforePrevious, ref previous, ref wordKey);

                // Stopped at the end, at a boundary, or at a character above the symbol table,
                // whose symbol takes a call: a combining mark, a letter or a boundary.
                if (i >= text.Length || text[i] < (uint)symbols.Length)
                {
                    break;
                }

                byte beyond = LatinSymbols.Of(text[i], symbols);
                if (beyond == LatinSymbols.Boundary)
                {
                    break;
                }

                if (beyond != LatinSymbols.Skip)
                {
                    costs.Add(tables.Trigram((beforePrevious << 12) | (previous << 6) | beyond));
                    beforePrevious = previous;
                    previous = beyond;
                    wordKey = LatinSymbols.NextWordKey(wordKey, beyond);
                }

                i++;
            }

            // The word ends at i, a boundary or the end of the text.
            costs.Add(tables.Trigram((beforePrevious << 12) | (previous << 6)));
            costs.Add(tables.Word(wordKey));
            if (wordCount < words.Length) words[wordCount++] = wordKey;

            // The rest of a paragraph is in the language its first twenty words are in: once one
            // language is far ahead, reading on would only widen the gap.
            if (i >= decidedAfter && costs.Lead(out var leader) >= DecidedMargin
                && leader is not (LatinLanguageProfiles.Malay or LatinLanguageProfiles.Indonesian))
            {
                charactersRead = i;
                break;
            }

            i++;
        }

        int best = costs.Cheapest();
        if (best is LatinLanguageProfiles.Malay or LatinLanguageProfiles.Indonesian)
        {
            long malayOverIndonesian = 0;
            foreach (uint word in words[..wordCount]) malayOverIndonesian += MalayIndonesianMarkers.WeightOf(word);
            if (malayOverIndonesian != 0) best = malayOverIndonesian > 0 ? LatinLanguageProfiles.Malay : LatinLanguageProfiles.Indonesian;
        }

        return LatinLanguageProfiles.Tags[best];
    }

    // The letters of a word from i on, up to the end of the text, a boundary or a character above
    // the symbol table (where it returns): their trigrams are added to the costs, and the word's
    // last two symbols and key carried on. A method of its own, whose loop makes no call: in the
    // classifier's loop, which makes calls (the word table, a symbol above the table), the
    // compiler stored the costs and the word's state to memory at every letter, no vector
    // register surviving a call; here they are read once, kept in registers, and written once.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadLetters(
        ReadOnlySpan<char> text, int i, ReadOnlySpan<byte> symbols, FeatureTables tables,
        ref LanguageCosts costs, ref int beforePrevious, ref int previous, ref uint wordKey)
    {
        var letters = default(LanguageCosts);
        int before = beforePrevious, last = previous;
        uint key = wordKey;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= (uint)symbols.Length)
            {
                break;
            }

            // The table holds no Skip: combining marks lie above it.
            byte symbol = symbols[c];
            if (symbol == LatinSymbols.Boundary)
            {
                break;
            }

            int row = tables.TrigramRow((before << 12) | (last << 6) | symbol);
            if (row >= 0)
            {
                letters.Add(FeatureTables.TrigramCostsAt(row));
            }

            before = last;
            last = symbol;
            key = LatinSymbols.NextWordKey(key, symbol);
        }

        costs.Add(in letters);
        beforePrevious = before;
        previous = last;
        wordKey = key;
        return i;
    }
}
