using DocSchema.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocSchema.Bench.Generator;

/// <summary>Runs the DocSchema generator the way the compiler does, over in-memory schema files.</summary>
public static class GeneratorHarness
{
    /// <summary>The compilation the generator runs in: empty, because the generator reads only AdditionalFiles.</summary>
    public static CSharpCompilation Compilation { get; } = CSharpCompilation.Create("DocSchemaBench",
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A driver that has not run yet: every step of the pipeline will run on first use.</summary>
    public static GeneratorDriver NewDriver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            generators: [new DocSchemaGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest));

    /// <summary>Runs <paramref name="driver"/>; the returned driver holds the run's incremental state.</summary>
    public static GeneratorDriver Run(GeneratorDriver driver) => driver.RunGenerators(Compilation);

    /// <summary>
    /// Throws unless the last run of <paramref name="driver"/> generated one file per schema plus the
    /// registry without errors: a benchmark must never time a run that failed early.
    /// </summary>
    public static void CheckGenerated(GeneratorDriver driver, int schemas)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception) throw new InvalidOperationException("the generator threw", exception);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("the generator reported errors: " + string.Join("; ", errors));
        if (result.GeneratedSources.Length != schemas + 1)
            throw new InvalidOperationException($"expected {schemas + 1} generated files, got {result.GeneratedSources.Length}");
    }
}
