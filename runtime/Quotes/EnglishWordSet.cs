using System.Collections;
using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A set of English words matched in any case, asked about slices of the text without making a
/// string of them. The span lookup is taken once: <c>GetAlternateLookup</c> checks the comparer's
/// type on every call, which cost more than the lookup itself on the attributor's word-by-word walks.
/// </summary>
/// <remarks>An <see cref="AsciiWordIndex{TValue}"/> answers for ASCII words, nearly all of a paragraph's, without hashing.</remarks>
internal sealed class EnglishWordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly AsciiWordIndex<bool> _index = new();

    public EnglishWordSet() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a word (collection initializers); duplicates are ignored.</summary>
    public void Add(string word)
    {
        if (_words.Add(word)) _index.Add(word, true);
    }

    /// <summary>A set of the words of every one of <paramref name="sets"/>.</summary>
    public static EnglishWordSet UnionOf(params EnglishWordSet[] sets)
    {
        var union = new EnglishWordSet();
        foreach (var set in sets)
        {
            foreach (var word in set._words) union.Add(word);
        }

        return union;
    }

    /// <summary>True when <paramref name="word"/> is in the set, in any case.</summary>
    /// <remarks>
    /// Inlined as far as the test of the word's start and length, which turns most words away: as
    /// a call each word saved and restored five registers, about a third of the lookup.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word) => !_index.RulesOut(word) && ContainsPastFilter(word);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ContainsPastFilter(ReadOnlySpan<char> word) => _index.Find(word, out _) switch
    {
        AsciiWordMatch.Found => true,
        AsciiWordMatch.Missing => false,
        _ => _lookup.Contains(word),
    };

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
