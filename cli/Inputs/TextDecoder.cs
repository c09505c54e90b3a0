using System.Text;

namespace DocSchema.Cli.Inputs;

/// <summary>
/// Turns a document's bytes into text: a UTF-8, UTF-16 LE or UTF-16 BE byte order mark decides the
/// encoding, otherwise UTF-8. Never throws on bad bytes: they become U+FFFD and are reported, so one
/// badly encoded file cannot stop a batch.
/// </summary>
internal static class TextDecoder
{
    // Strict decoders detect bad input; the lenient ones (replacement fallback) are only used once
    // the strict one has found a problem, so well-formed files are decoded once.
    private static readonly Encoding s_utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding s_utf16LeStrict = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf16LeLenient = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding s_utf16BeStrict = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf16BeLenient = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>; see the class remarks for how the encoding is chosen.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
            return Decode(bytes[3..], s_utf8Strict, s_utf8Lenient, "utf-8 (BOM)", "UTF-8");
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
            return Decode(bytes[2..], s_utf16LeStrict, s_utf16LeLenient, "utf-16le (BOM)", "UTF-16");
        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
            return Decode(bytes[2..], s_utf16BeStrict, s_utf16BeLenient, "utf-16be (BOM)", "UTF-16");
        return Decode(bytes, s_utf8Strict, s_utf8Lenient, "utf-8", "UTF-8");
    }

    private static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding strict, Encoding lenient, string name, string label)
    {
        try
        {
            return new DecodedText(strict.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(lenient.GetString(bytes), name, $"invalid {label} byte sequences were replaced with U+FFFD");
        }
    }
}
