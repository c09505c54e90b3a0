using DocSchema.Runtime.Patterns;

namespace DocSchema.Runtime.Datelines;

/// <summary>English month names, full and abbreviated, as news datelines write them.</summary>
internal static class MonthNames
{
    // Index + 1 is the month. "Sept" is the AP style abbreviation of September, besides "Sep".
    private static readonly string[][] s_names =
    [
        ["january", "jan"],
        ["february", "feb"],
        ["march", "mar"],
        ["april", "apr"],
        ["may"],
        ["june", "jun"],
        ["july", "jul"],
        ["august", "aug"],
        ["september", "sept", "sep"],
        ["october", "oct"],
        ["november", "nov"],
        ["december", "dec"],
    ];

    /// <summary>
    /// The month (1–12) <paramref name="text"/> names, in any case and width, with or without one
    /// trailing dot; null otherwise.
    /// </summary>
    internal static int? Parse(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty && CharClass.Fold(text[^1]) == '.') text = text[..^1];
        if (text.Length < 3) return null;

        for (var month = 0; month < s_names.Length; month++)
            foreach (var name in s_names[month])
                if (EqualsName(text, name)) return month + 1;
        return null;
    }

    /// <summary>True when <paramref name="text"/> spells <paramref name="name"/> (lower-case ASCII) in any case or width.</summary>
    private static bool EqualsName(ReadOnlySpan<char> text, string name)
    {
        if (text.Length != name.Length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            // Setting 0x20 lower-cases an ASCII letter; the names hold letters only, so nothing
            // else can compare equal by accident.
            if ((CharClass.Fold(text[i]) | 0x20) != name[i]) return false;
        }
        return true;
    }
}
