using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DocSchema.Bench.Baselines;
using DocSchema.Bench.Baselines.Model;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Config;
using DocSchema.Bench.Floor;
using DocSchema.Cli.Inputs;
using DocSchema.Interpreter;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Text;
using DocSchema.Schemas;

namespace DocSchema.Bench.Benchmarks;

/// <summary>
/// Throughput on one article, from its UTF-8 bytes: the floor (the baseline of the table), the
/// generated parser of the article's schema (alone and with the JSON written), generic-news on the
/// same bytes, the Regex baseline (alone and with the same JSON written) and the Sprache
/// interpreter of the same schema. Every operation decodes the bytes first, because every real
/// pipeline must.
/// </summary>
[Config(typeof(ThroughputConfig))]
public abstract class ArticleThroughputBenchmarks
{
    private readonly ArrayBufferWriter<byte> _json = new(1 << 16);
    private Utf8JsonWriter _writer = null!;
    private byte[] _input = null!;
    private string _name = null!;
    private InterpretedSchema _interpreted = null!;

    /// <summary>The article's bytes and the name written as its <c>source</c>.</summary>
    protected abstract (byte[] Utf8, string Name) Article { get; }

    /// <summary>The generated parser of the article's own schema.</summary>
    protected abstract Article ParseGenerated(string text, string name);

    /// <summary>The Regex baseline for the same schema.</summary>
    protected abstract RegexArticle ParseRegex(string text, string name);

    /// <summary>The name of the article's schema, for the interpreter.</summary>
    protected abstract string SchemaName { get; }

    [GlobalSetup]
    public void Setup()
    {
        (_input, _name) = Article;
        _interpreted = InterpretedSchemas.Get(SchemaName);
        _writer = new Utf8JsonWriter(_json, ArticleJsonWriter.Options(indented: false));
    }

    /// <summary>Decode, split into lines, find quote marks: nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int Floor() => DecodeSplitScanFloor.Run(_input);

    /// <summary>The generated parser: typed article with every value.</summary>
    [Benchmark, ComparedWith(nameof(Regex)), ComparedWith(nameof(Interpreted), Baseline.Interpreter)]
    public Article Generated() => ParseGenerated(Decode(), _name);

    /// <summary>The generated parser, then the article's JSON (compact, as in JSON Lines).</summary>
    [Benchmark, ComparedWith(nameof(RegexToJson))]
    public int GeneratedToJson()
    {
        var article = ParseGenerated(Decode(), _name);
        ArticleJsonWriter.Write(ResetWriter(), article);
        return Flush();
    }

    /// <summary>
    /// The generated parser, then every value's text read as a string: what a library user who
    /// wants every string pays, since a value's string is made when first read (<see cref="ArticleTexts"/>).
    /// </summary>
    [Benchmark]
    public long GeneratedReadingTexts() => ArticleTexts.ReadAll(ParseGenerated(Decode(), _name));

    /// <summary>The generic-news schema's parser on the same article.</summary>
    [Benchmark]
    public Article GenericNews() => GenericNewsArticle.Parse(Decode(), _name).Value!;

    /// <summary>Baseline R: the same extraction with Regex.</summary>
    [Benchmark]
    public RegexArticle Regex() => ParseRegex(Decode(), _name);

    /// <summary>Baseline R, then the same JSON.</summary>
    [Benchmark]
    public int RegexToJson()
    {
        var article = ParseRegex(Decode(), _name);
        RegexArticleJsonWriter.Write(ResetWriter(), article);
        return Flush();
    }

    /// <summary>Baseline S: the schema's model run by Sprache combinators.</summary>
    [Benchmark]
    public Article Interpreted() => _interpreted.Parse(SourceText.From(Decode(), _name)).Value!;

    /// <summary>What one case reads, and the output strings of the article it writes.</summary>
    protected static BenchmarkInput Describe(BenchmarkCase benchmarkCase, (byte[] Utf8, string Name) article, Func<string, string, Article> parseGenerated)
    {
        var text = Encoding.UTF8.GetString(article.Utf8);
        long? output = benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(Floor) => null,
            nameof(GenericNews) => OutputStrings.BytesOf(GenericNewsArticle.Parse(text, article.Name).Value!),
            _ => OutputStrings.BytesOf(parseGenerated(text, article.Name)),
        };
        return new BenchmarkInput(article.Utf8.Length, 1, output);
    }

    // As the floor and the CLI decode (DecodeSplitScanFloor), so that every side decodes alike.
    private string Decode() => TextDecoder.Decode(_input).Text;

    private Utf8JsonWriter ResetWriter()
    {
        // The buffer and the writer are reused, so an operation allocates only what parsing and writing need.
        _json.ResetWrittenCount();
        _writer.Reset(_json);
        return _writer;
    }

    private int Flush()
    {
        _writer.Flush();
        return _json.WrittenCount;
    }
}
