using System.Text;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>
/// Standard output in the real program is a <see cref="StreamWriter"/> that encodes UTF-8: records
/// are written to its stream as bytes, and must be exactly the text any other writer gets, encoded.
/// </summary>
public class Utf8OutputTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("text")]
    public void AUtf8StreamWriter_GetsExactlyTheTextOtherWritersGet(string format)
    {
        using var tree = new TempTree();
        var files = new[]
        {
            tree.Write("1.txt", "第一篇文章。\n\n正文「引述」。"),
            tree.Write("2.txt", "please THROW"),
            tree.WriteBytes("3.txt", [(byte)'x', 0xFF, (byte)'\n', (byte)'y']),
        };
        string[] args = ["parse", "--format", format, "--jobs", "2", .. files];

        var asText = CliRun.Of(args);
        using var stream = new MemoryStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write("before ");
        var exit = new CliApplication(FakeSchemas.All, new MemoryStream(), writer, new StringWriter()).Run(args);

        Assert.Equal(asText.ExitCode, exit);
        Assert.Equal(Encoding.UTF8.GetBytes("before " + asText.Stdout), stream.ToArray());
    }
}
