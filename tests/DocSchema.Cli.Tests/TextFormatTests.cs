using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class TextFormatTests
{
    private static readonly string NL = Environment.NewLine;

    [Fact]
    public void IsTheDefaultFormat_AndSummarisesEachField()
    {
        var run = CliRun.WithStdin("line one\nline two WARN", "parse", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "-" + NL +
            "  schema      warns" + NL +
            "  encoding    utf-8" + NL +
            "  language    und" + NL +
            "  headline    (none)" + NL +
            "  dateline    (none)" + NL +
            "  captions    0" + NL +
            "  subheadings 0" + NL +
            "  paragraphs  0" + NL +
            "  quotes      0" + NL +
            "  speakers    0" + NL +
            "  boilerplate (none)" + NL +
            "  related     0" + NL +
            "  sections    0" + NL +
            "  diagnostics 1" + NL +
            "    -(2,1): warning DS2001: required role 'headline' did not match" + NL,
            run.Stdout);
    }

    [Fact]
    public void FailedDocument_ShowsItsErrorInPlace_KeepingItsSchemaAndEncoding_Exit1()
    {
        using var tree = new TempTree();
        var file = tree.Write("a.txt", "THROW");

        var run = CliRun.Of("parse", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{NL}  schema      throws{NL}  encoding    utf-8{NL}  error       the parser failed: InvalidOperationException: boom{NL}", run.Stdout);
    }

    [Fact]
    public void FailedSchemaChoice_KeepsTheEncodingOfItsBytes_AndNamesNoSchema()
    {
        using var tree = new TempTree();
        var file = tree.Write("a.txt", "MISJUDGE");

        var run = CliRun.Of("parse", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            file + NL +
            "  schema      (none)" + NL +
            "  encoding    utf-8" + NL +
            "  error       choosing a schema failed: InvalidOperationException: no score" + NL +
            "  diagnostics 0" + NL,
            run.Stdout);
    }

    [Fact]
    public void ErrorWithAPlace_IsWrittenCompilerStyle()
    {
        var run = CliRun.WithStdin("one\ntwo", "parse", "--schema", "rejects", "-");

        Assert.Contains($"  error       -(2,3): DS2901: cannot read this layout{NL}", run.Stdout);
    }

    [Fact]
    public void Documents_AreSeparatedByABlankLine()
    {
        using var tree = new TempTree();
        var first = tree.Write("a.txt");
        var second = tree.Write("b.txt");

        var run = CliRun.Of("parse", first, second);

        var blocks = run.Stdout.Split(NL + NL);
        Assert.Equal(2, blocks.Length);
        Assert.StartsWith(first + NL, blocks[0]);
        Assert.StartsWith(second + NL, blocks[1]);
    }
}
