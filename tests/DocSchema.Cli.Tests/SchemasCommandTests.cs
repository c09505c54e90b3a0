using DocSchema.Cli.Tests.Infrastructure;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Tests;

public class SchemasCommandTests
{
    [Fact]
    public void ListsEverySchemaOnALineInRegistryOrder_WithAlignedColumns()
    {
        var run = CliRun.Of("schemas");

        Assert.Equal(0, run.ExitCode);
        var lines = run.StdoutLines;
        Assert.Equal(FakeSchemas.All.Select(s => s.Name), lines.Select(l => l.Split(' ')[0]));

        // The type column starts at the same place on every line, and so does the description.
        var typeColumns = lines.Select((line, i) => line.IndexOf(FakeSchemas.All[i].TypeName, StringComparison.Ordinal)).Distinct();
        var descriptionColumns = lines.Select((line, i) => line.IndexOf(FakeSchemas.All[i].Description, StringComparison.Ordinal)).Distinct();
        Assert.True(Assert.Single(typeColumns) > 0);
        Assert.True(Assert.Single(descriptionColumns) > 0);
        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void MultiLineDescription_IsListedOnOneLine()
    {
        var schema = FakeSchemas.Empty with { Description = "First line\n  second line." };

        var run = CliRun.Of(["schemas"], schemas: [schema]);

        Assert.Equal("empty  Fake.EmptyArticle  First line second line." + Environment.NewLine, run.Stdout);
    }

    [Fact]
    public void NoSchemaCompiledIn_PrintsNothingAndSaysSoOnStderr()
    {
        var run = CliRun.Of(["schemas"], schemas: Array.Empty<SchemaInfo>());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("no schema is compiled in", run.Stderr);
    }
}
