using System.Text.Json;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class JsonLinesTests
{
    private static readonly string[] s_contractMembers =
    [
        "schema", "source", "language", "headline", "dateline", "captions", "subheadings", "paragraphs",
        "quotes", "speakers", "boilerplate", "related", "sections", "alignment", "diagnostics",
    ];

    [Fact]
    public void OneLinePerInput_InCommandLineOrder_Exit0()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("c.txt"), tree.Write("a.txt"), tree.Write("b.txt") };

        var run = CliRun.Of(["parse", "--format", "jsonl", .. files]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(CliRun.SummaryPattern(3, "none failed"), Assert.Single(run.StderrLines));
        var lines = run.JsonLines();
        Assert.Equal(files, lines.Select(l => l.GetProperty("source").GetString()));
        Assert.All(lines, l => Assert.Equal("empty", l.GetProperty("schema").GetString()));
    }

    [Fact]
    public void ArticleLine_HasEveryMemberOfTheJsonContract()
    {
        var run = CliRun.WithStdin("some text", "parse", "--format", "jsonl", "-");

        var line = Assert.Single(run.JsonLines());
        Assert.Equal(s_contractMembers, line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, line.GetProperty("headline").ValueKind);
        Assert.Equal(0, line.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void ThrowingParser_YieldsAnErrorRecordOnItsLine_OthersStillWritten_Exit1()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("1.txt", "fine"), tree.Write("2.txt", "please THROW"), tree.Write("3.txt", "fine") };

        var run = CliRun.Of(["parse", "--format", "jsonl", .. files]);

        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Equal(files, lines.Select(l => l.GetProperty("source").GetString()));
        Assert.Equal("empty", lines[0].GetProperty("schema").GetString());
        Assert.Equal("empty", lines[2].GetProperty("schema").GetString());

        var record = lines[1];
        Assert.Equal(["source", "schema", "error"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("throws", record.GetProperty("schema").GetString());
        var error = record.GetProperty("error");
        Assert.Equal(["message", "line", "column"], error.EnumerateObject().Select(p => p.Name));
        Assert.Contains("InvalidOperationException: boom", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, error.GetProperty("column").ValueKind);

        Assert.Matches(CliRun.SummaryPattern(3, "1 failed"), run.StderrLines[^1]);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
    }

    [Fact]
    public void ParserWithoutArticle_ErrorRecordCarriesTheErrorsLineAndColumn()
    {
        var run = CliRun.WithStdin("first line\nsecond line", "parse", "--schema", "rejects", "--format", "jsonl", "-");

        Assert.Equal(1, run.ExitCode);
        var record = Assert.Single(run.JsonLines());
        Assert.Equal("-", record.GetProperty("source").GetString());
        Assert.Equal("rejects", record.GetProperty("schema").GetString());
        var error = record.GetProperty("error");
        Assert.Equal("DS2901: cannot read this layout", error.GetProperty("message").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal(3, error.GetProperty("column").GetInt32());
    }

    [Fact]
    public void ArticleWithAnErrorDiagnostic_IsWrittenWithIt_Exit1()
    {
        var run = CliRun.WithStdin("text", "parse", "--schema", "flawed", "--format", "jsonl", "-");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.JsonLines());
        Assert.Equal("flawed", line.GetProperty("schema").GetString());
        var diagnostic = Assert.Single(line.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("DS2900", diagnostic.GetProperty("id").GetString());
    }

    [Fact]
    public void UnreadableFileBelowADirectory_YieldsAnErrorRecord_NotSilence_Exit1()
    {
        using var tree = new TempTree();
        tree.Write("dir/a.txt");
        // A dangling link can be listed but not read, whoever runs the test (root can read everything else).
        File.CreateSymbolicLink(tree.PathOf("dir/b.txt"), tree.PathOf("nowhere.txt"));

        var run = CliRun.Of("parse", "--format", "jsonl", tree.PathOf("dir"));

        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines();
        Assert.Equal(2, lines.Length);
        Assert.Equal("empty", lines[0].GetProperty("schema").GetString());
        var record = lines[1];
        Assert.EndsWith("dir/b.txt", record.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("schema").ValueKind);
        Assert.StartsWith("cannot read: ", record.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public void StandardInput_IsNamedDash()
    {
        var run = CliRun.WithStdin("from a pipe", "parse", "--format", "jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("-", Assert.Single(run.JsonLines()).GetProperty("source").GetString());
    }

    [Fact]
    public void StandardInputTwice_GivesTheSameTextTwice()
    {
        var texts = new List<string>();

        var run = CliRun.Of(["parse", "--format", "jsonl", "-", "-"], "piped"u8.ToArray(), [FakeSchemas.Recording(texts)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.JsonLines().Length);
        Assert.Equal(["piped", "piped"], texts);
    }
}
