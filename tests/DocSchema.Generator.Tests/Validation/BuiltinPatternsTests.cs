using DocSchema.Generator.Builtins;
using DocSchema.Generator.Tests.Support;
using static DocSchema.Generator.Tests.Support.Tree;

namespace DocSchema.Generator.Tests.Validation;

/// <summary>
/// The built-in library (Builtins/builtins.patterns.yaml) is read by the same reader as users'
/// libraries, so a mistake in it would surface in every schema: it must read and resolve cleanly
/// and define what the documentation promises.
/// </summary>
public class BuiltinPatternsTests
{
    // The rows of docs/schema-language.md#built-in-patterns (copied next to the tests), so the
    // documentation and the library cannot drift apart.
    private static readonly string[] DocumentedNames = DocumentedBuiltIns();

    private static string[] DocumentedBuiltIns()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "schema-language.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Built-in patterns", StringComparison.Ordinal));
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `@", StringComparison.Ordinal))
            .Select(l => l[4..l.IndexOf('`', 4)])
            .ToArray();
    }

    [Fact]
    public void TheDocumentedTableIsFound() => Assert.Contains("zh-dateline", DocumentedNames);

    [Fact]
    public void BuiltInLibraryReadsWithoutDiagnostics()
    {
        DiagnosticAssert.None(BuiltinPatterns.File.Diagnostics);
        Assert.NotNull(BuiltinPatterns.File.Library);
        Assert.Equal("builtins", BuiltinPatterns.Library.Name);
    }

    [Fact]
    public void EveryDocumentedBuiltInIsDefined()
    {
        // Before the fix, @zh-subheading, @en-subheading and @credit are documented (and used by the docs'
        // examples: `@zh-caption` is "{text: any*?} space* @credit") but not defined.
        var defined = BuiltinPatterns.Library.Patterns.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var missing = DocumentedNames.Where(n => !defined.Contains(n)).ToList();

        Assert.True(missing.Count == 0, "documented but not defined: " + string.Join(", ", missing.Select(n => "@" + n)));
    }

    [Fact]
    public void EveryBuiltInIsDocumented()
    {
        var undocumented = BuiltinPatterns.Library.Patterns.Select(p => p.Name).Except(DocumentedNames).ToList();

        Assert.True(undocumented.Count == 0, "defined but not documented: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void EveryBuiltInResolves()
    {
        // One custom role per built-in: no undefined reference, no cycle, no unknown class among them.
        var roles = BuiltinPatterns.Library.Patterns.Select((p, i) => $"  - role{i}: {{match: \"@{p.Name}\"}}\n");

        var unit = Resolve.Schema("schema: a\nlayout:\n" + string.Concat(roles));

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.Equal(BuiltinPatterns.Library.Patterns.Select(p => p.Name).Order(StringComparer.Ordinal),
            unit.Schema!.Patterns.Select(p => p.Name));
    }

    [Fact]
    public void BuiltInsComeFromTheBuiltInOrigin()
    {
        Assert.All(BuiltinPatterns.Library.Patterns, p => Assert.Equal(BuiltinPatterns.Origin, p.Origin));
        Assert.All(BuiltinPatterns.File.Diagnostics, d => Assert.Equal(BuiltinPatterns.Origin, d.Location.Path));
    }

    [Fact]
    public void SimpleBuiltInsHaveTheDocumentedTree()
    {
        var patterns = BuiltinPatterns.Library.Patterns.ToDictionary(p => p.Name);

        Assert.Equal(Rep(0, Cls(0, "han"), 1, -1), patterns["han-run"].Pattern.Root);
        Assert.Equal(Rep(0, Cls(0, "latin"), 1, -1), patterns["latin-run"].Pattern.Root);
    }

    [Fact]
    public void BuiltInsAreLoadedOnce()
    {
        Assert.Same(BuiltinPatterns.File, BuiltinPatterns.File);
    }
}
