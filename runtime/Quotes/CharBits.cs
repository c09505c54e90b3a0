namespace DocSchema.Runtime.Quotes;

/// <summary>
/// An exact set of UTF-16 units, one bit each (8 KB): for a test made at nearly every character of
/// a paragraph, where the answer is almost always no and a dictionary probe would cost more.
/// </summary>
internal sealed class CharBits
{
    private readonly uint[] _bits = new uint[(char.MaxValue + 1) / 32];

    /// <summary>A set of <paramref name="characters"/>.</summary>
    public CharBits(IEnumerable<char> characters)
    {
        foreach (char c in characters) _bits[c >> 5] |= 1u << (c & 31);
    }

    /// <summary>True when <paramref name="c"/> is in the set.</summary>
    public bool Contains(char c) => (_bits[c >> 5] & (1u << (c & 31))) != 0;
}
