namespace DocSchema.Runtime.Languages;

/// <summary>
/// Letter counts of a text by <see cref="LetterScript"/>, with the Han characters that only
/// simplified or only traditional Chinese writes, and the weighted vote that names the dominant script.
/// </summary>
/// <remarks>
/// Letters do not carry equal weight across scripts: one Han character holds about as much text as
/// a Latin word of 3–4 letters, so counting characters would let the few English names and brand
/// words in a Chinese paragraph outvote it. Weights are in half-letters of an alphabet so that they
/// stay integers: an alphabetic letter 2, a kana (a syllable, ~2 letters) 4, a Hangul syllable
/// block (~2.5 letters) 5, a Han character 7 (3.5 letters).
/// </remarks>
internal struct ScriptTally
{
    private const int AlphabetWeight = 2;
    private const int KanaWeight = 4;
    private const int HangulWeight = 5;
    private const int HanWeight = 7;

    // One slot per LetterScript value; counts are long so that no text length can overflow them.
    private ScriptCounts _counts;

    /// <summary>Han characters written only in simplified Chinese.</summary>
    public long SimplifiedOnly { get; private set; }

    /// <summary>Han characters written only in traditional Chinese.</summary>
    public long TraditionalOnly { get; private set; }

    /// <summary>
    /// True when the text's Han characters (of the main block, extension A and the compatibility
    /// block) are at least half as many as its Latin letters (ASCII and up to U+024F): how the quote
    /// attributor tells a Chinese paragraph from an English one (<see cref="Quotes.QuoteParagraph"/>),
    /// counted here, with the letters, so that a paragraph whose language is detected is not counted
    /// again for it.
    /// </summary>
    public bool IsHanAtLeastHalfLatin { get; private set; }

    /// <summary>
    /// Counts every letter of <paramref name="text"/>: one pass, no allocation. The simplified-only
    /// and traditional-only counts are kept only when <paramref name="countVariants"/> is true: the
    /// script vote alone does not need them, and their table lookup per Han character is most of the
    /// cost of tallying Chinese text.
    /// </summary>
    public static ScriptTally Of(ReadOnlySpan<char> text, bool countVariants)
    {
        var tally = default(ScriptTally);

        // ASCII and the main Han block are nearly every character of the news this reads, so they
        // are counted in locals without the general classification, as is the punctuation that
        // TallyBlocks counts sixteen characters at a time; everything else goes through it.
        long asciiLetters = 0, han = 0, none = 0, simplified = 0, traditional = 0;

        // For IsHanAtLeastHalfLatin: the Han characters outside the main block it counts, and the
        // Latin letters above ASCII.
        long otherHan = 0, otherLatin = 0;
        var variants = countVariants ? HanVariants.Classes : default;
        for (int i = 0; i < text.Length;)
        {
            // Blocks wherever a block fits in the text: at its end, the last one overlaps what was counted.
            if (TallyBlocks.IsSupported && text.Length >= TallyBlocks.Width)
            {
                var blocks = TallyBlocks.Count(text, i, countVariants);
                asciiLetters += blocks.AsciiLetters;
                han += blocks.Han;
                none += blocks.None;
                simplified += blocks.Simplified;
                traditional += blocks.Traditional;
                i = blocks.End;
                if (i == text.Length) break;
            }

            // A character the blocks did not take, or any of a text shorter than a block.
            char c = text[i];
            if (c < 0x80)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') asciiLetters++;
                else none++;
                i++;
                continue;
            }

            if (HanVariants.InBlock(c))
            {
                // A run of the main Han block (a Chinese clause) is counted by an inner loop that
                // asks nothing else of a character. (IndexOfAnyExceptInRange allocated when not
                // yet optimized by the JIT, which Detect_does_not_allocate caught.)
                int runStart = i;
                if (countVariants)
                {
                    // Counted in ints of the run's own, which stay in registers, and added once.
                    int runSimplified = 0, runTraditional = 0;
                    do
                    {
                        int variant = HanVariants.ClassOf(c, variants);
                        runSimplified += variant & HanVariants.Simplified;
                        runTraditional += variant >> 1;
                    }
                    while (++i < text.Length && HanVariants.InBlock(c = text[i]));
                    simplified += runSimplified;
                    traditional += runTraditional;
                }
                else
                {
                    while (++i < text.Length && HanVariants.InBlock(text[i]))
                    {
                    }
                }

                han += i - runStart;
                continue;
            }

            if (c < '\u0250')
            {
                if (char.IsLetter(c)) otherLatin++;
            }
            else if (c is >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF')
            {
                otherHan++;
            }

            // Han characters outside the main block (extensions, 〇, 々) are in neither variant set.
            tally._counts[(int)LetterScripts.Classify(text, i, out int width)]++;
            i += width;
        }

        tally._counts[(int)LetterScript.Latin] += asciiLetters;
        tally._counts[(int)LetterScript.None] += none;
        tally._counts[(int)LetterScript.Han] += han;
        tally.SimplifiedOnly = simplified;
        tally.TraditionalOnly = traditional;
        tally.IsHanAtLeastHalfLatin = (han + otherHan) * 2 >= asciiLetters + otherLatin;
        return tally;
    }

    /// <summary>How many letters of <paramref name="script"/> the text has.</summary>
    public readonly long Count(LetterScript script) => _counts[(int)script];

    /// <summary>
    /// The script with the largest weighted letter count, or <see cref="LetterScript.None"/> when
    /// the text has no letters. Ties go to the earlier script in <see cref="LetterScript"/> order
    /// (Han before Latin), so the result never depends on anything but the counts.
    /// </summary>
    public readonly LetterScript Dominant()
    {
        LetterScript best = LetterScript.None;
        long bestWeight = 0;
        ReadOnlySpan<byte> weights = Weights;
        for (int s = (int)LetterScript.Han; s <= (int)LetterScript.OtherLetter; s++)
        {
            long weight = _counts[s] * weights[s];
            if (weight > bestWeight)
            {
                best = (LetterScript)s;
                bestWeight = weight;
            }
        }

        return best;
    }

    // The weight of a letter of each script, indexed by LetterScript (None, Han, Kana, Hangul, then
    // the alphabets and OtherLetter): a table, because the vote runs once per block and paragraph.
    private static ReadOnlySpan<byte> Weights =>
    [
        0, HanWeight, KanaWeight, HangulWeight,
        AlphabetWeight, AlphabetWeight, AlphabetWeight, AlphabetWeight, AlphabetWeight,
        AlphabetWeight, AlphabetWeight, AlphabetWeight, AlphabetWeight,
    ];

    /// <summary>Inline storage for one counter per <see cref="LetterScript"/>, so a tally lives on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray((int)LetterScript.OtherLetter + 1)]
    private struct ScriptCounts
    {
        private long _element0;
    }
}
