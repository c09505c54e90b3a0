using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DocSchema.Bench.Baselines;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Config;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Floor;
using DocSchema.Runtime.Articles;
using DocSchema.Schemas;

namespace DocSchema.Bench.Benchmarks;

/// <summary>
/// One document from 1 KiB to 64 MiB: a synthetic Oriental Daily page whose body paragraphs and
/// teaser items are repeated until it reaches the size (<see cref="OrientalDailyPage.Scaled"/>).
/// Linear parsing shows as a flat ms/MB column.
/// </summary>
[Config(typeof(ScalingConfig))]
public class DocumentSizeScaling : IDescribedInput
{
    private byte[] _input = null!;
    private string _name = null!;

    /// <summary>The page's target size in KiB (the real size is within one block of it, see the Input column).</summary>
    [Params(1, 4, 16, 64, 256, 1024, 4096, 16384, 65536)]
    public int SizeKiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = ScaledPages.OfKibibytes(SizeKiB);
        _name = ScaledPages.NameOf(SizeKiB);
    }

    [Benchmark(Baseline = true)]
    public int Floor() => DecodeSplitScanFloor.Run(_input);

    [Benchmark, ComparedWith(nameof(Regex))]
    public Article Generated() => OrientalDailyArticle.Parse(Encoding.UTF8.GetString(_input), _name).Value!;

    [Benchmark]
    public RegexArticle Regex() => OrientalDailyRegexParser.Parse(Encoding.UTF8.GetString(_input), _name);

    public static BenchmarkInput Describe(BenchmarkCase benchmarkCase)
    {
        var size = (int)benchmarkCase.Parameters[nameof(SizeKiB)]!;
        var input = ScaledPages.OfKibibytes(size);
        long? output = benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Floor)
            ? null
            : OutputStrings.BytesOf(OrientalDailyArticle.Parse(Encoding.UTF8.GetString(input), ScaledPages.NameOf(size)).Value!);
        return new BenchmarkInput(input.Length, 1, output);
    }
}
