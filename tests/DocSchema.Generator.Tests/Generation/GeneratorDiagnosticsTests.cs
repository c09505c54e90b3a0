using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Through Roslyn: a schema problem reaches the build as a DSxxxx diagnostic located in the
/// YAML file (path, zero-based line and column), never as the generator-crash warning CS8785.
///
/// These need the generator pipeline (DocSchemaGenerator reading AdditionalFiles that end in
/// .docschema.yaml and .patterns.yaml); while DocSchemaGenerator is the empty placeholder they
/// fail, for want of any diagnostic.
/// </summary>
public class GeneratorDiagnosticsTests
{
    private const string SchemaPath = "/project/schemas/wire.docschema.yaml";

    private static Diagnostic SingleDocSchemaDiagnostic(GeneratorRun run, string id)
    {
        Assert.True(run.Exception is null, run.Describe());
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        var matching = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}\n{run.Describe()}");
        return matching[0];
    }

    private static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(new LinePosition(line, column), span.StartLinePosition);
        // A position in a file that is not C# source: the IDE and the build log still show it.
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
    }

    [Fact]
    public void PatternSyntaxErrorIsLocatedInsideThePatternString()
    {
        const string schema = "schema: wire-story\nlayout:\n  - kicker: {match: \"'x' ) y\"}\n";

        var run = GeneratorHarness.Run((SchemaPath, schema));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0003");
        AssertAt(diagnostic, SchemaPath, 2, 25);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("`kicker.match`: ", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The span is the `)` itself, as an offset into the file.
        Assert.Equal(new TextSpan(schema.IndexOf(')', StringComparison.Ordinal), 1), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void UnknownKeyIsLocatedAtTheKey()
    {
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayuot: [body]\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0002");
        AssertAt(diagnostic, SchemaPath, 1, 0);
        Assert.Contains("did you mean `layout`?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void YamlSyntaxError()
    {
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayout:\n  - headline: {match: \"@headline\"\n  - body: {}\n"));

        AssertAt(SingleDocSchemaDiagnostic(run, "DS0001"), SchemaPath, 3, 2);
    }

    [Fact]
    public void UndefinedReferenceIsLocatedAtTheAtSign()
    {
        // A resolver diagnostic, found after reading: the pipeline must carry its location too.
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayout:\n  - body:\n      dateline: \"'x' @zh-datelin\"\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0005");
        AssertAt(diagnostic, SchemaPath, 3, 21);
        Assert.EndsWith("did you mean `@zh-dateline`?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ImportsAreResolvedAgainstTheOtherAdditionalFiles()
    {
        var run = GeneratorHarness.Run(
            (SchemaPath, "schema: wire-story\nimport: [common/lib.patterns.yaml, common/missing.patterns.yaml]\nlayout:\n  - kicker: {match: \"@shared\"}\n"),
            ("/project/schemas/common/lib.patterns.yaml", "library: lib\npatterns:\n  shared: \"'x'\"\n"));

        // The first import is found (no DS0005 for @shared), the second is not.
        AssertAt(SingleDocSchemaDiagnostic(run, "DS0010"), SchemaPath, 1, 35);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "DS0005");
    }

    [Fact]
    public void ErrorInALibraryIsLocatedInTheLibrary()
    {
        const string libraryPath = "/project/schemas/common/lib.patterns.yaml";

        var run = GeneratorHarness.Run(
            (SchemaPath, "schema: wire-story\nimport: [common/lib.patterns.yaml]\nlayout: [body]\n"),
            (libraryPath, "library: lib\npatterns:\n  broken: \"'x' (\"\n"));

        AssertAt(SingleDocSchemaDiagnostic(run, "DS0003"), libraryPath, 2, 16);
    }

    [Fact]
    public void NamesInALibraryThatBecomeOneCSharpNameAreReportedOnce()
    {
        // Before the fix each schema that imports the library reported the clash: two identical
        // diagnostics at one place in the library.
        const string libraryPath = "/project/schemas/common/lib.patterns.yaml";
        const string schema = "import: [common/lib.patterns.yaml]\nlayout:\n  - kicker: {match: \"@x-1 | @x1\"}\n";

        var run = GeneratorHarness.Run(
            (SchemaPath, "schema: wire-story\n" + schema),
            ("/project/schemas/other.docschema.yaml", "schema: other\n" + schema),
            (libraryPath, "library: lib\npatterns:\n  x-1: \"'x'\"\n  x1: \"'y'\"\n"));

        AssertAt(SingleDocSchemaDiagnostic(run, "DS0004"), libraryPath, 3, 2);
        Assert.Single(run.GeneratorDiagnostics);
    }

    [Fact]
    public void EachSchemaReportsInItsOwnFile()
    {
        const string otherPath = "/project/schemas/other.docschema.yaml";

        var run = GeneratorHarness.Run(
            (SchemaPath, "schema: wire-story\nblocks: pargraphs\nlayout: [body]\n"),
            (otherPath, "schema: other\nlayout:\n  - headline: {optional: maybe}\n"));

        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Id == "DS0007").ToList();
        Assert.True(diagnostics.Count == 2, run.Describe());
        Assert.Contains(diagnostics, d => d.Location.GetLineSpan().Path == SchemaPath && d.Location.GetLineSpan().StartLinePosition == new LinePosition(1, 8));
        Assert.Contains(diagnostics, d => d.Location.GetLineSpan().Path == otherPath && d.Location.GetLineSpan().StartLinePosition == new LinePosition(2, 25));
    }

    [Fact]
    public void LibraryNamedLikeASchemaIsReportedNotIgnored()
    {
        // Collected as a schema by its name, read as a library by its content: before the fix
        // it produced nothing at all, not even a diagnostic.
        const string path = "/project/schemas/common/shared.docschema.yaml";

        var run = GeneratorHarness.Run((path, "library: shared\npatterns:\n  x: \"'x'\"\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0016");
        AssertAt(diagnostic, path, 0, 0);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("rename it to `shared.patterns.yaml`", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(run.GeneratorDiagnostics);
    }

    [Fact]
    public void SchemaNamedLikeALibraryIsReportedAsSuch()
    {
        const string path = "/project/schemas/wire.patterns.yaml";

        var run = GeneratorHarness.Run((path, "schema: wire-story\nlayout: [body]\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0016");
        AssertAt(diagnostic, path, 0, 0);
        Assert.Contains("rename it to `wire.docschema.yaml`", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(new[] { "DocSchemaRegistry.g.cs" }, run.Sources.Select(s => s.HintName));
    }

    [Fact]
    public void NamesThatBecomeOneCSharpNameAreReportedInTheYaml()
    {
        // Before the fix this generated `Slots.A1` twice: C# errors in a generated file, pointing
        // at nothing the user wrote.
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayout:\n  - kicker: {match: \"{a-1: 'x'}\"}\n  - other: {match: \"{a1: 'y'}\"}\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0004");
        AssertAt(diagnostic, SchemaPath, 3, 20);
        Assert.Contains("capture `a1` becomes `A1` in C#, as capture `a-1` does", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void RoleNamedLikeTheClassOfAnotherRolesCapturesIsReportedInTheYaml()
    {
        // Before the fix this generated the class `AValue` (for a's captures) and the property
        // `AValue` (for a-value): CS0102 in a generated file, pointing at nothing the user wrote.
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayout:\n  - a: {match: \"{x: 'x'}\"}\n  - a-value: {match: \"'y'\"}\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0004");
        AssertAt(diagnostic, SchemaPath, 3, 4);
        Assert.StartsWith("role `a-value` becomes `AValue` in C#, the class in which role `a` keeps its captures", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void TwoSchemasWithOneTypeName()
    {
        // DS0013: two schemas generating the same type would be a C# error in generated code.
        var run = GeneratorHarness.Run(
            (SchemaPath, "schema: wire-story\nlayout: [body]\n"),
            ("/project/schemas/copy.docschema.yaml", "schema: wire-story\nlayout: [body]\n"));

        Assert.True(run.Exception is null, run.Describe());
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "DS0013");
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void WarningKeepsTheSchemaAndIsAWarning()
    {
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayout:\n  - kicker: {match: \"'x' digit**\"}\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0014");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, SchemaPath, 2, 25);
        Assert.NotNull(run.Source("DocSchema.Schemas.WireStoryArticle.g.cs"));
    }

    [Fact]
    public void SchemaWithAnErrorGeneratesNoType()
    {
        // Generating code from a half-valid schema would add C# errors on top of the real one.
        var run = GeneratorHarness.Run((SchemaPath, "schema: wire-story\nlayout:\n  - kicker: {match: \"(\"}\n"));

        SingleDocSchemaDiagnostic(run, "DS0003");
        Assert.Null(run.Source("DocSchema.Schemas.WireStoryArticle.g.cs"));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void DiagnosticIdsUseTheDescriptors()
    {
        var run = GeneratorHarness.Run((SchemaPath, "schema: Wire\nlayout: [body]\n"));

        var diagnostic = SingleDocSchemaDiagnostic(run, "DS0008");
        Assert.Equal("Invalid name", diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("DocSchema", diagnostic.Descriptor.Category);
    }
}
