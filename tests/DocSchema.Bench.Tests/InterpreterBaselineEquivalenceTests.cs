using DocSchema.Bench.Baselines;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Text;
using DocSchema.Schemas;

namespace DocSchema.Bench.Tests;

/// <summary>
/// Baseline S, the Sprache interpreter the throughput tables time, must write exactly the JSON the
/// generated parser writes on the same inputs, or the comparison would compare different work.
/// </summary>
public class InterpreterBaselineEquivalenceTests
{
    /// <summary>The pages of the throughput tables: schema, page, and a value the JSON must hold (so two empty outputs cannot agree).</summary>
    public static TheoryData<string, string, string> Pages() => new()
    {
        { "oriental-daily", "oriental-daily", "法新社档案照" },
        { "abc-news-bilingual", "abc-news-bilingual", "\"fromCount\": 1" },
        { "oriental-daily", "teaser-heavy", "\"related\": [" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_interpreter_writes_the_generated_parsers_json(string schema, string page, string expected)
    {
        var text = page switch
        {
            "oriental-daily" => SampleArticle.OrientalDaily.Text,
            "abc-news-bilingual" => SampleArticle.AbcNewsBilingual.Text,
            _ => OrientalDailyPage.Real.WithTeasersRepeated(8),
        };
        Article parsed = schema == "abc-news-bilingual" ? AbcNewsBilingualArticle.Parse(text, page).Value! : OrientalDailyArticle.Parse(text, page).Value!;
        var generated = ArticleJsonWriter.ToJson(parsed);
        var interpreted = ArticleJsonWriter.ToJson(InterpretedSchemas.Get(schema).Parse(SourceText.From(text, page)).Value!);

        SameJson.Assert(generated, interpreted, "sprache");
        Assert.Contains(expected, generated);
    }
}
