using System.Buffers;

namespace DocSchema.Runtime.Registry;

/// <summary>
/// The texts of a schema's <c>contains</c> detect signals, looked for in one pass: a generated
/// <c>Score</c> with two or more of them asks <see cref="FoundIn"/> once instead of searching the
/// whole document for each (under <c>--schema auto</c> every schema scores every document, and a
/// text that is absent, as a source's name is from the other sources' pages, costs a whole pass).
/// </summary>
/// <remarks>
/// The pass jumps from one character that starts a literal to the next (a vectorized search for a
/// few characters) and compares the literals starting with it there; it stops once every literal
/// is found. A literal is found exactly when <see cref="string.Contains(string, StringComparison)"/>
/// with <see cref="StringComparison.Ordinal"/> finds it. The pass stops at every occurrence of a
/// literal's first character, so literals that start with a character common in the text (a space,
/// a frequent letter) make it slower than one search each; a source's name rarely does.
/// </remarks>
public sealed class DetectLiterals
{
    /// <summary>The most literals one instance looks for: one bit each of <see cref="FoundIn"/>'s answer.</summary>
    public const int MaxCount = 64;

    private readonly string[] _literals;
    private readonly SearchValues<char> _firstCharacters;
    private readonly ulong _all;
    private readonly ulong _empty;

    /// <summary>Looks for <paramref name="literals"/> (at most <see cref="MaxCount"/>; an empty one is in every text).</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxCount"/> literals, or a null one.</exception>
    public DetectLiterals(params string[] literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        if (literals.Length > MaxCount) throw new ArgumentException($"At most {MaxCount} literals can be looked for at once; {literals.Length} were given.", nameof(literals));
        if (Array.IndexOf(literals, null) >= 0) throw new ArgumentException("A literal cannot be null.", nameof(literals));
        _literals = (string[])literals.Clone();
        _all = literals.Length == MaxCount ? ulong.MaxValue : (1UL << literals.Length) - 1;
        for (int k = 0; k < literals.Length; k++)
            if (literals[k].Length == 0) _empty |= 1UL << k;
        _firstCharacters = SearchValues.Create(literals.Where(l => l.Length > 0).Select(l => l[0]).Distinct().ToArray());
    }

    /// <summary>The literals <paramref name="text"/> contains (ordinal): bit <c>k</c> set for the <c>k</c>th literal given.</summary>
    public ulong FoundIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong found = _empty;
        var rest = text.AsSpan();
        while (found != _all)
        {
            int at = rest.IndexOfAny(_firstCharacters);
            if (at < 0) break;
            rest = rest[at..];
            for (int k = 0; k < _literals.Length; k++)
                if (rest.StartsWith(_literals[k], StringComparison.Ordinal)) found |= 1UL << k; // an empty one is in _empty already
            rest = rest[1..];
        }

        return found;
    }
}
