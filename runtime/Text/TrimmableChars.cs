using System.Buffers;

namespace DocSchema.Runtime.Text;

/// <summary>
/// The characters <see cref="SourceText.IsTrimmable"/> accepts, as a <see cref="SearchValues{T}"/>
/// so that blank-line tests and trimming over long lines run vectorized.
/// </summary>
internal static class TrimmableChars
{
    /// <summary>Every trimmable character.</summary>
    internal static readonly SearchValues<char> Chars = Create();

    private static SearchValues<char> Create()
    {
        // Derived from IsTrimmable itself (one pass over the BMP, once per process) rather than
        // listed again, so the two can never disagree.
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (SourceText.IsTrimmable((char)c)) chars.Add((char)c);
        return SearchValues.Create(chars.ToArray());
    }
}
