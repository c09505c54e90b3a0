using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Through Roslyn, on hostile schema files: the generator reports diagnostics and never
/// crashes (CS8785 would hide every schema problem behind "the generator failed"), and what it
/// does generate still compiles.
/// </summary>
public class GeneratorRobustnessTests
{
    private const int Seed = 20_251_122;

    [Fact]
    public void MutatedSchemasNeverCrashTheGenerator()
    {
        foreach (var (index, text) in SchemaMutations.Of(SchemaTexts.WireStory, Seed, 40))
        {
            var run = GeneratorHarness.Run(("/project/schemas/wire.docschema.yaml", text));

            var context = $"seed {Seed}, mutation {index}\n{run.Describe()}\n--- input ---\n{text}\n---";
            Assert.True(run.Exception is null, context);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void MutatedLibrariesNeverCrashTheGenerator()
    {
        const string library = """
            library: chinese
            patterns:
              zh-caption-text:
                pattern: |
                  any+ '(' ('图' ('取自' | '截自'))? [^()]+ ')'   # a caption and its credit
                doc: A caption.
              zh-section: "han{1,4}"
            """;
        const string schema = "schema: a\nimport: [lib.patterns.yaml]\nlayout:\n  - kicker: {match: \"@zh-section\"}\n";

        foreach (var (index, text) in SchemaMutations.Of(library, Seed, 40))
        {
            var run = GeneratorHarness.Run(("/project/a.docschema.yaml", schema), ("/project/lib.patterns.yaml", text));

            var context = $"seed {Seed}, mutation {index}\n{run.Describe()}\n--- input ---\n{text}\n---";
            Assert.True(run.Exception is null, context);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        }
    }
}
