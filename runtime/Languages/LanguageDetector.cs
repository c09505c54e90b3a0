namespace DocSchema.Runtime.Languages;

/// <summary>
/// Identifies the language of a paragraph from its characters: Han text is <c>zh-Hans</c> or
/// <c>zh-Hant</c> by which simplified-only and traditional-only characters it uses; Latin-script
/// text is one of <c>en</c>, <c>ms</c>, <c>id</c>, <c>fr</c>, <c>de</c>, <c>es</c>, <c>pt</c>,
/// <c>it</c>, <c>nl</c> and <c>vi</c> (the nearest of them for any other Latin-script language);
/// other scripts are named by their main language. Compact tables, no I/O.
/// </summary>
/// <remarks>
/// The script is decided first, by a vote of the letters in which a Han character weighs about as
/// much as a Latin word of 3–4 letters (a kana about two letters, a Hangul block two and a half): a
/// Chinese paragraph naming "Truth Social" or "WhatsApp Channel" stays Chinese. Then the script's
/// language is chosen: for Han, Japanese when kana are more than a trace, else simplified or
/// traditional Chinese by the variant counts (ties, and text with no telling character, are
/// simplified); for Latin, a naive Bayes classifier over letter trigrams and words, with marker
/// words telling Malay from Indonesian (docs/language-identification.md). Two passes over the
/// text at most (the script tally, then the Latin features), no allocation.
/// </remarks>
public static class LanguageDetector
{
    /// <summary>Undetermined: no letters to judge by.</summary>
    public const string Undetermined = "und";

    /// <summary>Chinese in simplified characters (ties and text with no telling character too).</summary>
    internal const string SimplifiedChinese = "zh-Hans";

    /// <summary>Chinese in traditional characters.</summary>
    internal const string TraditionalChinese = "zh-Hant";

    /// <summary>
    /// Every tag given for a text whose letters are mostly not Latin, <see cref="Undetermined"/>
    /// included (the Latin ones are <see cref="LatinLanguageProfiles.Tags"/>), the same strings as
    /// the answers (literals are interned): the article JSON encodes each once and finds a
    /// paragraph's by reference (<see cref="Json.JsonLanguageTags"/>).
    /// </summary>
    internal static readonly string[] NonLatinTags =
        [SimplifiedChinese, TraditionalChinese, "ja", "ko", "el", "ru", "he", "ar", "hi", "ta", "th", Undetermined];

    /// <summary>The BCP 47 tag of <paramref name="text"/>'s language, or <see cref="Undetermined"/>.</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        var tally = ScriptTally.Of(text, countVariants: true);
        var dominant = tally.Dominant();
        return dominant == LetterScript.Latin ? LatinLanguageClassifier.Classify(text) : NonLatinLanguage(dominant, in tally);
    }

    /// <summary>
    /// As <see cref="Detect(ReadOnlySpan{char})"/>, for a text whose <see cref="ScriptAndLanguageOf"/>
    /// is already known (null when it is not): the text is not tallied again, and only Latin text is
    /// read once more, by the Latin classifier. Gives the tally's
    /// <see cref="ScriptTally.IsHanAtLeastHalfLatin"/> too, for the quote attributor.
    /// </summary>
    internal static string DetectKnown(ReadOnlySpan<char> text, ScriptAndLanguage? known, out bool isHanAtLeastHalfLatin)
    {
        var (_, language, hanAtLeastHalfLatin) = known ?? ScriptAndLanguageOf(text);
        isHanAtLeastHalfLatin = hanAtLeastHalfLatin;
        return language ?? LatinLanguageClassifier.Classify(text);
    }

    /// <summary>
    /// <see cref="DominantScript"/> and, unless the text is Latin, <see cref="Detect(ReadOnlySpan{char})"/>'s
    /// answer, from one tally: the section split asks the first of every block, and a paragraph that
    /// is a whole block then needs no tally of its own for the second
    /// (<see cref="DetectKnown"/>).
    /// </summary>
    internal static ScriptAndLanguage ScriptAndLanguageOf(ReadOnlySpan<char> text)
    {
        var tally = ScriptTally.Of(text, countVariants: true);
        var dominant = tally.Dominant();
        return new ScriptAndLanguage(ScriptOf(dominant), dominant == LetterScript.Latin ? null : NonLatinLanguage(dominant, in tally), tally.IsHanAtLeastHalfLatin);
    }

    /// <summary>The writing system most of <paramref name="text"/>'s letters belong to.</summary>
    /// <remarks>Letters are weighed as in <see cref="Detect(ReadOnlySpan{char})"/>; kana count as <see cref="Script.Other"/>.</remarks>
    public static Script DominantScript(ReadOnlySpan<char> text) => ScriptOf(ScriptTally.Of(text, countVariants: false).Dominant());

    private static Script ScriptOf(LetterScript dominant) => dominant switch
    {
        LetterScript.None => Script.None,
        LetterScript.Han => Script.Han,
        LetterScript.Latin => Script.Latin,
        _ => Script.Other,
    };

    // The language of a text whose dominant script is not Latin, from its tally alone.
    private static string NonLatinLanguage(LetterScript dominant, in ScriptTally tally) => dominant switch
    {
        LetterScript.Han => HanLanguage(in tally),
        LetterScript.Kana => "ja",
        LetterScript.Hangul => "ko",
        LetterScript.Greek => "el",
        LetterScript.Cyrillic => "ru",
        LetterScript.Hebrew => "he",
        LetterScript.Arabic => "ar",
        LetterScript.Devanagari => "hi",
        LetterScript.Tamil => "ta",
        LetterScript.Thai => "th",
        _ => Undetermined,
    };

    private static string HanLanguage(in ScriptTally tally)
    {
        // Japanese writes kana between its kanji; Chinese text has none beyond a stray の in a
        // brand name. One kana per ten Han characters is already far more than that.
        long kana = tally.Count(LetterScript.Kana);
        if (kana > 0 && kana * 10 >= tally.Count(LetterScript.Han))
        {
            return "ja";
        }

        // Ties (including text with no telling character at all) go to simplified, the more common.
        return tally.TraditionalOnly > tally.SimplifiedOnly ? TraditionalChinese : SimplifiedChinese;
    }
}
