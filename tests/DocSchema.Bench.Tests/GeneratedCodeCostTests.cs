using System.Reflection;
using System.Runtime.Loader;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Generator;
using DocSchema.Runtime.Text;

namespace DocSchema.Bench.Tests;

/// <summary>
/// The generated code's size and JIT cost (<c>bench -- code-cost</c>): the JIT's summary lines read
/// back, the large schema it measures, and every method of a generated assembly compiled.
/// </summary>
public class GeneratedCodeCostTests
{
    [Fact]
    public void A_jit_summary_line_gives_its_type_tier_and_sizes()
    {
        var plain = JitSummaryLine.TryParse("   5: JIT compiled DocSchema.Schemas.GenericNewsArticle:Parse(DocSchema.Runtime.Text.SourceText):DocSchema.Runtime.Results.ParseResult`1[DocSchema.Schemas.GenericNewsArticle] [FullOpts, IL size=154, code size=661]");
        Assert.Equal(new JitSummaryLine("DocSchema.Schemas.GenericNewsArticle", "Parse", "FullOpts", 154, 661), plain);

        // A nested type keeps its '+'; a generic type loses its arguments; a parameter's brackets come before the tier's.
        var nested = JitSummaryLine.TryParse("  12: JIT compiled DocSchema.Schemas.GenericNewsArticle+Patterns:AtDateline(System.ReadOnlySpan`1[ushort],int):int [Tier0, IL size=31, code size=98]");
        Assert.Equal(new JitSummaryLine("DocSchema.Schemas.GenericNewsArticle+Patterns", "AtDateline", "Tier0", 31, 98), nested);
        var generic = JitSummaryLine.TryParse("   4: JIT compiled System.RuntimeType+IGenericCacheEntry`1[System.__Canon]:CreateAndCache(System.RuntimeType) [FullOpts with Synthesized PGO, IL size=165, code size=405]");
        Assert.Equal(new JitSummaryLine("System.RuntimeType+IGenericCacheEntry`1", "CreateAndCache", "FullOpts with Synthesized PGO", 165, 405), generic);

        Assert.Null(JitSummaryLine.TryParse("JIT compiled without a number [FullOpts, IL size=1, code size=2]"));
        Assert.Null(JitSummaryLine.TryParse("   6: JIT compiled A:B() [FullOpts, IL size=1]"));
    }

    [Fact]
    public void Only_the_generated_types_methods_compiled_after_the_load_marker_are_counted()
    {
        const string Type = "DocSchema.Schemas.OrientalDailyArticle";
        string[] summary =
        [
            // The bench's own parser of the same name, compiled by the warm-up: not the measured one.
            $"   1: JIT compiled {Type}:Parse(System.String) [FullOpts, IL size=100, code size=1000]",
            "   2: JIT compiled DocSchema.Bench.Generator.GeneratedCodeCost:LoadingMeasuredAssembly() [FullOpts, IL size=1, code size=5]",
            $"   3: JIT compiled {Type}:Parse(System.String) [FullOpts, IL size=100, code size=700]",
            $"   4: JIT compiled {Type}+Patterns:AtDateline(DocSchema.Runtime.Patterns.ParseContext,byref):bool [FullOpts, IL size=20, code size=60]",
            "   5: JIT compiled System.String:Concat(System.String,System.String) [FullOpts, IL size=10, code size=50]",
        ];

        Assert.Equal(760, GeneratedCodeCost.CodeBytesAfterLoad(summary, [Type, Type + "+Patterns"]));
        Assert.Throws<InvalidOperationException>(() => GeneratedCodeCost.CodeBytesAfterLoad(summary.Where(l => !l.Contains("LoadingMeasuredAssembly", StringComparison.Ordinal)), [Type]));
    }

    [Fact]
    public void The_large_schema_has_its_stated_size_and_parses_its_datelines()
    {
        Assert.Equal(LargeSchema.PlaceCount, LargeSchema.Places.Distinct(StringComparer.Ordinal).Count());
        // Each alternative starts a line of its own after the first.
        Assert.Equal(LargeSchema.AlternativeCount - 1, LargeSchema.Text.Split("\n      | ").Length - 1);

        var schema = GeneratedCodeCost.SchemaOf(Load(GeneratedCodeCost.Compile(LargeSchema.Name, [(LargeSchema.Path, LargeSchema.Text)], LargeSchema.Name)));
        var (first, second) = (LargeSchema.Places[0], LargeSchema.Places[1]);
        var parsed = schema.Parse(SourceText.From($"({first}、{second} 2026年3月19日讯) The first paragraph.\n\nThe second paragraph.\n", "large.txt"));

        var dateline = parsed.Article!.Dateline!;
        Assert.Equal([first, second], dateline.Places.Select(p => p.Text));
        Assert.Equal((2026, 3, 19), (dateline.Year, dateline.Month, dateline.Day));

        // The page code-cost parses reaches every alternative: each of its lines is a subheading.
        var page = schema.Parse(SourceText.From(LargeSchema.Page, "large.txt")).Article!;
        Assert.Equal(LargeSchema.AlternativeCount, page.Subheadings.Count);
        Assert.Single(page.Dateline!.Places);
        Assert.Contains(page.Dateline.Places[0].Text, LargeSchema.Places);
        Assert.Equal(1 + (LargeSchema.AlternativeCount / 10), page.Paragraphs.Count);
    }

    [Fact]
    public void Every_method_of_a_generated_assembly_is_compiled_and_its_types_are_named_as_the_jit_names_them()
    {
        var assembly = Load(GeneratedCodeCost.Compile("generic-news", GeneratedCodeCost.Shipped("generic-news"), SampleArticle.AbcNewsBilingual.Name));
        // Counted here by the IL itself: every type's methods and constructors that have a body.
        var bodies = assembly.GetTypes().Sum(t => t.GetMethods(Declared).Count(HasBody) + t.GetConstructors(Declared).Count(HasBody));
        Assert.Equal(bodies, GeneratedCodeCost.MethodsWithBodies(assembly).Count());

        var compiled = GeneratedCodeCost.PrepareEveryMethod(assembly);

        // Nothing of a freshly loaded assembly was compiled before: each method once, and nothing else.
        Assert.Equal(bodies, compiled.Methods);
        Assert.True(compiled.ILBytes > 0);
        Assert.Contains("DocSchema.Schemas.GenericNewsArticle", compiled.Types);
        Assert.Contains(compiled.Types, t => t.StartsWith("DocSchema.Schemas.GenericNewsArticle+", StringComparison.Ordinal));
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static bool HasBody(MethodBase method) => method.GetMethodBody() is not null;

    private static Assembly Load(GeneratedCodeCost.CompiledSchema schema) =>
        new AssemblyLoadContext("code-cost-test-" + schema.Name).LoadFromStream(new MemoryStream(schema.Image));
}
