using System.Text;
using DocSchema.Bench.Benchmarks;
using DocSchema.Bench.Commands;
using DocSchema.Schemas;

namespace DocSchema.Bench.Corpus;

/// <summary>The pages the loop commands (<c>repeat</c>, <c>allocations</c>) parse, by name, with the schema each is parsed with.</summary>
public static class RepeatPage
{
    /// <summary>The names, as the commands take them.</summary>
    public const string Names = "oriental-daily, abc-news-bilingual, teaser-heavy";

    /// <summary>The page named <paramref name="page"/> and its schema's name, for the bench command <paramref name="command"/>.</summary>
    /// <exception cref="BenchUsageException">No page has that name (the message names the command).</exception>
    public static (SampleArticle Page, string Schema) Named(string command, string page) => page switch
    {
        "oriental-daily" => (SampleArticle.OrientalDaily, OrientalDailyArticle.Name),
        "abc-news-bilingual" => (SampleArticle.AbcNewsBilingual, AbcNewsBilingualArticle.Name),
        "teaser-heavy" => (new SampleArticle("teaser-heavy", Encoding.UTF8.GetBytes(OrientalDailyPage.Real.WithTeasersRepeated(TeaserHeavyThroughput.Repeats))), OrientalDailyArticle.Name),
        _ => throw new BenchUsageException($"{command}: no sample page '{page}' ({Names})"),
    };
}
