using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Config;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Floor;
using DocSchema.Schemas;

namespace DocSchema.Bench.Benchmarks;

/// <summary>
/// N separate documents parsed one after the other in process, N = 10 … 100,000: each document is
/// its own byte array holding the real Oriental Daily page, so that large N reads from memory, not
/// from cache, as a batch would. Flat µs/doc means per-document overhead does not grow with N.
/// </summary>
[Config(typeof(ScalingConfig))]
public class DocumentCountScaling : IDescribedInput
{
    private byte[][] _documents = null!;

    [Params(10, 100, 1_000, 10_000, 100_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var page = SampleArticle.OrientalDaily.Utf8;
        _documents = new byte[Documents][];
        for (var i = 0; i < Documents; i++) _documents[i] = (byte[])page.Clone();
    }

    [Benchmark(Baseline = true)]
    public long Floor()
    {
        long total = 0;
        foreach (var document in _documents) total += DecodeSplitScanFloor.Run(document);
        return total;
    }

    [Benchmark]
    public long Generated()
    {
        // Paragraph counts are summed so the articles are used; each becomes garbage right away, as in a batch.
        long total = 0;
        var name = SampleArticle.OrientalDaily.Name;
        foreach (var document in _documents)
            total += OrientalDailyArticle.Parse(Encoding.UTF8.GetString(document), name).Value!.Paragraphs.Count;
        return total;
    }

    public static BenchmarkInput Describe(BenchmarkCase benchmarkCase)
    {
        var documents = (int)benchmarkCase.Parameters[nameof(Documents)]!;
        var page = SampleArticle.OrientalDaily;
        long? output = benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Floor)
            ? null
            : documents * OutputStrings.BytesOf(OrientalDailyArticle.Parse(page.Text, page.Name).Value!);
        return new BenchmarkInput((long)page.Utf8.Length * documents, documents, output);
    }
}
