using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocSchema.Generator.Tests.Support;

/// <summary>One generated file: the hint name the generator gave it and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>What one run of the generator gave.</summary>
/// <param name="Sources">The generated files, in the order the generator added them.</param>
/// <param name="GeneratorDiagnostics">Everything the driver reported: the generator's own
/// diagnostics (DSxxxx) and, if it threw, the compiler's CS8785 warning.</param>
/// <param name="CompilationDiagnostics">The diagnostics of the compilation with the generated files added.</param>
/// <param name="Exception">What the generator threw, if it did (the compiler turns it into CS8785).</param>
/// <param name="OutputCompilation">The compilation with the generated files, to inspect the generated types.</param>
internal sealed record GeneratorRun(
    ImmutableArray<GeneratedFile> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Exception? Exception,
    Compilation OutputCompilation)
{
    public GeneratedFile? Source(string hintName) => Sources.FirstOrDefault(s => s.HintName == hintName);

    /// <summary>The text of the one generated file besides the registry: a one-schema run's article type.</summary>
    public string ArticleSource => Assert.Single(Sources, f => f.HintName != "DocSchemaRegistry.g.cs").Text;

    /// <summary>All diagnostics, one a line, for failure messages.</summary>
    public string Describe() =>
        "generated: [" + string.Join(", ", Sources.Select(s => s.HintName)) + "]\n"
        + "generator diagnostics:\n" + Lines(GeneratorDiagnostics)
        + "compilation diagnostics:\n" + Lines(CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        + (Exception is null ? "" : "exception: " + Exception + "\n");

    private static string Lines(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "  " + d).ToList();
        return lines.Count == 0 ? "  (none)\n" : string.Join("\n", lines) + "\n";
    }
}

/// <summary>
/// Runs DocSchemaGenerator the way the compiler does: a CSharpGeneratorDriver over a compilation
/// that references the framework and DocSchema.Runtime, with schema files as AdditionalFiles and
/// MSBuild properties as global analyzer options (<c>build_property.X</c>).
/// </summary>
internal static class GeneratorHarness
{
    // Documentation comments are checked, as in a project that writes its documentation file (ours
    // do, with warnings as errors): a generated comment that names no parameter is a warning here too.
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Default, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static GeneratorRun Run(params (string Path, string Text)[] additionalFiles) =>
        Run(additionalFiles, source: null, globalOptions: null);

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)> additionalFiles,
        string? source,
        IReadOnlyDictionary<string, string>? globalOptions) =>
        Run(new DocSchemaGenerator(), additionalFiles, source, globalOptions);

    /// <summary>Runs <paramref name="generator"/> (DocSchemaGenerator, or a stand-in in the harness's own tests).</summary>
    public static GeneratorRun Run(
        IIncrementalGenerator generator,
        IEnumerable<(string Path, string Text)> additionalFiles,
        string? source,
        IReadOnlyDictionary<string, string>? globalOptions)
    {
        var trees = source is null
            ? Array.Empty<SyntaxTree>()
            : new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/project/Program.cs") };
        var compilation = CSharpCompilation.Create(
            "DocSchema.HarnessProject",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var texts = additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(generator)
            .AddAdditionalTexts(texts)
            .WithUpdatedParseOptions(ParseOptions)
            .WithUpdatedAnalyzerConfigOptions(new OptionsProvider(globalOptions ?? new Dictionary<string, string>()));

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        var sources = result.GeneratedSources.Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString())).ToImmutableArray();
        return new GeneratorRun(sources, driverDiagnostics, output.GetDiagnostics(), result.Exception, output);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The trusted platform assemblies of the framework this test runs on (the same reference
        // set a net10.0 project compiles against, as implementation assemblies), plus the runtime
        // library. The test host's own assemblies (xunit, Roslyn, this project) stay out, so the
        // generated code cannot bind to anything a user's project would not have.
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkFolder, StringComparison.Ordinal));
        var runtime = typeof(DocSchema.Runtime.Articles.Article).Assembly.Location;
        return platform.Append(runtime)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globalOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            // Roslyn compares option keys case-insensitively.
            foreach (var pair in values)
            {
                if (KeyComparer.Equals(pair.Key, key))
                {
                    value = pair.Value;
                    return true;
                }
            }
            value = null;
            return false;
        }
    }
}
