namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A set of name keys, for <see cref="SpeakerEntity.OtherMentions"/>: the first few in a list
/// searched one by one, the rest hashed.
/// </summary>
/// <remarks>
/// A speaker's forms and mentions are a handful, whose keys a search of the list compares in a
/// few instructions each (mostly at their lengths) where a hash set hashed every key: about 180
/// instructions an addition, 1.6 % of a bilingual page's. Past <see cref="Listed"/> keys they are
/// hashed, so that a speaker of thousands of mentions costs linear time.
/// </remarks>
internal sealed class KeySet
{
    private const int Listed = 16;

    private readonly List<string> _listed = new(Listed);
    private readonly HashSet<string> _hashed = new(StringComparer.Ordinal);

    /// <summary>Empties the set.</summary>
    public void Clear()
    {
        _listed.Clear();
        _hashed.Clear();
    }

    /// <summary>Adds <paramref name="key"/>; false when the set already holds it (ordinal).</summary>
    public bool Add(string key)
    {
        foreach (var listed in _listed)
        {
            // string.Equals(a, b) is ordinal and inlined; with a StringComparison it is a call
            // that switches on the comparison first (about forty instructions a key).
            if (string.Equals(listed, key)) return false;
        }

        if (_listed.Count < Listed)
        {
            _listed.Add(key);
            return true;
        }

        return _hashed.Add(key);
    }
}
