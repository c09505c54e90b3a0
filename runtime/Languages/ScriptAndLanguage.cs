namespace DocSchema.Runtime.Languages;

/// <summary>
/// A text's dominant script and, unless that is Latin, its language, both from one tally of its
/// letters (<see cref="LanguageDetector.ScriptAndLanguageOf"/>).
/// </summary>
/// <param name="Script">What <see cref="LanguageDetector.DominantScript"/> answers.</param>
/// <param name="Language">What <see cref="LanguageDetector.Detect(ReadOnlySpan{char})"/> answers, or null for Latin text,
/// whose language takes the Latin classifier's reading of the text itself.</param>
/// <param name="IsHanAtLeastHalfLatin">The tally's <see cref="ScriptTally.IsHanAtLeastHalfLatin"/>.</param>
internal readonly record struct ScriptAndLanguage(Script Script, string? Language, bool IsHanAtLeastHalfLatin);
