using System.Text;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class DecodingTests
{
    private const string Sample = "héllo 你好 \U0001F600";

    [Fact]
    public void WithoutBom_IsUtf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(new DecodedText(Sample, "utf-8", null), decoded);
    }

    [Fact]
    public void Utf8Bom_IsRemoved()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "utf-8 (BOM)", null), decoded);
    }

    [Fact]
    public void Utf16LittleEndianBom_IsUtf16LittleEndian()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "utf-16le (BOM)", null), decoded);
    }

    [Fact]
    public void Utf16BigEndianBom_IsUtf16BigEndian()
    {
        var decoded = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "utf-16be (BOM)", null), decoded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void Utf8_AtAndPastTheOnePassLimit_DecodesAlike_ValidOrNot(int pastLimit)
    {
        // Files up to the limit are transcoded in one pass into a buffer, larger ones by GetString:
        // both must give the same text and problem. Chinese (3 bytes) and ASCII, cut to the size.
        var size = TextDecoder.OnePassLimit + pastLimit;
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("新闻 news, ", size / 13 + 1)));
        var cut = size - 2;
        while ((text[cut] & 0xC0) == 0x80) cut--; // not inside a character
        byte[] file = [.. text[..cut], .. Enumerable.Repeat((byte)'o', size - cut)];

        var decoded = TextDecoder.Decode(file);
        Assert.Equal(Encoding.UTF8.GetString(file), decoded.Text);
        Assert.Null(decoded.Problem);

        file[^2] = 0xE4; // a lead byte followed by ASCII: one invalid sequence
        var damaged = TextDecoder.Decode(file);
        Assert.Equal(Encoding.UTF8.GetString(file), damaged.Text);
        Assert.Equal(file.Length - 2, damaged.Problem!.FirstByteOffset);
        Assert.Equal('\uFFFD', damaged.Text[damaged.Problem.FirstCharOffset]);
        Assert.Equal(1, damaged.Problem.Count);
    }

    [Fact]
    public void InvalidUtf8_IsReplaced_AndTheFirstInvalidSequenceLocated_NotThrown()
    {
        var decoded = TextDecoder.Decode([(byte)'a', 0xC3, 0x28, (byte)'b', 0xFF]);

        Assert.Equal("a\uFFFD(b\uFFFD", decoded.Text);
        Assert.Equal(new DecodingProblem("UTF-8", FirstByteOffset: 1, FirstCharOffset: 1, Count: 2), decoded.Problem);
        Assert.Equal("invalid UTF-8 at byte offset 1 (2 invalid sequences replaced with U+FFFD)", decoded.Problem!.Message);
    }

    [Fact]
    public void InvalidUtf8_AfterABom_CountsTheBomInTheByteOffset_NotInTheCharOffset()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "你好"u8, 0xE4, 0xBD]);

        Assert.Equal("你好\uFFFD", decoded.Text);
        Assert.Equal(new DecodingProblem("UTF-8", FirstByteOffset: 9, FirstCharOffset: 2, Count: 1), decoded.Problem);
    }

    [Fact]
    public void ASequenceCutOffByTheEnd_IsOneInvalidSequence()
    {
        var decoded = TextDecoder.Decode([.. "ab"u8, 0xF0, 0x9F, 0x98]);

        Assert.Equal("ab\uFFFD", decoded.Text);
        Assert.Equal(1, decoded.Problem!.Count);
    }

    [Fact]
    public void LoneSurrogateInUtf16_IsReplacedAndLocated()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8]);

        Assert.Equal("a\uFFFD", decoded.Text);
        Assert.Equal(new DecodingProblem("UTF-16", FirstByteOffset: 4, FirstCharOffset: 1, Count: 1), decoded.Problem);
    }

    [Fact]
    public void Utf16BigEndian_WithALoneLowSurrogateAndAnOddLastByte_ReportsBoth()
    {
        var decoded = TextDecoder.Decode([0xFE, 0xFF, 0x00, 0x61, 0xDC, 0x00, 0x00, 0x62, 0x63]);

        Assert.Equal("a\uFFFDb\uFFFD", decoded.Text);
        Assert.Equal(new DecodingProblem("UTF-16", FirstByteOffset: 4, FirstCharOffset: 1, Count: 2), decoded.Problem);
    }

    [Fact]
    public void Utf16_SurrogatePairs_AreKept()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("\U0001F600𠀀")]);

        Assert.Equal("\U0001F600𠀀", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void EmptyInput_IsEmptyText()
    {
        Assert.Equal(new DecodedText("", "utf-8", null), TextDecoder.Decode([]));
    }

    [Fact]
    public void ThroughTheCli_InvalidUtf8_ParsesTheRepairedText_WarnsOnStderr_Exit0()
    {
        using var tree = new TempTree();
        var file = tree.WriteBytes("bad.txt", [(byte)'a', 0xFF, (byte)'b']);
        var texts = new List<string>();

        var run = CliRun.Of(["parse", file], schemas: [FakeSchemas.Recording(texts)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("a\uFFFDb", Assert.Single(texts));
        Assert.Equal($"docschema: warning: {file}: invalid UTF-8 at byte offset 1 (1 invalid sequence replaced with U+FFFD)", run.StderrLines[0]);
        Assert.Contains("  encoding    utf-8; invalid UTF-8 at byte offset 1 (1 invalid sequence replaced with U+FFFD)", run.Stdout);
        Assert.Contains($"{file}(1,2): warning DS2005: invalid UTF-8 at byte offset 1", run.Stdout);
    }

    [Fact]
    public void ThroughTheCli_InvalidUtf8_IsDiagnosticDS2005InTheJson_AtTheLineAndColumnOfTheReplacement()
    {
        using var tree = new TempTree();
        // Line 2, after "x" and a Chinese character (3 bytes, 1 char): byte offset 10, column 3.
        var file = tree.WriteBytes("bad.txt", [.. "title\nx中"u8, 0xC0, 0xAF, .. "\nok"u8, 0xFE]);

        var run = CliRun.Of("parse", "--schema", "lines", "--format", "jsonl", file);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.JsonLines());
        var diagnostic = line.GetProperty("diagnostics")[0];
        Assert.Equal("DS2005", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.StartsWith("invalid UTF-8 at byte offset 10 (3 invalid sequences replaced with U+FFFD)", diagnostic.GetProperty("message").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(3, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("x中\uFFFD\uFFFD", line.GetProperty("paragraphs")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void ThroughTheCli_Utf16StandardInput_IsDecodedLikeAFile()
    {
        var texts = new List<string>();

        var run = CliRun.Of(["parse", "-"], [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], [FakeSchemas.Recording(texts)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Sample, Assert.Single(texts));
        Assert.Contains("  encoding    utf-16be (BOM)", run.Stdout);
    }
}
