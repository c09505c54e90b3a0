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

    [Fact]
    public void InvalidUtf8_IsReplacedAndReported_NotThrown()
    {
        var decoded = TextDecoder.Decode([(byte)'a', 0xC3, 0x28, (byte)'b', 0xFF]);

        Assert.Equal("a\uFFFD(b\uFFFD", decoded.Text);
        Assert.Equal("invalid UTF-8 byte sequences were replaced with U+FFFD", decoded.Problem);
    }

    [Fact]
    public void LoneSurrogateInUtf16_IsReplacedAndReported()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8]);

        Assert.Equal("a\uFFFD", decoded.Text);
        Assert.NotNull(decoded.Problem);
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
        Assert.Equal($"docschema: warning: {file}: invalid UTF-8 byte sequences were replaced with U+FFFD{Environment.NewLine}", run.Stderr);
        Assert.Contains("  encoding    utf-8; invalid UTF-8 byte sequences were replaced with U+FFFD", run.Stdout);
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
