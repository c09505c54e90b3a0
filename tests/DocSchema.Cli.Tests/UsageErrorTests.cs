using DocSchema.Cli.Tests.Infrastructure;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Tests;

public class UsageErrorTests
{
    [Fact]
    public void UnknownSchema_OneLineListingTheKnownOnes_Exit2()
    {
        using var tree = new TempTree();
        var file = tree.Write("a.txt");

        var run = CliRun.Of("parse", "--schema", "nope", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"docschema: unknown schema 'nope' (known: {FakeSchemas.KnownNames}){Environment.NewLine}", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void MissingInput_NamedOnStderr_NothingParsed_Exit2()
    {
        using var tree = new TempTree();
        var existing = tree.Write("a.txt");
        var missing = tree.PathOf("missing.txt");

        var run = CliRun.Of("parse", "--format", "jsonl", existing, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"docschema: no such file or directory: {missing}{Environment.NewLine}", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("parse", "--bogus", "x.txt")]
    [InlineData("parse", "--format", "xml", "x.txt")]
    [InlineData("parse")]
    [InlineData("frobnicate")]
    [InlineData]
    public void BadUsage_ReportsSystemCommandLinesMessage_Exit2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Stderr.Trim());
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void UnknownOption_IsNamedInTheMessage()
    {
        var run = CliRun.Of("parse", "--bogus", "x.txt");

        Assert.Contains("'--bogus'", run.Stderr);
    }

    [Fact]
    public void MistypedCommand_SuggestionGoesToStderr()
    {
        var run = CliRun.Of("pars", "x.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("parse", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void AutoWithNoSchemaCompiledIn_Exit2()
    {
        var run = CliRun.Of(["parse", "-"], schemas: Array.Empty<SchemaInfo>());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no schema is compiled in", run.Stderr);
    }
}
