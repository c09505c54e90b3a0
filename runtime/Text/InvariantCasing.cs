using System.Runtime.CompilerServices;
using System.Text;

namespace DocSchema.Runtime.Text;

/// <summary>Invariant lower-casing that maps a character through the casing table only when it may have a lower case.</summary>
/// <remarks>
/// Names, roles and verbs are lowered for every mention and English word: a few to a few dozen
/// characters, nearly all ASCII or ideographs, neither of which needs the table. A loop lowers
/// them in a few instructions a character, where <see cref="Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>'s
/// preparation for vectors cost about a hundred a name, and a transliterated Chinese name
/// (唐纳德·特朗普, whose dot is no ideograph) went through the table whole. From the first character
/// that may have a lower case, the rest goes the invariant way, so the result is always what
/// <see cref="MemoryExtensions.ToLowerInvariant"/> gives (InvariantCasingTests checks every UTF-16 unit).
/// </remarks>
internal static class InvariantCasing
{
    /// <summary>
    /// Writes <paramref name="source"/> lower-cased (invariant culture) to <paramref name="destination"/>
    /// and returns the number of characters written (the source's length), or -1 when the
    /// destination is shorter, as <see cref="MemoryExtensions.ToLowerInvariant"/> does. The two
    /// must not overlap.
    /// </summary>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length) return source.ToLowerInvariant(destination);
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
            else if (GoesToTable(c)) return i + source[i..].ToLowerInvariant(destination[i..]);
            destination[i] = c;
        }

        return source.Length;
    }

    // A character beyond ASCII that may have a lower case: all but those no casing maps, as names
    // write them (the middle dot of a transliteration, general punctuation ’ • ‧, and U+3000–U+9FFF:
    // CJK punctuation, kana, the ideographs). A surrogate is none of those, so a pair always goes
    // to the table whole. Both forms ask it, so that they tell caseless text alike.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GoesToTable(char c) =>
        c >= '\u0080' && !(c == '\u00B7' || (uint)(c - '\u2000') <= '\u206F' - '\u2000' || (uint)(c - '\u3000') <= '\u9FFF' - '\u3000');

    /// <summary>
    /// <see cref="string.ToLowerInvariant"/>, giving <paramref name="text"/> itself without the
    /// casing table where nothing in it has a lower case: ASCII without capitals (an English title as
    /// the attributor keeps it) or the caseless characters of Chinese (总统, 唐纳德·特朗普), as the
    /// span form tells them.
    /// </summary>
    public static string ToLower(string text)
    {
        foreach (char c in text)
        {
            if (char.IsAsciiLetterUpper(c) || GoesToTable(c)) return text.ToLowerInvariant();
        }

        return text;
    }
}
