using System.Collections.Immutable;
using System.Reflection;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Emit;
using DocSchema.Generator.Model;
using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// The pipeline is incremental for real: with GeneratorDriver step tracking, editing an unrelated
/// C# file regenerates nothing, and editing one schema leaves the others' steps cached.
/// </summary>
public class IncrementalCachingTests
{
    private static readonly string[] TrackedSteps = ["Read", "Libraries", "Resolve", "Emit", "Output"];

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, Dictionary<string, AdditionalText> Texts) FirstRun(IEnumerable<(string Path, string Text)> files)
    {
        var texts = files.ToDictionary(f => f.Path, f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text), StringComparer.Ordinal);
        var compilation = CSharpCompilation.Create("Caching",
            [CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", path: "/project/Program.cs")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new DocSchemaGenerator().AsSourceGenerator()],
            texts.Values,
            parseOptions: null,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver.RunGenerators(compilation), compilation, texts);
    }

    private static IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Steps(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps;

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver) =>
        TrackedSteps.Where(Steps(driver).ContainsKey)
            .SelectMany(step => Steps(driver)[step].SelectMany(run => run.Outputs.Select(o => (step, o.Reason))));

    [Fact]
    public void EveryTrackedStepRuns()
    {
        var (driver, _, _) = FirstRun(ShippedSchemas.Files);
        Assert.All(TrackedSteps, step => Assert.True(Steps(driver).ContainsKey(step), $"step {step} was not tracked"));
    }

    [Fact]
    public void EditingAnUnrelatedCSharpFileRegeneratesNothing()
    {
        var (driver, compilation, _) = FirstRun(ShippedSchemas.Files);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", path: "/project/Unrelated.cs"));

        driver = driver.RunGenerators(edited);

        Assert.All(Outputs(driver), output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"step {output.Step} ran again ({output.Reason}) after an unrelated C# edit"));
    }

    [Fact]
    public void EditingOneSchemaLeavesTheOthersCached()
    {
        var files = ShippedSchemas.Files;
        var (driver, compilation, texts) = FirstRun(files);
        var target = files.Single(f => f.Path.EndsWith("oriental-daily.docschema.yaml", StringComparison.Ordinal));
        // The schema's doc text changes, so its generated code changes.
        driver = driver.ReplaceAdditionalText(texts[target.Path], new InMemoryAdditionalText(target.Path, target.Text.Replace("Malaysia", "Malaysia, Kuala Lumpur")));

        driver = driver.RunGenerators(compilation);

        var emit = Steps(driver)["Emit"].SelectMany(run => run.Outputs.Select(o => (Value: (GeneratedSchema)o.Value, o.Reason))).ToList();
        Assert.Equal(3, emit.Count);
        foreach (var (value, reason) in emit)
        {
            if (value.Path == target.Path) Assert.Equal(IncrementalStepRunReason.Modified, reason);
            else Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{value.Path} was regenerated ({reason})");
        }
    }

    [Fact]
    public void EditingAWhitespaceOnlyPartOfASchemaKeepsItsGeneratedCodeUnchanged()
    {
        // A trailing comment moves nothing the generated code depends on but positions after it.
        var files = ShippedSchemas.Files;
        var (driver, compilation, texts) = FirstRun(files);
        var target = files.Single(f => f.Path.EndsWith("generic-news.docschema.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(texts[target.Path], new InMemoryAdditionalText(target.Path, target.Text + "\n# a comment at the end\n"));

        driver = driver.RunGenerators(compilation);

        var output = Steps(driver)["Output"].SelectMany(run => run.Outputs).Single();
        Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output step: {output.Reason}");
    }

    [Fact]
    public void NoPipelineModelHoldsRoslynSymbolsCompilationsOrYamlNodes()
    {
        // Every type a pipeline step outputs, and every type reachable through their members.
        Type[] roots = [typeof(ParsedFile), typeof(SchemaUnit), typeof(GeneratedSchema), typeof(EquatableArray<LibraryModel>)];
        Type[] forbidden = [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SemanticModel), typeof(SyntaxTree), typeof(YamlNode), typeof(SourceText)];
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string)) continue;
            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            if (type.Assembly != typeof(DocSchemaGenerator).Assembly && !type.IsGenericType) continue;
            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : []) queue.Enqueue(argument);
            foreach (var member in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)) queue.Enqueue(member.FieldType);
            // Derived records (the layout elements, the pattern nodes) are values of their base types.
            foreach (var derived in typeof(DocSchemaGenerator).Assembly.GetTypes().Where(t => t != type && type.IsAssignableFrom(t) && !t.IsInterface)) queue.Enqueue(derived);
        }
        Assert.Contains(typeof(SourceLocation), seen);
        Assert.Contains(typeof(SchemaDiagnostic), seen);
        Assert.Contains(typeof(RegistryEntry), seen);
    }
}
