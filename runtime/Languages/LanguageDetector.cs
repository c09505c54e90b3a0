namespace DocSchema.Runtime.Languages;

/// <summary>
/// Identifies the language of a paragraph from its characters: Han text is <c>zh-Hans</c> or
/// <c>zh-Hant</c> by which simplified-only and traditional-only characters it uses; Latin-script
/// text is <c>en</c>; other scripts are named by their main language. Compact tables, no I/O.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Undetermined: no letters to judge by.</summary>
    public const string Undetermined = "und";

    /// <summary>The BCP 47 tag of <paramref name="text"/>'s language, or <see cref="Undetermined"/>.</summary>
    public static string Detect(ReadOnlySpan<char> text) => throw new NotImplementedException();

    /// <summary>The writing system most of <paramref name="text"/>'s letters belong to.</summary>
    public static Script DominantScript(ReadOnlySpan<char> text) => throw new NotImplementedException();
}
