using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Names from a schema that meet a name the generated code already has: a schema that validates
/// generates code that compiles, warnings included, and one that would not is a DSxxxx diagnostic
/// in the YAML, never a C# error in a generated file.
/// </summary>
public class GeneratedNameTests
{
    private const string SchemaPath = "/project/schemas/timetable.docschema.yaml";

    private static GeneratorRun RunClean(string schema)
    {
        var run = GeneratorHarness.Run((SchemaPath, schema));
        Assert.True(run.Exception is null, run.Describe());
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.True(!run.CompilationDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), run.Describe());
        return run;
    }

    [Fact]
    public void CaptureNamedSlotsCompilesAndIsRead()
    {
        // Before the fix its slot was the constant `Slots` inside the class `Slots` (CS0542): a C#
        // error in the generated file of a schema that validates cleanly.
        var run = RunClean("schema: timetable\nlayout:\n  - schedule: {match: \"{slots: digit+} ' slots'\"}\n  - body: {}\n");

        using var json = CompiledArticle.ParseToJson(run, "DocSchema.Schemas.TimetableArticle", "12 slots\n\nA paragraph.");
        Assert.Equal("12", json.RootElement.GetProperty("schedule").GetProperty("slots").GetString());
    }

    [Theory]
    // Before the fix: a type with a member of its own name (CS0542), a property that hides the
    // base class's (CS0108, an error where warnings are).
    [InlineData("schema: timetable\ntype: Patterns\nlayout: [body]\n", 1, 6)]
    [InlineData("schema: timetable\ntype: Parse\nlayout: [body]\n", 1, 6)]
    [InlineData("schema: timetable\nlayout:\n  - speakers: {match: \"'x'\"}\n", 2, 4)]
    [InlineData("schema: timetable\nlayout:\n  - steps-used: {match: \"'x'\"}\n", 2, 4)]
    public void NameOfAMemberTheGeneratedTypeHasIsReportedInTheYaml(string schema, int line, int column)
    {
        var run = GeneratorHarness.Run((SchemaPath, schema));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DS0008", diagnostic.Id);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void TypeNamedLikeAnInheritedMemberCompiles()
    {
        // Only members the type declares are reported: one named like a member it inherits is fine.
        RunClean("schema: timetable\ntype: Headline\nlayout: [headline, body]\n");
    }

    [Theory]
    // Before the fix each compiled to a member or type that hid a type the generated code uses:
    // CS0120 (a property where a type was called), CS1503 (a nested class found instead of the
    // runtime's), CS1061 (a property where the class of captures called a type), CS0509 (a type
    // found instead of its own base class).
    [InlineData("schema: timetable\ndetect:\n  - {language-sections: [zh, en], weight: 1}\nlayout:\n  - script: {match: \"'x'\"}\n", 4, 4)]
    [InlineData("schema: timetable\nlayout:\n  - char-class: {match: \"digit\"}\n", 2, 4)]
    [InlineData("schema: timetable\nlayout:\n  - text: {match: \"{word: any+}\"}\n  - other: {match: \"'y'\"}\n", 2, 4)]
    [InlineData("schema: timetable\nlayout:\n  - kicker: {match: \"{article-json-writer: 'x'}?\"}\n", 2, 21)]
    [InlineData("schema: timetable\ntype: Article\nlayout: [body]\n", 1, 6)]
    public void NameThatWouldHideATypeTheGeneratedCodeUsesIsReportedInTheYaml(string schema, int line, int column)
    {
        var run = GeneratorHarness.Run((SchemaPath, schema));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DS0008", diagnostic.Id);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Theory]
    // Only names the code calls are kept from roles: a property named like a type the code only
    // declares things of is never looked up where that type is meant. And a role without captures
    // has no class to hide a type with.
    [InlineData("schema: timetable\nlayout:\n  - parse-context: {match: \"'x'\"}\n  - article: {match: \"'y'\"}\n")]
    [InlineData("schema: timetable\nlayout:\n  - text: {match: \"any+\"}\n  - kicker: {match: \"{word: 'x'}\"}\n")]
    public void NamesOfTypesTheGeneratedCodeOnlyDeclaresCompile(string schema)
    {
        RunClean(schema);
    }
}
