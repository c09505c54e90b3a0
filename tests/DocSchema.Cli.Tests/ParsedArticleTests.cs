using System.Text.Json;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

/// <summary>
/// Articles with content go through the runtime's language detector and quote scanner, which are
/// being written alongside the CLI. Each test asserts the finished article when they work, and
/// otherwise that their failure is an error record with exit code 1 rather than a crash.
/// </summary>
public class ParsedArticleTests
{
    private const string Article = "LINES: a headline\nThe first paragraph.\n\nThe second paragraph.\n";

    [Fact]
    public void Json_CarriesTheArticlesHeadlineAndParagraphs()
    {
        var run = CliRun.WithStdin(Article, "parse", "--format", "json", "-");

        var json = run.Json();
        Assert.Equal("-", json.GetProperty("source").GetString());
        Assert.Equal("lines", json.GetProperty("schema").GetString());
        if (RuntimeFinishing.IsComplete)
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("LINES: a headline", json.GetProperty("headline").GetString());
            var paragraphs = json.GetProperty("paragraphs").EnumerateArray().ToArray();
            Assert.Equal(["The first paragraph.", "The second paragraph."], paragraphs.Select(p => p.GetProperty("text").GetString()));
            Assert.All(paragraphs, p => Assert.Equal("en", p.GetProperty("language").GetString()));
            Assert.Equal("en", json.GetProperty("language").GetString());
        }
        else
        {
            AssertRuntimeGapIsAnErrorRecord(run, json);
        }
    }

    [Fact]
    public void Text_NumbersParagraphsWithTheirLanguage()
    {
        var run = CliRun.WithStdin(Article, "parse", "-");

        Assert.StartsWith("-" + Environment.NewLine + "  schema      lines" + Environment.NewLine, run.Stdout);
        if (RuntimeFinishing.IsComplete)
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("  headline    LINES: a headline", run.Stdout);
            Assert.Contains("  paragraphs  2", run.Stdout);
            Assert.Contains("    1 [en] The first paragraph.", run.Stdout);
            Assert.Contains("    2 [en] The second paragraph.", run.Stdout);
        }
        else
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("  error       the parser failed: NotImplementedException: ", run.Stdout);
        }
    }

    [Fact]
    public void Jsonl_ABatchMixingArticlesAndFailures_KeepsOneLinePerDocument()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("1.txt", Article), tree.Write("2.txt", "THROW"), tree.Write("3.txt", "nothing") };

        var run = CliRun.Of(["parse", "--format", "jsonl", .. files]);

        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Equal(files, lines.Select(l => l.GetProperty("source").GetString()));
        Assert.Equal(["lines", "throws", "empty"], lines.Select(l => l.GetProperty("schema").GetString()));
        Assert.Equal(RuntimeFinishing.IsComplete, lines[0].TryGetProperty("headline", out _));
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Matches(CliRun.SummaryPattern(3, $"{(RuntimeFinishing.IsComplete ? 1 : 2)} failed"), run.StderrLines[^1]);
    }

    private static void AssertRuntimeGapIsAnErrorRecord(CliRun run, JsonElement record)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("the parser failed: NotImplementedException: ", record.GetProperty("error").GetProperty("message").GetString());
    }
}
