using BenchmarkDotNet.Running;
using DocSchema.Bench.Baselines;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Articles;
using DocSchema.Schemas;

namespace DocSchema.Bench.Benchmarks;

/// <summary>The real Oriental Daily page (7,208 bytes; about half of it related-article teasers).</summary>
public class OrientalDailyThroughput : ArticleThroughputBenchmarks, IDescribedInput
{
    private static (byte[], string) Page => (SampleArticle.OrientalDaily.Utf8, SampleArticle.OrientalDaily.Name);

    protected override (byte[] Utf8, string Name) Article => Page;

    protected override string SchemaName => "oriental-daily";

    protected override Article ParseGenerated(string text, string name) => Parse(text, name);

    protected override RegexArticle ParseRegex(string text, string name) => OrientalDailyRegexParser.Parse(text, name);

    public static BenchmarkInput Describe(BenchmarkCase benchmarkCase) => Describe(benchmarkCase, Page, Parse);

    private static Article Parse(string text, string name) => OrientalDailyArticle.Parse(text, name).Value!;
}
