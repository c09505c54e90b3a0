using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DocSchema.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocSchema.Cli.Compilation;

/// <summary>
/// Runs the DocSchema generator in process, exactly as the compiler runs it during a build, over
/// the given schema files; then, on request, compiles what it generated against the runtime.
/// </summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(CSharpCompilation compilation, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<GeneratedSourceResult> sources)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
        Sources = sources;
    }

    /// <summary>The compilation with the generated sources added.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The generator's diagnostics (DSxxxx), located in the YAML files.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The generated files.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources { get; }

    /// <summary>True when a generator diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Runs the generator over <paramref name="files"/> (path, text).</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string assemblyName)
    {
        var compilation = CSharpCompilation.Create(assemblyName, [], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release, deterministic: true));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new DocSchemaGenerator().AsSourceGenerator()],
            additionalTexts: files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        // A generator exception would surface as CS8785 here; report it like any other diagnostic.
        var diagnostics = result.Exception is { } ex
            ? result.Diagnostics.Add(Diagnostic.Create(new DiagnosticDescriptor("DS0099", "Internal generator error", "{0}", "DocSchema", DiagnosticSeverity.Error, true), Location.None, ex.Message))
            : result.Diagnostics;
        return new GeneratorRun((CSharpCompilation)output, diagnostics, result.GeneratedSources);
    }

    /// <summary>Compiles the generated code; the assembly's bytes, or the compiler's errors.</summary>
    public (byte[]? Image, IReadOnlyList<Diagnostic> Errors) Emit()
    {
        using var stream = new MemoryStream();
        var emitted = Compilation.Emit(stream);
        if (emitted.Success) return (stream.ToArray(), []);
        return (null, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
    }

    // The framework the CLI runs on, and the runtime library generated code calls. The native build
    // has neither as files (Location is empty there), and needs none: the generator reads only the
    // schema files, and compiling is refused there before it is asked (SchemaFileLoader).
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty Location is left out; the native build compiles nothing.")]
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(typeof(Runtime.Articles.Article).Assembly.Location)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);
}
