using DocSchema.Generator.Tests.Support;

namespace DocSchema.Generator.Tests.Validation;

/// <summary>
/// `import:` paths are relative to the schema file and matched against the pattern libraries
/// among the AdditionalFiles; missing imports are DS0010 and a name defined by two imports DS0015.
/// </summary>
public class ImportTests
{
    private const string Lib = """
        library: lib
        patterns:
          shared: "'x'"
          only-lib: "'y'"
        """;

    private const string Other = """
        library: other
        patterns:
          shared: "'z'"
        """;

    private static string SchemaImporting(params string[] imports) =>
        $"schema: a\nimport: [{string.Join(", ", imports.Select(i => "\"" + i.Replace("\\", "\\\\", StringComparison.Ordinal) + "\""))}]\nlayout:\n  - kicker: {{match: \"@shared\"}}\n";

    [Fact]
    public void ImportIsRelativeToTheSchemaFile()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml", SchemaImporting("common/lib.patterns.yaml"),
            ("schemas/common/lib.patterns.yaml", Lib));

        DiagnosticAssert.None(unit.Diagnostics);
        var shared = Assert.Single(unit.Schema!.Patterns);
        Assert.Equal(("shared", "schemas/common/lib.patterns.yaml", "'x'"), (shared.Name, shared.Origin, shared.Pattern.Source));
    }

    [Theory]
    [InlineData("schemas/x.docschema.yaml", "../common/lib.patterns.yaml", "common/lib.patterns.yaml")]
    [InlineData("schemas/x.docschema.yaml", "./common/lib.patterns.yaml", "schemas/common/lib.patterns.yaml")]
    [InlineData("schemas/x.docschema.yaml", "common/../common/lib.patterns.yaml", "schemas/common/lib.patterns.yaml")]
    [InlineData("/repo/schemas/x.docschema.yaml", "../common/lib.patterns.yaml", "/repo/common/lib.patterns.yaml")]
    [InlineData("/repo/schemas/x.docschema.yaml", "/elsewhere/lib.patterns.yaml", "/elsewhere/lib.patterns.yaml")]
    // Roslyn hands Windows paths with backslashes; schemas may be written with either separator.
    [InlineData(@"C:\repo\schemas\x.docschema.yaml", "common/lib.patterns.yaml", @"C:\repo\schemas\common\lib.patterns.yaml")]
    [InlineData(@"C:\repo\schemas\x.docschema.yaml", @"..\common\lib.patterns.yaml", @"C:\repo\common\lib.patterns.yaml")]
    public void RelativeAndAbsolutePaths(string schemaPath, string import, string libraryPath)
    {
        var unit = Resolve.SchemaAt(schemaPath, SchemaImporting(import), (libraryPath, Lib));

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.Equal(libraryPath, Assert.Single(unit.Schema!.Patterns).Origin);
    }

    [Fact]
    public void SchemaPathWithoutAFolder()
    {
        // A path with no folder (the CLI run inside the schema folder, `docschema parse --schema
        // x.docschema.yaml`) makes ImportPath.Resolve put a leading "/" on the import
        // ("/lib.patterns.yaml"), so it never matches "lib.patterns.yaml": before the fix DS0010 says
        // "import `lib.patterns.yaml` not found …; did you mean `lib.patterns.yaml`?".
        var unit = Resolve.SchemaAt("x.docschema.yaml", SchemaImporting("lib.patterns.yaml"), ("lib.patterns.yaml", Lib));

        DiagnosticAssert.None(unit.Diagnostics);
    }

    [Fact]
    public void ImportNotFound()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml", """
            schema: a
            import:
              - commn/lib.patterns.yaml
            layout: [body]
            """, ("schemas/common/lib.patterns.yaml", Lib));

        Assert.Null(unit.Schema);
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0010", 2, 4);
        Assert.Contains("import `commn/lib.patterns.yaml` not found", diagnostic.Message);
        // The suggestion is written as the schema would write it: relative to the schema's folder.
        Assert.EndsWith("did you mean `common/lib.patterns.yaml`?", diagnostic.Message);
    }

    [Fact]
    public void LibraryWithTheSameFileNameInAnotherFolderIsNotIt()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml", SchemaImporting("common/lib.patterns.yaml"),
            ("other/common/lib.patterns.yaml", Lib));

        DiagnosticAssert.Ids(unit.Diagnostics, "DS0010", "DS0005");
        DiagnosticAssert.At(unit.Diagnostics, "DS0010", 1, 9);
    }

    [Fact]
    public void TwoImportsDefiningOneName()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml", """
            schema: a
            import:
              - common/lib.patterns.yaml
              - common/other.patterns.yaml
            layout:
              - kicker: {match: "@shared"}
            """, ("schemas/common/lib.patterns.yaml", Lib), ("schemas/common/other.patterns.yaml", Other));

        Assert.Null(unit.Schema);
        // Reported at the second import, which brings the clash.
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0015", 3, 4);
        Assert.Contains("pattern `shared` is defined by both `common/lib.patterns.yaml` and `common/other.patterns.yaml`", diagnostic.Message);
    }

    [Fact]
    public void OwnDefinitionSettlesAClashBetweenImports()
    {
        // DS0015's message says "define it in the schema's own `patterns:` to choose", and the
        // docs say own names take precedence over imported ones, but ImportLibraries reports the
        // clash before looking at the schema's own patterns: following the advice does not help.
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml", """
            schema: a
            import: [common/lib.patterns.yaml, common/other.patterns.yaml]
            patterns:
              shared: "'mine'"
            layout:
              - kicker: {match: "@shared"}
            """, ("schemas/common/lib.patterns.yaml", Lib), ("schemas/common/other.patterns.yaml", Other));

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.Equal("'mine'", unit.Schema!.Patterns.Single(p => p.Name == "shared").Pattern.Source);
    }

    [Fact]
    public void SameLibraryImportedTwiceIsNoClash()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml",
            SchemaImporting("common/lib.patterns.yaml", "./common/lib.patterns.yaml"),
            ("schemas/common/lib.patterns.yaml", Lib));

        DiagnosticAssert.None(unit.Diagnostics);
    }

    [Fact]
    public void OwnPatternTakesPrecedenceOverAnImport()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml",
            "schema: a\nimport: [lib.patterns.yaml]\npatterns:\n  shared: \"'mine'\"\nlayout:\n  - kicker: {match: \"@shared\"}\n",
            ("schemas/lib.patterns.yaml", Lib));

        DiagnosticAssert.None(unit.Diagnostics);
        var shared = Assert.Single(unit.Schema!.Patterns);
        Assert.Equal(("schema", "'mine'"), (shared.Origin, shared.Pattern.Source));
    }

    [Fact]
    public void ImportTakesPrecedenceOverABuiltIn()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml",
            "schema: a\nimport: [lib.patterns.yaml]\nlayout:\n  - headline: {match: \"@headline\"}\n",
            ("schemas/lib.patterns.yaml", "library: lib\npatterns:\n  headline: \"upper+\"\n"));

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.Equal("schemas/lib.patterns.yaml", Assert.Single(unit.Schema!.Patterns).Origin);
    }

    [Fact]
    public void LibraryThatIsNotImportedIsNotInScope()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml", "schema: a\nlayout:\n  - kicker: {match: \"@only-lib\"}\n",
            ("schemas/lib.patterns.yaml", Lib));

        DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 2, 21);
    }

    [Fact]
    public void ImportedPatternsReferToBuiltIns()
    {
        var unit = Resolve.SchemaAt("schemas/x.docschema.yaml",
            "schema: a\nimport: [lib.patterns.yaml]\nlayout:\n  - kicker: {match: \"@caption-ish\"}\n",
            ("schemas/lib.patterns.yaml", "library: lib\npatterns:\n  caption-ish: \"@han-run '(' any+ ')'\"\n"));

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.Equal(new[] { "caption-ish", "han-run" }, unit.Schema!.Patterns.Select(p => p.Name));
    }
}
