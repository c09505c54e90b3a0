using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Tests.Yaml;

/// <summary>
/// Hostile input: the reader and resolver run inside the compiler on whatever a schema file
/// holds, so for any text they must return located diagnostics and never throw. The inputs are
/// seeded random mutations of a valid schema, so a failure can be reproduced from its seed.
/// </summary>
public class SchemaFileReaderRobustnessTests
{
    private const string Path = "schemas/wire.docschema.yaml";
    private const int Seed = 86_4562;
    private const int Count = 400;

    [Fact]
    public void TheBaseSchemaIsValid()
    {
        // The mutations start from a schema with no diagnostics at all, so each one comes from the mutation.
        var file = SchemaFileReader.Read(Path, SchemaTexts.WireStory);
        DiagnosticAssert.None(file.Diagnostics);
        DiagnosticAssert.None(SchemaResolver.Resolve(file, Array.Empty<LibraryModel>()).Diagnostics);
    }

    [Fact]
    public void MutationsNeverThrow()
    {
        foreach (var (index, text) in SchemaMutations.Of(SchemaTexts.WireStory, Seed, Count))
            ReadAndResolve(text, $"seed {Seed}, mutation {index}");
    }

    [Fact]
    public void MutationsGiveDiagnosticsWithAnIdAndALocationInsideTheFile()
    {
        // Before the fix, a YAML error at the very end of a file without a final line break is placed on
        // the line after the last one (see SchemaFileReaderErrorTests), which fails this check.
        foreach (var (index, text) in SchemaMutations.Of(SchemaTexts.WireStory, Seed, Count))
        {
            var context = $"seed {Seed}, mutation {index}";
            foreach (var diagnostic in ReadAndResolve(text, context))
                AssertLocatedInFile(diagnostic, text, context);
        }
    }

    [Fact]
    public void MutationsNeverGiveAnInternalError()
    {
        // DS0099 means "a bug in the generator, please report it": no input may cause it. Before the fix,
        // YamlDotNet throws InvalidOperationException or ArgumentException on some malformed
        // YAML, which SchemaFileReader.LoadRoot does not catch (see SchemaFileReaderErrorTests).
        var internalErrors = new List<string>();
        foreach (var (index, text) in SchemaMutations.Of(SchemaTexts.WireStory, Seed, Count))
        {
            foreach (var diagnostic in ReadAndResolve(text, $"seed {Seed}, mutation {index}"))
                if (diagnostic.Id == DiagnosticDescriptors.InternalError)
                    internalErrors.Add($"mutation {index}: {diagnostic.Message}");
        }

        Assert.True(internalErrors.Count == 0,
            $"seed {Seed}: {internalErrors.Count} of {Count} mutations gave DS0099:\n{string.Join("\n", internalErrors.Distinct().Take(10))}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0")]
    [InlineData("\uFEFF")]
    [InlineData("\uD800")]
    [InlineData("---\n...\n")]
    [InlineData("~")]
    [InlineData("[]")]
    [InlineData("schema:")]
    [InlineData("schema: a\nlayout:")]
    [InlineData("schema: a\nlayout: ~")]
    [InlineData("schema: a\nlayout: [~]")]
    [InlineData("schema: a\nlayout: [{}]")]
    [InlineData("schema: a\nlayout: [{~: {}}]")]
    [InlineData("schema: a\nlayout: [{[a]: {}}]")]
    [InlineData("schema: a\nlayout: [{body: [1, 2]}]")]
    [InlineData("schema: a\nlayout:\n  - body: {end: {a: b}}")]
    [InlineData("schema: a\nlayout:\n  - boilerplate: {related: {item: x, separator: [a]}}")]
    [InlineData("schema: a\nlayout:\n  - byline: {match: \"{a: x}\", fields: [a]}")]
    [InlineData("schema: a\nlayout:\n  - byline: {match: \"{a: x}\", fields: {a: {type: [x]}}}")]
    [InlineData("schema: a\nlayout:\n  - sections: {layout: {a: b}}")]
    [InlineData("schema: a\nlayout:\n  - sections: {layout: [{sections: {layout: [body]}}]}")]
    [InlineData("schema: a\ndetect: [1, [2], {weight: [3]}]\nlayout: [body]")]
    [InlineData("schema: a\npatterns: [a, b]\nlayout: [body]")]
    [InlineData("schema: a\npatterns: {a: [x]}\nlayout: [body]")]
    [InlineData("schema: a\nimport: {a: b}\nlayout: [body]")]
    [InlineData("&a [*a]")]
    [InlineData("a: &x {b: *x}")]
    [InlineData("schema: !!binary aGVsbG8=\nlayout: [body]")]
    [InlineData("%YAML 1.2\n---\nschema: a\nlayout: [body]")]
    public void OddShapes(string text)
    {
        foreach (var diagnostic in ReadAndResolve(text, $"[{text}]"))
            AssertLocatedInFile(diagnostic, text, $"[{text}]");
    }

    [Fact]
    public void DeeplyNestedYamlIsRejectedNotRecursedInto()
    {
        // YamlDotNet's loader recurses once per nesting level: 5,000 nested `[` overflow a 1 MB
        // thread stack, which cannot be caught and would take the compiler down. The reader needs
        // a depth limit (DS0001). This test gives the reader a 512 MB stack so that, without a
        // limit, it fails on the assertion instead of crashing the test run.
        const int depth = 20_000;
        var text = "schema: a\nlayout: " + new string('[', depth) + new string(']', depth) + "\n";

        var file = BigStack.Run(() => SchemaFileReader.Read(Path, text));

        Assert.Contains(file.Diagnostics, d => d.Id == "DS0001");
    }

    private static List<SchemaDiagnostic> ReadAndResolve(string text, string context)
    {
        try
        {
            var file = SchemaFileReader.Read(Path, text);
            var diagnostics = file.Diagnostics.ToList();
            if (file.Schema is not null)
                diagnostics.AddRange(SchemaResolver.Resolve(file, Array.Empty<LibraryModel>()).Diagnostics.Skip(file.Diagnostics.Count));
            return diagnostics;
        }
        catch (Exception ex)
        {
            Assert.Fail($"{context}: threw {ex}\n--- input ---\n{text}\n---");
            throw;
        }
    }

    private static void AssertLocatedInFile(SchemaDiagnostic diagnostic, string text, string context)
    {
        var where = $"{context}: {diagnostic.Id} at {diagnostic.Location.Line}:{diagnostic.Location.Column} offset {diagnostic.Location.Offset}: {diagnostic.Message}\n--- input ---\n{text}\n---";
        Assert.True(diagnostic.Id.Length == 6 && diagnostic.Id.StartsWith("DS", StringComparison.Ordinal) && diagnostic.Id.Skip(2).All(char.IsAsciiDigit), where);
        Assert.Contains(diagnostic.Id, DiagnosticDescriptors.All.Select(d => d.Id));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), where);
        Assert.Equal(Path, diagnostic.Location.Path);
        Assert.True(diagnostic.Location.Offset >= 0 && diagnostic.Location.Offset <= text.Length, where);
        Assert.True(diagnostic.Location.Length >= 0, where);
        Assert.True(diagnostic.Location.Line >= 0 && diagnostic.Location.Line <= LineBreaks(text), where);
        Assert.True(diagnostic.Location.Column >= 0 && diagnostic.Location.Column <= text.Length, where);
    }

    /// <summary>Line breaks as YAML counts them: CRLF, CR, LF, NEL, LS, PS.</summary>
    private static int LineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') count++;
        }
        return count;
    }
}
