using System.Text;
using BenchmarkDotNet.Running;
using DocSchema.Bench.Baselines;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Articles;
using DocSchema.Schemas;

namespace DocSchema.Bench.Benchmarks;

/// <summary>
/// A synthetic, related-teaser-heavy page: the real Oriental Daily page with its 16 teaser items
/// repeated <see cref="Repeats"/> times (caption, body and promotion once), so that most of the
/// time goes to reading teasers line by line.
/// </summary>
public class TeaserHeavyThroughput : ArticleThroughputBenchmarks, IDescribedInput
{
    /// <summary>How many times the teaser list is repeated.</summary>
    public const int Repeats = 8;

    private static readonly Lazy<byte[]> s_page = new(() => Encoding.UTF8.GetBytes(OrientalDailyPage.Real.WithTeasersRepeated(Repeats)));

    private static (byte[], string) Page => (s_page.Value, "synthetic/oriental-daily-teasers-x8.txt");

    protected override (byte[] Utf8, string Name) Article => Page;

    protected override string SchemaName => "oriental-daily";

    protected override Article ParseGenerated(string text, string name) => Parse(text, name);

    protected override RegexArticle ParseRegex(string text, string name) => OrientalDailyRegexParser.Parse(text, name);

    public static BenchmarkInput Describe(BenchmarkCase benchmarkCase) => Describe(benchmarkCase, Page, Parse);

    private static Article Parse(string text, string name) => OrientalDailyArticle.Parse(text, name).Value!;
}
