using System.Text;
using DocSchema.Cli.Inputs;
using DocSchema.Robustness.Tests.Support;

namespace DocSchema.Robustness.Tests;

/// <summary>
/// The CLI's decoder on random bytes: it never throws, gives exactly the text .NET's replacing
/// decoders give, and locates the first invalid sequence (byte offset, and where its U+FFFD is in
/// the text) and counts them all, as an independent oracle (exception fallback, counting fallback) does.
/// </summary>
public sealed class DecodingPropertyTests(ITestOutputHelper output)
{
    private const string Category = "decoding";

    public static TheoryData<string> Encodings() => new("utf-8", "utf-8 (BOM)", "utf-16le (BOM)", "utf-16be (BOM)");

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Random_bytes_decode_like_dotnet_and_the_first_invalid_sequence_is_located(string encoding)
    {
        var cases = PropertySeed.Cases(1000);
        var withProblems = 0;
        for (var number = 0; number < cases; number++)
        {
            var random = PropertySeed.ForCase(Category + "/" + encoding, number);
            var (bom, body, oracle) = Make(encoding, random);
            byte[] file = [.. bom, .. body];
            var label = $"{encoding}, seed {PropertySeed.Value}, case {number} ({PropertySeed.Reproduce} reproduces it), bytes {Convert.ToHexString(file.AsSpan(0, Math.Min(file.Length, 64)))}";

            DecodedText decoded;
            try
            {
                decoded = TextDecoder.Decode(file);
            }
            catch (Exception ex)
            {
                Assert.Fail($"threw {ex.GetType().Name}: {ex.Message}; {label}");
                throw;
            }

            var counting = new CountingDecoderFallback();
            var expected = DecodeOnce(oracle, counting, body);
            Assert.True(expected == decoded.Text, $"text differs from .NET's replacing decoder; {label}");
            Assert.True(encoding == decoded.Encoding, $"encoding {decoded.Encoding}; {label}");

            if (counting.Count == 0)
            {
                Assert.True(decoded.Problem is null, $"reported {decoded.Problem} for valid bytes; {label}");
                continue;
            }
            withProblems++;
            var problem = decoded.Problem;
            Assert.True(problem is not null, $"{counting.Count} invalid sequences not reported; {label}");
            var (firstByte, firstChar) = oracle is UnicodeEncoding ? FirstInvalidUtf16(expected, body, encoding == "utf-16be (BOM)") : FirstInvalidUtf8(oracle, body);
            Assert.True(counting.Count == problem!.Count, $"count {problem.Count}, expected {counting.Count}; {label}");
            Assert.True(bom.Length + firstByte == problem.FirstByteOffset, $"first byte offset {problem.FirstByteOffset}, expected {bom.Length + firstByte}; {label}");
            Assert.True(firstChar == problem.FirstCharOffset, $"first char offset {problem.FirstCharOffset}, expected {firstChar}; {label}");
            Assert.True(decoded.Text[problem.FirstCharOffset] == '\uFFFD', $"no U+FFFD at {problem.FirstCharOffset}; {label}");
        }
        output.WriteLine($"{Category}: {cases} cases of random {encoding} bytes, {withProblems} with invalid sequences; seed {PropertySeed.Value}");
    }

    // Mostly valid text with damage here and there, so the first invalid sequence lands anywhere.
    private static (byte[] Bom, byte[] Body, Encoding Oracle) Make(string encoding, Random random)
    {
        var text = RandomUnicode.Generate(random, 400);
        var (bom, oracle) = encoding switch
        {
            "utf-8" => (Array.Empty<byte>(), (Encoding)new UTF8Encoding(false)),
            "utf-8 (BOM)" => (new byte[] { 0xEF, 0xBB, 0xBF }, new UTF8Encoding(false)),
            "utf-16le (BOM)" => (new byte[] { 0xFF, 0xFE }, new UnicodeEncoding(bigEndian: false, byteOrderMark: false)),
            _ => (new byte[] { 0xFE, 0xFF }, new UnicodeEncoding(bigEndian: true, byteOrderMark: false)),
        };
        // Lone surrogates in the text become invalid UTF-16 as they are; for UTF-8, random bytes do the damage.
        var body = encoding.StartsWith("utf-16", StringComparison.Ordinal)
            ? RawUtf16(text, encoding == "utf-16be (BOM)")
            : new UTF8Encoding(false).GetBytes(text);
        var damaged = body.ToList();
        for (var n = random.Next(0, 4); n > 0; n--)
            damaged.Insert(random.Next(damaged.Count + 1), (byte)random.Next(256));
        if (random.Next(4) == 0 && damaged.Count > 0) damaged.RemoveAt(damaged.Count - 1); // cut the last sequence
        // Never start the body with something that reads as another byte order mark.
        if (damaged.Count >= 2 && (damaged[0], damaged[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) or (0xEF, 0xBB)) damaged.Insert(0, (byte)'x');
        return (bom, damaged.ToArray(), oracle);
    }

    private static byte[] RawUtf16(string text, bool bigEndian)
    {
        var bytes = new byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[2 * i + (bigEndian ? 0 : 1)] = (byte)(text[i] >> 8);
            bytes[2 * i + (bigEndian ? 1 : 0)] = (byte)text[i];
        }
        return bytes;
    }

    // One decoding pass (GetString would count each invalid sequence twice: once sizing, once decoding).
    private static string DecodeOnce(Encoding oracle, DecoderFallback fallback, byte[] body)
    {
        var encoding = (Encoding)oracle.Clone();
        encoding.DecoderFallback = fallback;
        var chars = new char[body.Length + 1];
        var count = encoding.GetDecoder().GetChars(body, 0, body.Length, chars, 0, flush: true);
        return new string(chars, 0, count);
    }

    // UTF-8: where a throwing decoder first stops, and how many characters the bytes before it make.
    private static (int Byte, int Char) FirstInvalidUtf8(Encoding oracle, byte[] body)
    {
        var strict = (Encoding)oracle.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetString(body);
            return (-1, -1);
        }
        catch (DecoderFallbackException ex)
        {
            return (ex.Index, oracle.GetCharCount(body, 0, ex.Index));
        }
    }

    // UTF-16: every code unit (and an odd last byte) gives exactly one character, so the first invalid
    // one is the first U+FFFD of .NET's decoding that was not a U+FFFD in the bytes, at twice its index.
    // (The exception fallback's index is not usable here: it points past a lone high surrogate.)
    private static (int Byte, int Char) FirstInvalidUtf16(string decoded, byte[] body, bool bigEndian)
    {
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i] != '\uFFFD') continue;
            if (2 * i + 1 < body.Length && (bigEndian ? body[2 * i] << 8 | body[2 * i + 1] : body[2 * i + 1] << 8 | body[2 * i]) == 0xFFFD) continue;
            return (2 * i, i);
        }
        return (-1, -1);
    }
}
