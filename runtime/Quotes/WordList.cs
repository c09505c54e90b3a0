using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A list of words to find at a position of unspaced text, indexed by first and by last character
/// and tried longest first, so a lookup costs a bit test (most characters start or end no word)
/// plus the few words sharing that character.
/// </summary>
internal sealed class WordList
{
    // The first two characters of every word, hashed into a table of bits: NextCandidate passes
    // over a place whose first character starts a word but whose first two start none, without the
    // word lookup. The titles' first characters (国, 大, 主, 部, 发 …) start a candidate every
    // fifteen characters of Chinese news, and nearly none of them is a title. A list that has a
    // word of one character filters nothing this way.
    private const int OpeningBits = 4096;
    private readonly ulong[] _openings = new ulong[OpeningBits / 64];
    private readonly bool _hasOneCharacterWord;

    private readonly CharIndex<string> _byFirst;
    private readonly CharIndex<string> _byLast;

    public WordList(params string[] words)
    {
        var longestFirst = words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray();
        if (Array.Exists(longestFirst, w => w.Length == 0)) throw new ArgumentException("A word list cannot hold an empty word.", nameof(words));
        _byFirst = new CharIndex<string>(longestFirst, w => w[0]);
        _byLast = new CharIndex<string>(longestFirst, w => w[^1]);
        foreach (var word in longestFirst)
        {
            if (word.Length == 1)
            {
                _hasOneCharacterWord = true;
                continue;
            }

            // Bit `slot` of the table: word slot >> 6, and C# takes a ulong's shift count modulo 64.
            int slot = OpeningSlot(word[0], word[1]);
            _openings[slot >> 6] |= 1UL << slot;
        }
    }

    /// <summary>The characters the words start with.</summary>
    public IEnumerable<char> FirstCharacters => _byFirst.Keys;

    /// <summary>Length of the longest word at <paramref name="i"/> ending at or before <paramref name="end"/>; 0 when none.</summary>
    /// <remarks>
    /// Inlined as far as the filters of the first character and of the first two: the lists are
    /// asked at nearly every character of a Chinese subject, where almost no word starts, and as
    /// two calls down to the index's filter a miss cost about ninety instructions. A title's first
    /// character (国, 大, 主 …) is common, its first two seldom are.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchAt(string text, int i, int end) =>
        i < end && _byFirst.MayHave(text[i]) && MayOpenAt(text, i, end) ? WordCandidateAt(text, i, end)?.Length ?? 0 : 0;

    /// <summary>
    /// The longest word at <paramref name="i"/> ending at or before <paramref name="end"/> (the list's
    /// own string, which a caller keeps instead of a copy of the text's characters); null when none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? WordAt(string text, int i, int end) =>
        i < end && _byFirst.MayHave(text[i]) && MayOpenAt(text, i, end) ? WordCandidateAt(text, i, end) : null;

    // WordAt past the filter.
    private string? WordCandidateAt(string text, int i, int end)
    {
        var words = _byFirst.EntriesPastFilter(text[i]);
        if (words is null) return null;
        var rest = text.AsSpan(i, end - i);
        foreach (var word in words)
        {
            if (StartsWithPastFirst(rest, word)) return word;
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> is one of the words, whole.</summary>
    /// <remarks>The longest word at its start is tried first and no longer one fits, so a word of its
    /// length found there is the text itself.</remarks>
    public bool IsWord(string text) => text.Length > 0 && MatchAt(text, 0, text.Length) == text.Length;

    /// <summary>
    /// True when <paramref name="text"/> starts with <paramref name="word"/>, whose first character
    /// is known to be the text's: the rest of a word of two or three characters (most Chinese
    /// words) is compared here, where a call to compare spans cost more than the comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StartsWithPastFirst(ReadOnlySpan<char> text, string word) =>
        word.Length <= text.Length
        && (word.Length == 1 || (text[1] == word[1] && (word.Length == 2 || text[2..word.Length].SequenceEqual(word.AsSpan(2)))));

    /// <summary>
    /// The first offset at or after <paramref name="start"/> (before <paramref name="end"/>) where one
    /// of the words may start (its first character is there, and its first two as far as a hash of
    /// them tells), or -1: candidates for <see cref="MatchAt"/>, which finds no word anywhere else.
    /// </summary>
    public int NextCandidate(string text, int start, int end)
    {
        int i = _byFirst.NextKey(text, start, end);
        while (i >= 0 && !MayOpenAt(text, i, end)) i = _byFirst.NextKey(text, i + 1, end);
        return i;
    }

    // False when no word of two or more characters opens with the two at i, and no word has one.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayOpenAt(string text, int i, int end)
    {
        if (_hasOneCharacterWord || i + 1 >= end) return true;
        int slot = OpeningSlot(text[i], text[i + 1]);
        return (_openings[slot >> 6] & (1UL << slot)) != 0;
    }

    private static int OpeningSlot(char first, char second) => ((first * 31) ^ second) & (OpeningBits - 1);

    /// <summary>True when <paramref name="text"/> ends with one of the words; <paramref name="length"/> is the longest such word's length.</summary>
    /// <remarks>Inlined as far as the last character's filter, which turns most texts away (a
    /// Chinese name asked whether it ends as a body's: 部, 局, 宫 …).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EndsWithAny(ReadOnlySpan<char> text, out int length)
    {
        if (text.Length > 0 && _byLast.MayHave(text[^1])) return EndsWithAnyPastFilter(text, out length);
        length = 0;
        return false;
    }

    private bool EndsWithAnyPastFilter(ReadOnlySpan<char> text, out int length)
    {
        // Only words ending in the text's last character can end it; they are in length order too.
        if (_byLast.EntriesPastFilter(text[^1]) is { } words)
        {
            foreach (var word in words)
            {
                if (text.EndsWith(word, StringComparison.Ordinal))
                {
                    length = word.Length;
                    return true;
                }
            }
        }

        length = 0;
        return false;
    }

    /// <summary>Length of the longest word ending exactly at <paramref name="end"/> and starting at or after <paramref name="floor"/>; 0 when none.</summary>
    public int MatchEndingAt(string text, int floor, int end)
    {
        if (end <= floor || !_byLast.TryGet(text[end - 1], out var words)) return 0;
        var before = text.AsSpan(floor, end - floor);
        foreach (var word in words)
            if (before.EndsWith(word)) return word.Length;

        return 0;
    }
}
