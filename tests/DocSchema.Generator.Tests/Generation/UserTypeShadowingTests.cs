using System.Text;
using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// The generated code lives in the schema's namespace, beside the user's own types, and C# finds a
/// type declared there (or in the global namespace) before one a <c>using</c> brings. A user's own
/// <c>Article</c>, <c>Quote</c> or <c>List</c> class must not be found instead of the type the
/// generated code means: each schema here is compiled beside a class named like every type and
/// namespace its generated code names, taken from that code (so a name the emitters start to use is
/// tried at once), and must compile without a warning.
/// </summary>
public class UserTypeShadowingTests
{
    /// <summary>A name the generated code gives a type or namespace, and the type's arity.</summary>
    private sealed record UsedName(string Name, int Arity, bool IsNamespace);

    public static TheoryData<string> Schemas() =>
        new(ShippedSchemas.Schemas.Select(s => s.Path).Concat(["wire-story", "everything"]));

    /// <summary>
    /// The files of case <paramref name="schema"/>: a shipped schema with every library, the wire
    /// story (a custom role with captures, related teasers), or every kind of code the generator
    /// writes, with roles of every count, in a namespace of the user's.
    /// </summary>
    private static (string Path, string Text)[] Files(string schema) => schema switch
    {
        "wire-story" => [("/project/schemas/wire.docschema.yaml", SchemaTexts.WireStory)],
        "everything" =>
        [
            ("/project/schemas/everything.docschema.yaml", SchemaTexts.Everything("everything", "namespace: MyNews.Model\n",
                "  - tag: {match: \"'t' {word: any+}\", count: \"*\"}\n  - note: {match: \"'n' any*\", count: \"+\"}\n")),
        ],
        _ => ShippedSchemas.Libraries.Append(ShippedSchemas.Schemas.Single(s => s.Path == schema)).ToArray(),
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void GeneratedCodeCompilesBesideUserTypesNamedLikeEveryTypeItUses(string schema)
    {
        var files = Files(schema);
        var (plain, names, _) = NamesOfTheGeneratedCode(files);
        Assert.Contains(new UsedName("Article", 0, false), names);
        Assert.Contains(new UsedName("ParseResult", 1, false), names);
        Assert.Contains(new UsedName("ArgumentNullException", 0, false), names);
        Assert.Contains(new UsedName("GeneratedCode", 0, false), names);
        Assert.Contains(new UsedName("DocSchema", 0, true), names);

        var run = GeneratorHarness.Run(files, UserTypes(Namespace(plain), names), null);

        Assert.True(run.Exception is null, run.Describe());
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        var problems = run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void TheUserTypesWouldBeFoundInsteadOfShortNames(string schema)
    {
        // What makes the test above able to fail: the same generated code with short names and
        // usings, as the generator once wrote it, does not compile beside the user's types.
        var files = Files(schema);
        var (plain, names, namespaces) = NamesOfTheGeneratedCode(files);
        var run = GeneratorHarness.Run(files, UserTypes(Namespace(plain), names), null);
        var generated = run.OutputCompilation.SyntaxTrees.Where(t => t.FilePath != "/project/Program.cs").ToList();
        var shortNamed = generated.Select(t => CSharpSyntaxTree.ParseText(ShortNames(t.ToString(), namespaces), GeneratorHarness.ParseOptions, t.FilePath));

        var errors = run.OutputCompilation.RemoveSyntaxTrees(generated).AddSyntaxTrees(shortNamed)
            .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.NotEmpty(errors);
    }

    /// <summary>
    /// The generated code of <paramref name="files"/> (with no user code beside it), every type
    /// and namespace it names that the compilation does not declare (its own types and members stay
    /// out: they are in the user's namespace on purpose) and the namespaces of those types.
    /// </summary>
    private static (GeneratorRun Run, IReadOnlyList<UsedName> Names, IReadOnlyList<string> TypeNamespaces) NamesOfTheGeneratedCode((string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(files, null, null);
        Assert.True(run.GeneratorDiagnostics.IsEmpty && run.Exception is null, run.Describe());
        var names = new HashSet<UsedName>();
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in run.OutputCompilation.SyntaxTrees)
        {
            var model = run.OutputCompilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                // `var` binds to the type it stands for, which is named elsewhere if anywhere.
                if (name is IdentifierNameSyntax { IsVar: true }) continue;
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                // The name of an attribute binds to its constructor.
                if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor) symbol = constructor.ContainingType;
                switch (symbol)
                {
                    case INamedTypeSymbol type when type.Locations.All(l => l.IsInMetadata):
                        // An attribute is written without its suffix: both names are looked up.
                        names.Add(new UsedName(name.Identifier.ValueText, type.Arity, false));
                        names.Add(new UsedName(type.Name, type.Arity, false));
                        namespaces.Add(type.ContainingNamespace.ToDisplayString());
                        break;
                    // DocSchema is the runtime's, though the generated code declares namespaces in it too.
                    case INamespaceSymbol { IsGlobalNamespace: false } ns when ns.Locations.Any(l => l.IsInMetadata):
                        names.Add(new UsedName(ns.Name, 0, true));
                        break;
                }
            }
        }
        return (run, names.OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Arity).ToList(), namespaces.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The namespace of the generated article type (not the registry's).</summary>
    private static string Namespace(GeneratorRun run)
    {
        var article = run.OutputCompilation.GetTypeByMetadataName("DocSchema.Runtime.Articles.Article");
        var generated = run.OutputCompilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => run.OutputCompilation.GetSemanticModel(t).GetDeclaredSymbol(c)!))
            .Single(c => SymbolEqualityComparer.Default.Equals(c.BaseType, article));
        return generated.ContainingNamespace.ToDisplayString();
    }

    /// <summary>
    /// User code with a class for every name: in <paramref name="ns"/>, one for each type (of its
    /// arity) and each namespace; in the global namespace, one for each type (a class there named
    /// like a namespace would clash with it, not hide it).
    /// </summary>
    private static string UserTypes(string ns, IEnumerable<UsedName> names)
    {
        static string Declaration(UsedName name) =>
            name.Arity == 0
                ? $"internal sealed class {name.Name} {{ }}\n"
                : $"internal sealed class {name.Name}<{string.Join(", ", Enumerable.Range(1, name.Arity).Select(i => "T" + i))}> {{ }}\n";
        var code = new StringBuilder();
        foreach (var name in names.Where(n => !n.IsNamespace)) code.Append(Declaration(name));
        code.Append("namespace ").Append(ns).Append("\n{\n");
        foreach (var name in names) code.Append("    ").Append(Declaration(name));
        return code.Append("}\n").ToString();
    }

    /// <summary>
    /// <paramref name="code"/> with <c>global::</c> and the namespace taken off every type in
    /// <paramref name="namespaces"/>, and a <c>using</c> of each: the generated code as it was
    /// before it named types from <c>global::</c>.
    /// </summary>
    private static string ShortNames(string code, IReadOnlyList<string> namespaces)
    {
        // The longest first: global::System.Text.Json. is not to lose only its global::System. part.
        foreach (var ns in namespaces.OrderByDescending(n => n.Length)) code = code.Replace("global::" + ns + ".", "");
        return string.Concat(namespaces.Select(n => $"using {n};\n")) + code;
    }
}
