using System.Buffers;
using System.Text;

namespace DocSchema.Runtime.Text;

/// <summary>Invariant lower-casing that takes the vectorized ASCII path when the text is ASCII.</summary>
/// <remarks>
/// Names and verbs are looked up lower-cased for every mention and English word; nearly all of them
/// are ASCII, which <see cref="Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/> lower-cases
/// many characters at a time where <see cref="MemoryExtensions.ToLowerInvariant"/> maps each one
/// through the casing table. Both give the same characters for ASCII; any other text goes the
/// invariant way.
/// </remarks>
internal static class InvariantCasing
{
    /// <summary>
    /// Writes <paramref name="source"/> lower-cased (invariant culture) to <paramref name="destination"/>,
    /// which is at least as long, and returns the number of characters written.
    /// </summary>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (Ascii.ToLower(source, destination, out int written) == OperationStatus.Done) return written;
        return source.ToLowerInvariant(destination);
    }

    /// <summary>
    /// <see cref="string.ToLowerInvariant"/>, giving <paramref name="text"/> itself without the
    /// casing table where nothing in it has a lower case: ASCII without capitals (an English title as
    /// the attributor keeps it) or ideographs alone (a Chinese one).
    /// </summary>
    public static string ToLower(string text)
    {
        var span = text.AsSpan();
        bool unchanged = Ascii.IsValid(span) ? !span.ContainsAnyInRange('A', 'Z') : !span.ContainsAnyExceptInRange('\u3400', '\u9FFF');
        return unchanged ? text : text.ToLowerInvariant();
    }
}
