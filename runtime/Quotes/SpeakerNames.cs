using System.Buffers;
using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// What both languages share when turning a subject into a <see cref="SpeakerMention"/>: the key
/// under which mentions of one speaker meet (the surname: <c>Trump</c> for Donald Trump,
/// <c>特朗普</c> for 唐纳德·特朗普), and the comparison of names. The language-specific reading is in
/// <see cref="EnglishSpeakerNames"/> and <see cref="ChineseSpeakerNames"/>.
/// </summary>
internal static class SpeakerNames
{
    /// <summary>The dots between the parts of a transliterated name (唐纳德·特朗普), as sites write them.</summary>
    public const string PartSeparators = "·•・‧";

    // A search over constant values, not a collection expression: `['·', …]` passed to
    // string.IndexOfAny makes a new char[] on every call, and these run for every name mention.
    private static readonly SearchValues<char> s_partSeparators = SearchValues.Create(PartSeparators);

    /// <summary>
    /// The short form a person is referred to by after the first mention: the last word of an
    /// English name (Volodymyr Zelenskyy → Zelenskyy), the last part of a transliterated Chinese name
    /// (弗拉基米尔·泽连斯基 → 泽连斯基). Organisations keep their whole name.
    /// </summary>
    public static string Surname(string name, bool isOrganization)
    {
        if (isOrganization) return name;
        int dot = name.AsSpan().LastIndexOfAny(s_partSeparators);
        if (dot >= 0 && dot + 1 < name.Length) return name[(dot + 1)..];
        int space = name.LastIndexOf(' ');
        if (space >= 0 && space + 1 < name.Length)
        {
            // "Martin Luther King Jr." → King: a generational suffix is not the surname.
            string last = name[(space + 1)..];
            if (last.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV")
            {
                string rest = name[..space];
                int previous = rest.LastIndexOf(' ');
                return previous >= 0 ? rest[(previous + 1)..] : rest;
            }

            return last;
        }

        return name;
    }

    /// <summary>The name as a lookup key: case folded, a leading "the" and surrounding punctuation dropped.</summary>
    public static string Key(string name)
    {
        // Trimmed and cut as a span, so the key is the only string allocated; only where an end
        // would be trimmed, for the trims ask the Unicode tables at both ends and a name mention
        // nearly always begins and ends with a letter.
        var key = name.AsSpan();
        if (key.IsEmpty || IsTrimmed(key[0]) || IsTrimmed(key[^1])) key = key.Trim().Trim(KeyTrimmed);
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) key = key[4..];
        // Chinese names (all ideographs) have no case: copied as they are, without the casing tables.
        if (!key.IsEmpty && !key.ContainsAnyExceptInRange('\u3400', '\u9FFF')) return key.Length == name.Length ? name : key.ToString();
        return string.Create(key.Length, key, static (destination, source) => InvariantCasing.ToLower(source, destination));
    }

    // What Key trims from a name's ends after white space.
    private const string KeyTrimmed = ".,'’";
    private static readonly SearchValues<char> s_keyTrimmed = SearchValues.Create(KeyTrimmed);

    // Letters of ASCII and from U+3400 on (where the ideographs begin) are neither white space nor
    // any of KeyTrimmed: answered without asking either.
    // Inlined as far as those two tests, which answer nearly every name's ends.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTrimmed(char c) => !char.IsAsciiLetter(c) && c < '\u3400' && IsWhiteSpaceOrKeyTrimmed(c);

    private static bool IsWhiteSpaceOrKeyTrimmed(char c) => char.IsWhiteSpace(c) || s_keyTrimmed.Contains(c);

    /// <summary>True when the name is one word (or one Chinese name part): it can only be a surname.</summary>
    public static bool IsSingleName(string name) =>
        name.IndexOf(' ') < 0 && !name.AsSpan().ContainsAny(s_partSeparators);
}
