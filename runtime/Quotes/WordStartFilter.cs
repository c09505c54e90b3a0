using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A one-bit test that turns a word away from a list of English words, in any case, before a
/// lookup: the list's first two letters and lengths. Every word of a paragraph is asked about a
/// list of verbs or of role and title words, and most are in none; the lookup's case-insensitive
/// hash or lower-cased copy of each was a few percent of a bilingual page's parse.
/// </summary>
/// <remarks>
/// Only a word whose first two characters are ASCII letters is tested; any other is left to the
/// lookup. The test is exact: ignoring case, ordinally or by invariant lower-casing, an ASCII
/// letter equals only itself in the other case (ſ is not s, ı is not i), so such a word can only
/// equal a listed word that starts with the same two letters and has its length.
/// </remarks>
internal sealed class WordStartFilter
{
    // Lengths of 31 and more share the last bit.
    private const int LongestLengthBit = 31;

    // Bit l of entry (first letter, second letter) is set when a listed word of length l starts
    // with those two letters, in either case.
    private readonly uint[] _starts = new uint[26 * 26];

    /// <summary>A filter for <paramref name="words"/>.</summary>
    public static WordStartFilter Of(IEnumerable<string> words)
    {
        var filter = new WordStartFilter();
        foreach (var word in words) filter.Add(word);
        return filter;
    }

    /// <summary>Lists <paramref name="word"/>.</summary>
    public void Add(string word)
    {
        if (TryStart(word, out var start)) _starts[start] |= LengthBit(word.Length);
    }

    /// <summary>False when <paramref name="word"/> equals no listed word, ignoring case; true when it may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word) => !TryStart(word, out var start) || (_starts[start] & LengthBit(word.Length)) != 0;

    // The entry of a word's first two letters, when both are ASCII letters (an out value rather
    // than a nullable one: this runs once per word of a paragraph).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryStart(ReadOnlySpan<char> word, out int start)
    {
        start = 0;
        if (word.Length < 2) return false;
        uint first = (uint)((word[0] | 0x20) - 'a'), second = (uint)((word[1] | 0x20) - 'a');
        if (first >= 26 || second >= 26) return false;
        start = (int)((first * 26) + second);
        return true;
    }

    private static uint LengthBit(int length) => 1u << Math.Min(length, LongestLengthBit);
}
