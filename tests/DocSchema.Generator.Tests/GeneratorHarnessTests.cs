using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocSchema.Generator.Tests;

/// <summary>
/// The harness itself, with stand-in generators: it must hand AdditionalFiles and MSBuild
/// properties over as the compiler does and report back sources, located diagnostics, crashes
/// and compile errors. Otherwise a failing generator test could be the harness's fault.
/// </summary>
public class GeneratorHarnessTests
{
    [Fact]
    public void CompilationReferencesTheFrameworkAndTheRuntime()
    {
        const string program = """
            using System.Text.Json;
            using DocSchema.Runtime.Articles;
            using DocSchema.Runtime.Results;

            internal static class UsesTheRuntime
            {
                public static string Name(Article article) => article.SchemaName + JsonSerializer.Serialize(1);

                public static bool Ok(ParseResult<Article> result) => result.Success;
            }
            """;

        var run = GeneratorHarness.Run(new EchoGenerator(), [], program, null);

        Assert.True(run.CompilationDiagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), run.Describe());
    }

    [Fact]
    public void CompileErrorsAreReported()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), [], "public class A { int B() => \"no\"; }", null);

        Assert.Contains(run.CompilationDiagnostics, d => d.Id == "CS0029");
    }

    [Fact]
    public void AdditionalFilesAndGlobalOptionsReachTheGenerator()
    {
        var run = GeneratorHarness.Run(
            new EchoGenerator(),
            [("/p/a.docschema.yaml", "schema: a"), ("/p/b.patterns.yaml", "library: b")],
            null,
            new Dictionary<string, string> { ["build_property.DocSchemaNamespace"] = "My.News" });

        var echo = Assert.Single(run.Sources);
        Assert.Equal("Echo.g.cs", echo.HintName);
        Assert.Contains("// /p/a.docschema.yaml: schema: a", echo.Text);
        Assert.Contains("// /p/b.patterns.yaml: library: b", echo.Text);
        Assert.Contains("namespace My.News", echo.Text);
        // The generated file is part of the output compilation.
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("My.News.Echo"));
        Assert.True(run.CompilationDiagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), run.Describe());
    }

    [Fact]
    public void GeneratorDiagnosticsKeepTheirFileLocation()
    {
        var run = GeneratorHarness.Run(new EchoGenerator(), [("/p/a.docschema.yaml", "schema: a\nlayout: x\n")], null, null);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DS9999", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/p/a.docschema.yaml", span.Path);
        Assert.Equal(new LinePosition(1, 8), span.StartLinePosition);
    }

    [Fact]
    public void CrashIsReportedAsCS8785()
    {
        var run = GeneratorHarness.Run(new ThrowingGenerator(), [("/p/a.docschema.yaml", "schema: a")], null, null);

        Assert.IsType<InvalidOperationException>(run.Exception);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    /// <summary>Writes every additional file's text into one generated class and reports a diagnostic at the word "x".</summary>
    private sealed class EchoGenerator : IIncrementalGenerator
    {
        // A stand-in that never ships, so it has no release-tracking file (RS2008).
#pragma warning disable RS2008
        private static readonly DiagnosticDescriptor Descriptor = new("DS9999", "Echo", "{0}", "Test", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Select((t, _) => (t.Path, Text: t.GetText()!.ToString())).Collect();
            var ns = context.AnalyzerConfigOptionsProvider.Select((o, _) =>
                o.GlobalOptions.TryGetValue("build_property.docschemanamespace", out var value) ? value : "None");
            context.RegisterSourceOutput(files.Combine(ns), (output, input) =>
            {
                if (input.Left.IsEmpty) return;
                var lines = string.Concat(input.Left.Select(f => $"// {f.Path}: {f.Text.Split('\n')[0]}\n"));
                output.AddSource("Echo.g.cs", $"{lines}namespace {input.Right}\n{{\n    internal static class Echo {{ }}\n}}\n");
                foreach (var (path, text) in input.Left)
                {
                    var at = text.IndexOf("x\n", StringComparison.Ordinal);
                    if (at < 0) continue;
                    var source = SourceText.From(text);
                    var location = Location.Create(path, new TextSpan(at, 1), source.Lines.GetLinePositionSpan(new TextSpan(at, 1)));
                    output.ReportDiagnostic(Diagnostic.Create(Descriptor, location, "found x"));
                }
            });
        }
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider, (_, _) => throw new InvalidOperationException("boom"));
    }
}
