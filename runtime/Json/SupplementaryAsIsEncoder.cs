using System.Buffers;
using System.Text.Encodings.Web;

namespace DocSchema.Runtime.Json;

/// <summary>
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, except that characters outside the
/// Basic Multilingual Plane (emoji, Han extension B and beyond: 𠝹, 𨋢 in Hong Kong text) are
/// written as they are, as four UTF-8 bytes, instead of as a pair of <c>\uD8xx\uDCxx</c> escapes.
/// </summary>
/// <remarks>
/// The built-in encoders' allowed ranges cover the BMP only, so they escape every supplementary
/// character; JSON needs no such escape (RFC 8259 §7), and corpora of Chinese news are searched and
/// diffed as text. This encoder asks the relaxed one where the first character to escape is,
/// stepping over the well-formed surrogate pairs it points at, and when a string needs escaping it
/// hands the runs between pairs to the relaxed one: everything else (quotation marks, backslashes,
/// control characters, a lone surrogate) is escaped exactly as the relaxed encoder escapes it. The
/// pointer-based members are the ones <see cref="JavaScriptEncoder"/> declares abstract.
/// </remarks>
internal sealed class SupplementaryAsIsEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder s_relaxed = UnsafeRelaxedJsonEscaping;

    /// <summary>The one instance: it holds no state.</summary>
    public static SupplementaryAsIsEncoder Instance { get; } = new();

    private SupplementaryAsIsEncoder()
    {
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => s_relaxed.MaxOutputCharactersPerInputCharacter;

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var characters = new ReadOnlySpan<char>(text, textLength);
        // Text that does not start with ASCII (Chinese, nearly always) is usually plain to its end,
        // which the ranges find a vector at a time; the relaxed encoder's own vectorized
        // search covers ASCII only, so English text is left to it.
        var start = textLength > 0 && text[0] >= 0x80 ? PlainTextPrefix.Length(characters) : 0;
        if (start == textLength) return -1;
        while (true)
        {
            var found = s_relaxed.FindFirstCharacterToEncode(text + start, textLength - start);
            if (found < 0) return -1;
            var index = start + found;
            if (!IsPairAt(characters, index)) return index;
            start = index + 2;
        }
    }

    /// <summary>
    /// Writes <paramref name="source"/> escaped, as the relaxed encoder does, except each
    /// well-formed surrogate pair, which is copied as it is.
    /// </summary>
    /// <remarks>The writer escapes a string through this method once the first character to escape
    /// is found; handing the runs between pairs to the relaxed encoder keeps its output exactly, a
    /// lone surrogate's <c>\uFFFD</c> included.</remarks>
    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        charsConsumed = 0;
        charsWritten = 0;
        while (true)
        {
            var pair = IndexOfPair(source[charsConsumed..]);
            var run = pair < 0 ? source[charsConsumed..] : source.Slice(charsConsumed, pair);
            var status = s_relaxed.Encode(run, destination[charsWritten..], out var consumed, out var written, isFinalBlock: pair >= 0 || isFinalBlock);
            charsConsumed += consumed;
            charsWritten += written;
            if (status != OperationStatus.Done || pair < 0) return status;
            if (destination.Length - charsWritten < 2) return OperationStatus.DestinationTooSmall;
            source.Slice(charsConsumed, 2).CopyTo(destination[charsWritten..]);
            charsConsumed += 2;
            charsWritten += 2;
        }
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        s_relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar > char.MaxValue ? false : s_relaxed.WillEncode(unicodeScalar);

    // The index of the first well-formed surrogate pair of text, or -1.
    private static int IndexOfPair(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (true)
        {
            var high = text[start..].IndexOfAnyInRange('\uD800', '\uDBFF');
            if (high < 0) return -1;
            high += start;
            if (IsPairAt(text, high)) return high;
            start = high + 1;
        }
    }

    private static bool IsPairAt(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]);
}
