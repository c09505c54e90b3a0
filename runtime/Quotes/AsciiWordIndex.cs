using System.Runtime.CompilerServices;
using System.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>What <see cref="AsciiWordIndex{TValue}.Find"/> can say of a word.</summary>
internal enum AsciiWordMatch
{
    /// <summary>The word is none of the index's words.</summary>
    Missing,

    /// <summary>The word is one of the index's words, in some case.</summary>
    Found,

    /// <summary>The word holds a character beyond ASCII and could be a word the index leaves to its owner's own table.</summary>
    BeyondAscii,
}

/// <summary>
/// English words by their first two letters and their length, matched in any ASCII case: the
/// attributor asks about every word of a paragraph, nearly all of them ASCII, and this answers by
/// comparing the word with the few listed words of the same start and length, where a hash table
/// hashed and compared it through its comparer's interface (about 150 instructions a lookup).
/// </summary>
/// <remarks>
/// <para>
/// Only ASCII words are compared here. A word holding another character is answered
/// <see cref="AsciiWordMatch.BeyondAscii"/> whenever its start and length do not rule it out, and
/// its owner asks its own table (a case-insensitive set, or lower-casing then an ordinal lookup),
/// so every answer is that table's: both of its comparisons go character for character, so a word
/// can equal only listed words of its length, and one starting with two ASCII letters only those
/// starting with the same two in some case (no other character compares equal to an ASCII letter
/// under ordinal comparison ignoring case, and one that lower-cases to one, the Kelvin sign, leaves
/// the word beyond ASCII).
/// </para>
/// <para>
/// Words are added while the owner is built (collection initializers) and only read after.
/// </para>
/// </remarks>
internal sealed class AsciiWordIndex<TValue>
{
    // Lengths of 31 and more share the last bit.
    private const int LongestLengthBit = 31;

    private const int Letters = 26;

    // Bit l of entry (first letter, second letter) is set when a listed word of length l, of any
    // characters, starts with those two letters in either case.
    private readonly uint[] _lengthBits = new uint[Letters * Letters];

    // The ASCII words of each entry, lower-cased, with their values.
    private readonly Entry[][] _words = new Entry[Letters * Letters][];

    // ASCII words that do not start with two letters (a, 9/11, u.s. starts with u and a period).
    private Entry[] _others = [];

    /// <summary>An index of <paramref name="words"/> (a table's keys and values).</summary>
    public static AsciiWordIndex<TValue> Of(IEnumerable<KeyValuePair<string, TValue>> words)
    {
        var index = new AsciiWordIndex<TValue>();
        foreach (var (word, value) in words) index.Add(word, value);
        return index;
    }

    /// <summary>Adds a word with its value; a word with a character beyond ASCII only marks its start and length.</summary>
    public void Add(string word, TValue value)
    {
        bool ascii = Ascii.IsValid(word);
        if (TryStart(word, out int start))
        {
            _lengthBits[start] |= LengthBit(word.Length);
            if (ascii) _words[start] = [.. _words[start] ?? [], new Entry(word.ToLowerInvariant(), value)];
        }
        else if (ascii)
        {
            _others = [.. _others, new Entry(word.ToLowerInvariant(), value)];
        }
    }

    /// <summary>Finds <paramref name="word"/> in any ASCII case; see <see cref="AsciiWordMatch"/>.</summary>
    /// <remarks>Inlined: most words of a paragraph are turned away by their start and length alone.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AsciiWordMatch Find(ReadOnlySpan<char> word, out TValue value)
    {
        if (!TryStart(word, out int start)) return FindAmong(_others, word, out value);
        if ((_lengthBits[start] & LengthBit(word.Length)) == 0)
        {
            value = default!;
            return AsciiWordMatch.Missing;
        }

        return FindAmong(_words[start], word, out value);
    }

    /// <summary>
    /// True when <paramref name="word"/>'s start and length alone show it is none of the index's
    /// words, nor one its owner's own table could hold (<see cref="Find"/> would say
    /// <see cref="AsciiWordMatch.Missing"/> without comparing): the test most words fail, for an
    /// owner to inline.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool RulesOut(ReadOnlySpan<char> word) => TryStart(word, out int start) && (_lengthBits[start] & LengthBit(word.Length)) == 0;

    private static AsciiWordMatch FindAmong(Entry[]? candidates, ReadOnlySpan<char> word, out TValue value)
    {
        // Compared before the word is known to be ASCII: a character beyond ASCII never equals one
        // of a listed word (EqualsFolded folds A–Z alone), so a word found is ASCII. Only a miss
        // asks, by a loop over a word's few characters, where Ascii.IsValid was a call at every lookup.
        foreach (var candidate in candidates ?? [])
        {
            if (candidate.Word.Length == word.Length && EqualsFolded(word, candidate.Word))
            {
                value = candidate.Value;
                return AsciiWordMatch.Found;
            }
        }

        value = default!;
        return IsAscii(word) ? AsciiWordMatch.Missing : AsciiWordMatch.BeyondAscii;
    }

    // IsAscii and EqualsFolded are inlined: FindAmong then makes no call, and its frame saves no
    // registers (it saved seven at each of the hundred and fifty lookups of an ABC page).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        int all = 0;
        foreach (char c in word) all |= c;
        return all < 0x80;
    }

    // An ASCII word against a lower-case one of the same length: upper-case letters folded.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsFolded(ReadOnlySpan<char> word, string lower)
    {
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if ((uint)(c - 'A') <= 'Z' - 'A') c = (char)(c | 0x20);
            if (c != lower[k]) return false;
        }

        return true;
    }

    // The entry of a word's first two letters, when both are ASCII letters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryStart(ReadOnlySpan<char> word, out int start)
    {
        start = 0;
        if (word.Length < 2) return false;
        uint first = (uint)((word[0] | 0x20) - 'a'), second = (uint)((word[1] | 0x20) - 'a');
        if (first >= Letters || second >= Letters) return false;
        start = (int)((first * Letters) + second);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LengthBit(int length) => 1u << Math.Min(length, LongestLengthBit);

    private readonly record struct Entry(string Word, TValue Value);
}
