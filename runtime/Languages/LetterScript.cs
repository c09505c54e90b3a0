namespace DocSchema.Runtime.Languages;

/// <summary>
/// The writing systems the language detector counts letters in. Finer than the public
/// <see cref="Script"/>: each value other than <see cref="OtherLetter"/> names one main language.
/// </summary>
internal enum LetterScript : byte
{
    /// <summary>Not a letter: digits, punctuation, spaces, symbols, combining marks.</summary>
    None,

    /// <summary>Han ideographs, 〇 and 々.</summary>
    Han,

    /// <summary>Hiragana and katakana (full- and half-width).</summary>
    Kana,

    /// <summary>Hangul syllables and jamo.</summary>
    Hangul,

    /// <summary>Latin letters, ASCII to Latin Extended and full-width.</summary>
    Latin,

    /// <summary>Greek letters.</summary>
    Greek,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,

    /// <summary>Hebrew letters.</summary>
    Hebrew,

    /// <summary>Arabic letters, presentation forms included.</summary>
    Arabic,

    /// <summary>Devanagari letters.</summary>
    Devanagari,

    /// <summary>Tamil letters.</summary>
    Tamil,

    /// <summary>Thai letters.</summary>
    Thai,

    /// <summary>A letter of any script not listed above.</summary>
    OtherLetter,
}
