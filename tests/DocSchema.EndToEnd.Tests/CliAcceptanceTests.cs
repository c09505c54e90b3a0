using System.Text.Json;
using DocSchema.Cli;
using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Generated;

namespace DocSchema.EndToEnd.Tests;

/// <summary>The acceptance commands of the core issue, run through the real CLI with the compiled-in schemas.</summary>
public sealed class CliAcceptanceTests
{
    private const string Oriental = "oriental-daily-trump-zelensky-call";
    private const string Abc = "abc-news-bilingual-ceasefire-call";

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = new CliApplication(DocSchemaRegistry.All, Stream.Null, stdout, stderr).Run(args);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Parse_oriental_daily_as_json()
    {
        var (exit, stdout, stderr) = Run("parse", "--schema", "oriental-daily", "--format", "json", SampleFiles.ArticlePath(Oriental));
        Assert.True(exit == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("oriental-daily", json.GetProperty("schema").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("headline").ValueKind);
        var dateline = json.GetProperty("dateline");
        Assert.Equal("(华盛顿、基辅20日讯)", dateline.GetProperty("raw").GetString());
        Assert.Equal(["华盛顿", "基辅"], dateline.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(20, dateline.GetProperty("day").GetInt32());
        var captions = json.GetProperty("captions");
        Assert.Equal(1, captions.GetArrayLength());
        Assert.Equal("法新社档案照", captions[0].GetProperty("credit").GetString());
        var paragraphs = json.GetProperty("paragraphs");
        Assert.Equal(19, paragraphs.GetArrayLength());
        Assert.StartsWith("美国总统特朗普在与俄罗斯", paragraphs[0].GetProperty("text").GetString());
        var subheading = Assert.Single(json.GetProperty("subheadings").EnumerateArray());
        Assert.Equal("提出美接管乌发电厂可能性", subheading.GetProperty("text").GetString());
        Assert.Equal(11, subheading.GetProperty("beforeParagraph").GetInt32());
        Assert.StartsWith("要看最快最熱資訊", json.GetProperty("boilerplate").GetProperty("start").GetString());
        var related = json.GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(16, related.Count);
        Assert.Equal(12, related.Count(r => r.GetProperty("caption").ValueKind != JsonValueKind.Null));
        Assert.Equal(10, related.Count(r => r.GetProperty("section").ValueKind != JsonValueKind.Null));
        Assert.Equal(10, related.Count(r => r.GetProperty("dateline").ValueKind != JsonValueKind.Null));
        Assert.Equal(["巴西利亚"], related[^1].GetProperty("dateline").GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(19, related[^1].GetProperty("dateline").GetProperty("day").GetInt32());
        Assert.Equal("zh-Hans", json.GetProperty("language").GetString());
    }

    [Fact]
    public void Parse_abc_bilingual_as_json()
    {
        var (exit, stdout, stderr) = Run("parse", "--schema", "abc-news-bilingual", "--format", "json", SampleFiles.ArticlePath(Abc));
        Assert.True(exit == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        var sections = json.GetProperty("sections");
        Assert.Equal(2, sections.GetArrayLength());
        Assert.Equal("zh-Hans", sections[0].GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, sections[0].GetProperty("headline").ValueKind);
        Assert.Equal(19, sections[0].GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("en", sections[1].GetProperty("language").GetString());
        Assert.Equal("Trump says 30-day ceasefire 'would have been tough' after high-stakes call with Putin", sections[1].GetProperty("headline").GetString());
        Assert.Equal(19, sections[1].GetProperty("paragraphs").GetArrayLength());
        var alignment = json.GetProperty("alignment").EnumerateArray().ToList();
        Assert.Equal(19, alignment.Count);
        Assert.All(alignment.Select((pair, i) => (pair, i)), x =>
        {
            Assert.Equal(x.i + 1, x.pair.GetProperty("from").GetInt32());
            Assert.Equal(x.i + 1, x.pair.GetProperty("to").GetInt32());
        });
    }

    [Fact]
    public void Auto_picks_each_samples_schema_in_jsonl()
    {
        var (exit, stdout, stderr) = Run("parse", "--format", "jsonl", SampleFiles.ArticlePath(Abc), SampleFiles.ArticlePath(Oriental));
        Assert.True(exit == 0, stderr);
        var schemas = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("schema").GetString());
        Assert.Equal(["abc-news-bilingual", "oriental-daily"], schemas);
    }

    [Fact]
    public void Text_format_summarises_both_samples()
    {
        var (exit, stdout, stderr) = Run("parse", Path.Combine(AppContext.BaseDirectory, "Articles"));
        Assert.True(exit == 0, stderr);
        Assert.Contains("oriental-daily", stdout);
        Assert.Contains("abc-news-bilingual", stdout);
        Assert.Contains("(华盛顿、基辅20日讯)", stdout);
    }
}
