using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class SchemaSelectionTests
{
    [Fact]
    public void Auto_PicksTheHighestScoringSchema_PerDocument()
    {
        using var tree = new TempTree();
        var plain = tree.Write("a.txt", "plain");
        var warned = tree.Write("b.txt", "WARN here");

        var run = CliRun.Of("parse", "--format", "jsonl", plain, warned);

        Assert.Equal(["empty", "warns"], run.JsonLines().Select(l => l.GetProperty("schema").GetString()));
    }

    [Fact]
    public void Auto_IsTheDefault()
    {
        var run = CliRun.WithStdin("WARN", "parse", "--format", "jsonl", "-");

        Assert.Equal("warns", Assert.Single(run.JsonLines()).GetProperty("schema").GetString());
    }

    [Fact]
    public void ANamedSchema_IsUsedWhateverTheScores()
    {
        var run = CliRun.WithStdin("WARN and THROW", "parse", "-s", "empty", "--format", "jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("empty", Assert.Single(run.JsonLines()).GetProperty("schema").GetString());
    }

    [Fact]
    public void AThrowingScore_FailsOnlyThatDocument()
    {
        var fragile = FakeSchemas.Empty with
        {
            Name = "fragile",
            Score = source => source.Text == "bad" ? throw new FormatException("cannot score") : 1,
        };
        using var tree = new TempTree();
        var files = new[] { tree.Write("1.txt", "bad"), tree.Write("2.txt", "good") };

        var run = CliRun.Of(["parse", "--format", "jsonl", .. files], schemas: [fragile]);

        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Contains("FormatException: cannot score", lines[0].GetProperty("error").GetProperty("message").GetString());
        Assert.True(lines[1].TryGetProperty("paragraphs", out _));
    }
}
