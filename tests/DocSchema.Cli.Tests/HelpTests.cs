using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void RootHelp_ListsCommandsExamplesAndExitCodes()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("parse", run.Stdout);
        Assert.Contains("schemas", run.Stdout);
        Assert.Contains("Examples:", run.Stdout);
        Assert.Contains("Exit codes:", run.Stdout);
        Assert.Contains("  0  every document was parsed", run.Stdout);
        Assert.Contains("  1  at least one document failed", run.Stdout);
        Assert.Contains("  2  usage error", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void ParseHelp_DocumentsOptionsFormatsSchemasAndExitCodes()
    {
        // No INPUT is given: asking for help must not fail on the missing argument.
        var run = CliRun.Of("parse", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--schema", run.Stdout);
        Assert.Contains("--format", run.Stdout);
        Assert.Contains("<json|jsonl|text>", run.Stdout);
        Assert.Contains("[default: auto]", run.Stdout);
        Assert.Contains("[default: text]", run.Stdout);
        Assert.Contains("Known: " + FakeSchemas.KnownNames, run.Stdout);
        Assert.Contains("--jobs", run.Stdout);
        Assert.Contains("--timeout", run.Stdout);
        Assert.Contains("[default: 10]", run.Stdout);
        Assert.Contains("DS2005", run.Stdout);
        Assert.Contains("byte order mark", run.Stdout);
        Assert.Contains("  130  interrupted", run.Stdout);
        Assert.Contains("docschema parse --format jsonl", run.Stdout);
        Assert.Contains("Exit codes:", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void SchemasHelp_HasAnExample()
    {
        var run = CliRun.Of("schemas", "-h");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Stdout);
        Assert.Contains("docschema schemas", run.Stdout);
    }
}
