using System.Text.Json;
using DocSchema.Cli;
using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Generated;

namespace DocSchema.EndToEnd.Tests;

/// <summary>`docschema eval` over the gold files and the sample articles, with the compiled-in schemas.</summary>
public sealed class EvalCommandTests
{
    private static readonly string GoldDirectory = Path.Combine(AppContext.BaseDirectory, "Gold");
    private static readonly string ArticlesDirectory = Path.Combine(AppContext.BaseDirectory, "Articles");

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = new CliApplication(DocSchemaRegistry.All, Stream.Null, stdout, stderr).Run(args);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Eval(params string[] extra)
    {
        var (exit, stdout, stderr) = Run(["eval", "--gold", GoldDirectory, "--articles", ArticlesDirectory, "--format", "json", .. extra]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    [Fact]
    public void Every_structural_field_matches_the_gold_with_the_gold_schemas()
    {
        var fields = Eval().GetProperty("all").GetProperty("fields").EnumerateArray().ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.True(f.GetProperty("match").GetBoolean(),
            $"{f.GetProperty("field").GetString()}: expected {f.GetProperty("expected").GetString()}, got {f.GetProperty("actual").GetString()}"));
    }

    [Fact]
    public void Every_gold_speech_quote_is_found()
    {
        var speech = Eval().GetProperty("all").GetProperty("speech");
        var goldCount = SampleFiles.GoldNames().Sum(CountGoldSpeechQuotes);
        Assert.Equal(goldCount, speech.GetProperty("gold").GetInt32());
        Assert.Equal(1.0, speech.GetProperty("recall").GetDouble());
    }

    [Fact]
    public void One_row_per_section_and_the_caption_quotes()
    {
        var sections = Eval().GetProperty("sections").EnumerateArray().Select(s => (s.GetProperty("document").GetString(), s.GetProperty("section").GetString())).ToList();
        Assert.Contains(("abc-news-bilingual-ceasefire-call", "1:zh-Hans"), sections);
        Assert.Contains(("abc-news-bilingual-ceasefire-call", "2:en"), sections);
        Assert.Contains(("oriental-daily-trump-zelensky-call", "body"), sections);
        Assert.Contains(("oriental-daily-trump-zelensky-call", "captions"), sections);
    }

    [Fact]
    public void Text_table_has_a_total_row()
    {
        var (exit, stdout, _) = Run("eval", "--gold", GoldDirectory, "--articles", ArticlesDirectory);
        Assert.Equal(0, exit);
        Assert.Contains(stdout.Split('\n'), line => line.StartsWith("all ", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_gold_directory_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("eval", "--gold", Path.Combine(GoldDirectory, "nope"));
        Assert.Equal(2, exit);
        Assert.Contains("no such directory", stderr);
    }

    [Fact]
    public void Unknown_schema_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("eval", "--gold", GoldDirectory, "--schema", "nope");
        Assert.Equal(2, exit);
        Assert.Contains("unknown schema 'nope'", stderr);
    }

    [Fact]
    public void A_gold_file_without_its_article_fails_the_run_but_the_others_are_scored()
    {
        var directory = Directory.CreateTempSubdirectory("docschema-eval-");
        try
        {
            foreach (var file in Directory.GetFiles(GoldDirectory)) File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(directory.FullName, "no-such-article.yaml"), "source: generic-news\n");
            var (exit, stdout, stderr) = Run("eval", "--gold", directory.FullName, "--articles", ArticlesDirectory, "--format", "json");
            Assert.Equal(1, exit);
            Assert.Contains("no-such-article", stderr);
            Assert.NotEmpty(JsonDocument.Parse(stdout).RootElement.GetProperty("sections").EnumerateArray());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static int CountGoldSpeechQuotes(string name)
    {
        var gold = GoldNode.Load(name);
        var lists = gold["sections"].Items().Count > 0
            ? gold["quotes"]["zh"].Items().Concat(gold["quotes"]["en"].Items())
            : gold["quotes"].Items();
        return lists.Concat(gold["caption_quotes"].Items()).Count(q => q["kind"].String() != "term");
    }
}
