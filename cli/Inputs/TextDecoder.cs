using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace DocSchema.Cli.Inputs;

/// <summary>
/// Turns a document's bytes into text: a UTF-8, UTF-16 LE or UTF-16 BE byte order mark decides the
/// encoding (and is removed), otherwise UTF-8. Never throws on bad bytes: each invalid sequence
/// becomes one U+FFFD, exactly as .NET's replacing decoders do it, and the first one's place and the
/// number of them are reported (<see cref="DecodingProblem"/>), so one badly encoded file neither
/// stops a batch nor passes unnoticed.
/// </summary>
internal static class TextDecoder
{
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] s_utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] s_utf16BeBom = [0xFE, 0xFF];

    /// <summary>Decodes <paramref name="bytes"/>; see the class remarks for how the encoding is chosen.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(s_utf8Bom)) return DecodeUtf8(bytes[s_utf8Bom.Length..], s_utf8Bom.Length, "utf-8 (BOM)");
        if (bytes.StartsWith(s_utf16LeBom)) return DecodeUtf16(bytes[s_utf16LeBom.Length..], s_utf16LeBom.Length, bigEndian: false);
        if (bytes.StartsWith(s_utf16BeBom)) return DecodeUtf16(bytes[s_utf16BeBom.Length..], s_utf16BeBom.Length, bigEndian: true);
        return DecodeUtf8(bytes, 0, "utf-8");
    }

    /// <summary>Throws on the first invalid sequence instead of replacing it: see DecodeUtf8.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Up to this many bytes (after any byte order mark), a file is transcoded in one pass into a pooled buffer and copied into its
    // string: the copy costs less than the counting pass GetString makes first (three bytes of Chinese
    // at a time). A larger file takes GetString, which needs no buffer as large as the string beside it.
    internal const int OnePassLimit = 1 << 20;

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength, string name)
    {
        if (bytes.Length <= OnePassLimit)
        {
            // UTF-8 never needs more UTF-16 code units than bytes.
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                if (Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
                    return new DecodedText(new string(chars, 0, written), name, null);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
            return DecodeInvalidUtf8(bytes, bomLength, name);
        }

        // Well-formed files take the vectorized path and are decoded in one call, without a validation
        // pass of their own; only a file that is not well formed pays for the exception and is decoded
        // again below, sequence by sequence, to find where and how often.
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException)
        {
            return DecodeInvalidUtf8(bytes, bomLength, name);
        }
    }

    private static DecodedText DecodeInvalidUtf8(ReadOnlySpan<byte> bytes, int bomLength, string name)
    {
        // UTF-8 never needs more UTF-16 code units than bytes: one per byte at most, U+FFFD included.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            int read = 0, written = 0, count = 0;
            long firstByte = -1;
            var firstChar = -1;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[read..], chars.AsSpan(written), out var bytesRead, out var charsWritten,
                    replaceInvalidSequences: false, isFinalBlock: true);
                read += bytesRead;
                written += charsWritten;
                if (status == OperationStatus.Done) break;

                // An invalid sequence (or one cut off by the end of the file): its maximal invalid
                // prefix becomes one U+FFFD, the Unicode-recommended practice .NET's decoders follow.
                Rune.DecodeFromUtf8(bytes[read..], out _, out var invalidLength);
                if (count++ == 0)
                {
                    firstByte = bomLength + read;
                    firstChar = written;
                }
                chars[written++] = '\uFFFD';
                read += Math.Max(1, invalidLength);
            }
            return new DecodedText(new string(chars, 0, written), name, new DecodingProblem("UTF-8", firstByte, firstChar, count));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, int bomLength, bool bigEndian)
    {
        var name = bigEndian ? "utf-16be (BOM)" : "utf-16le (BOM)";
        var units = bytes.Length / 2;
        var text = new char[units + bytes.Length % 2];
        int written = 0, count = 0;
        long firstByte = -1;
        var firstChar = -1;

        void Invalid(long byteOffset)
        {
            if (count++ == 0)
            {
                firstByte = bomLength + byteOffset;
                firstChar = written;
            }
            text[written++] = '\uFFFD';
        }

        char Unit(ReadOnlySpan<byte> all, int index)
        {
            var pair = all.Slice(index * 2, 2);
            return (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(pair) : BinaryPrimitives.ReadUInt16LittleEndian(pair));
        }

        for (var i = 0; i < units; i++)
        {
            var c = Unit(bytes, i);
            if (char.IsHighSurrogate(c) && i + 1 < units && char.IsLowSurrogate(Unit(bytes, i + 1)))
            {
                text[written++] = c;
                text[written++] = Unit(bytes, ++i);
            }
            else if (char.IsSurrogate(c))
            {
                // A lone half of a pair: the pair's other half is missing or is not one.
                Invalid(i * 2L);
            }
            else
            {
                text[written++] = c;
            }
        }
        if (bytes.Length % 2 == 1) Invalid(bytes.Length - 1); // an odd byte left over at the end

        var problem = count == 0 ? null : new DecodingProblem("UTF-16", firstByte, firstChar, count);
        return new DecodedText(new string(text, 0, written), name, problem);
    }
}
