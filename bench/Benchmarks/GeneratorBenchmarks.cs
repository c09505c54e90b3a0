using BenchmarkDotNet.Attributes;
using DocSchema.Bench.Config;
using DocSchema.Bench.Generator;
using Microsoft.CodeAnalysis;

namespace DocSchema.Bench.Benchmarks;

/// <summary>
/// The generator's own cost, driven by CSharpGeneratorDriver with the schemas as AdditionalTexts:
/// cold (a new driver: YAML reading, resolving, emitting, parsing the generated C#), warm when
/// nothing changed (a second run of a driver that already ran), and the same with 100 schemas in
/// one compilation, plus one edited schema among the 100. "Cold" means no incremental state; the
/// JIT is warm, as in a long-lived compiler server.
/// </summary>
[Config(typeof(GeneratorConfig))]
public class GeneratorBenchmarks
{
    private const int ManySchemas = 100;

    private IReadOnlyList<InMemorySchemaFile> _shipped = null!;
    private IReadOnlyList<InMemorySchemaFile> _many = null!;
    private GeneratorDriver _warmShipped = null!;
    private GeneratorDriver _warmMany = null!;
    private InMemorySchemaFile _original = null!;
    private InMemorySchemaFile _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _shipped = SchemaSet.Shipped();
        _many = SchemaSet.Copies(ManySchemas);
        _warmShipped = GeneratorHarness.Run(GeneratorHarness.NewDriver(_shipped));
        GeneratorHarness.CheckGenerated(_warmShipped, 3);
        _warmMany = GeneratorHarness.Run(GeneratorHarness.NewDriver(_many));
        GeneratorHarness.CheckGenerated(_warmMany, ManySchemas);

        // Edit a schema in the middle of the list; its type must be regenerated, the 99 others not.
        _original = _many[ManySchemas / 2];
        _edited = SchemaSet.Edited(_original);
        GeneratorHarness.CheckGenerated(GeneratorHarness.Run(_warmMany.ReplaceAdditionalText(_original, _edited)), ManySchemas);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdShipped() => GeneratorHarness.Run(GeneratorHarness.NewDriver(_shipped));

    [Benchmark]
    public GeneratorDriver WarmShippedUnchanged() => GeneratorHarness.Run(_warmShipped);

    [Benchmark]
    public GeneratorDriver Cold100() => GeneratorHarness.Run(GeneratorHarness.NewDriver(_many));

    [Benchmark]
    public GeneratorDriver Warm100Unchanged() => GeneratorHarness.Run(_warmMany);

    [Benchmark]
    public GeneratorDriver Warm100OneEdited() => GeneratorHarness.Run(_warmMany.ReplaceAdditionalText(_original, _edited));
}
