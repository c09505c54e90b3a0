using BenchmarkDotNet.Running;
using DocSchema.Bench.Baselines;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Articles;
using DocSchema.Schemas;

namespace DocSchema.Bench.Benchmarks;

/// <summary>The real ABC News bilingual article (8,808 bytes: Chinese section, English section, alignment).</summary>
public class AbcNewsBilingualThroughput : ArticleThroughputBenchmarks, IDescribedInput
{
    private static (byte[], string) Page => (SampleArticle.AbcNewsBilingual.Utf8, SampleArticle.AbcNewsBilingual.Name);

    protected override (byte[] Utf8, string Name) Article => Page;

    protected override string SchemaName => "abc-news-bilingual";

    protected override Article ParseGenerated(string text, string name) => Parse(text, name);

    protected override RegexArticle ParseRegex(string text, string name) => AbcNewsBilingualRegexParser.Parse(text, name);

    public static BenchmarkInput Describe(BenchmarkCase benchmarkCase) => Describe(benchmarkCase, Page, Parse);

    private static Article Parse(string text, string name) => AbcNewsBilingualArticle.Parse(text, name).Value!;
}
