namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A list of words to find at a position of unspaced text, indexed by first character and tried
/// longest first, so a lookup costs a dictionary probe plus the few words sharing that character.
/// </summary>
internal sealed class WordList
{
    private readonly Dictionary<char, string[]> _byFirst;

    public WordList(params string[] words)
    {
        Words = words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray();
        _byFirst = Words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The words, longest first.</summary>
    public string[] Words { get; }

    /// <summary>Length of the longest word at <paramref name="i"/> ending at or before <paramref name="end"/>; 0 when none.</summary>
    public int MatchAt(string text, int i, int end)
    {
        if (i >= end || !_byFirst.TryGetValue(text[i], out var words)) return 0;
        foreach (var word in words)
            if (i + word.Length <= end && string.CompareOrdinal(text, i, word, 0, word.Length) == 0) return word.Length;
        return 0;
    }

    /// <summary>True when <paramref name="text"/> ends with one of the words; <paramref name="length"/> is the longest such word's length.</summary>
    public bool EndsWithAny(string text, out int length)
    {
        foreach (var word in Words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                length = word.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    /// <summary>True when one of the words ends exactly at <paramref name="end"/> (and starts at or after <paramref name="floor"/>).</summary>
    public bool EndsAt(string text, int floor, int end)
    {
        foreach (var word in Words)
        {
            int start = end - word.Length;
            if (start >= floor && string.CompareOrdinal(text, start, word, 0, word.Length) == 0) return true;
        }

        return false;
    }
}
