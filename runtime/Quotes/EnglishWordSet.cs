using System.Collections;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A set of English words matched in any case, asked about slices of the text without making a
/// string of them. The span lookup is taken once: <c>GetAlternateLookup</c> checks the comparer's
/// type on every call, which cost more than the lookup itself on the attributor's word-by-word walks.
/// </summary>
/// <remarks>
/// Before hashing, a word whose first two characters are ASCII letters is checked against the
/// first two letters and the length of the set's words (one bit test): most words of a paragraph
/// are in none of the attributor's sets, and the case-insensitive hash of each was a few percent
/// of a bilingual page's parse. Any other word goes straight to the lookup. The test is exact:
/// ordinal case-insensitive comparison never equates an ASCII letter with another character (ſ is
/// not s, ı is not i), so such a word can only equal a set word that starts with the same two
/// letters, in some case, and has its length.
/// </remarks>
internal sealed class EnglishWordSet : IEnumerable<string>
{
    // Lengths of 31 and more share the last bit.
    private const int LongestLengthBit = 31;

    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Bit l of entry (first letter, second letter) is set when a word of length l starts with
    // those two letters, in either case.
    private readonly uint[] _starts = new uint[26 * 26];

    public EnglishWordSet() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a word (collection initializers); duplicates are ignored.</summary>
    public void Add(string word)
    {
        _words.Add(word);
        if (StartOf(word) is { } start) _starts[start] |= LengthBit(word.Length);
    }

    /// <summary>True when <paramref name="word"/> is in the set, in any case.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (StartOf(word) is { } start && (_starts[start] & LengthBit(word.Length)) == 0) return false;
        return _lookup.Contains(word);
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The entry of a word's first two letters when both are ASCII letters, else null.
    private static int? StartOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return null;
        uint first = (uint)((word[0] | 0x20) - 'a'), second = (uint)((word[1] | 0x20) - 'a');
        return first < 26 && second < 26 ? (int)((first * 26) + second) : null;
    }

    private static uint LengthBit(int length) => 1u << Math.Min(length, LongestLengthBit);
}
