using System.Text.RegularExpressions;
using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Which pattern routines the generated code asks the compiler to inline: those of at most 4
/// pattern nodes (counting the inlined routines inside them whole and the others as one call),
/// so that a small named pattern becomes part of its user while a large one stays one routine,
/// called, however often it is used.
/// </summary>
public class PatternInliningTests
{
    private static readonly Regex s_routine = new(@"(?<inlined>\[global::System\.Runtime\.CompilerServices\.MethodImpl\(global::System\.Runtime\.CompilerServices\.MethodImplOptions\.AggressiveInlining\)\]\s*)?private static bool (?<name>\w+)\(global::DocSchema\.Runtime\.Patterns\.ParseContext c, ref int pos\)");

    [Fact]
    public void A_named_pattern_of_four_nodes_is_inlined_and_one_of_five_is_called()
    {
        // A choice of n literals is n + 1 nodes; `uses` names both twice.
        var routines = Routines($$"""
            schema: inlining
            patterns:
              three: {pattern: "{{Literals(3)}}"}
              four: {pattern: "{{Literals(4)}}"}
              uses: {pattern: "@three @four @three @four"}
            layout:
              - marker:
                  count: "?"
                  match: "{m: @uses} {rest: any*}"
              - body: {}
            """);

        Assert.True(routines["AtThree"], "a choice of 3 literals (4 nodes) is inlined");
        Assert.False(routines["AtFour"], "a choice of 4 literals (5 nodes) stays a call");
        // Each literal is one node: inlined into its choice, whether the choice is or not.
        Assert.All(routines.Where(r => r.Key.StartsWith("AtFour_", StringComparison.Ordinal)), r => Assert.True(r.Value, r.Key));
        // `uses` holds 1 + 2 × 4 inlined nodes + 2 calls: too large itself.
        Assert.False(routines["AtUses"]);
    }

    [Fact]
    public void A_large_pattern_used_many_times_is_emitted_once_and_called()
    {
        // 300 literals used by 50 alternatives: inlining it into each would copy it 50 times.
        var alternatives = string.Join(" | ", Enumerable.Range(0, 50).Select(i => $"('x{i}' @place)"));
        var generated = GeneratorHarness.Run(("/project/inlining.docschema.yaml", $$"""
            schema: inlining
            patterns:
              place: {pattern: "{{Literals(300)}}"}
              many: {pattern: "{{alternatives}}"}
            layout:
              - marker:
                  count: "?"
                  match: "{m: @many} {rest: any*}"
              - body: {}
            """));
        Assert.True(generated.GeneratorDiagnostics.IsEmpty, generated.Describe());
        var source = generated.Source("DocSchema.Schemas.InliningArticle.g.cs")!.Text;
        var routines = RoutinesIn(source);

        Assert.False(routines["AtPlace"]);
        Assert.Single(Regex.Matches(source, @"private static bool AtPlace\("));
        // Each alternative is 'xN' (a literal) and a call of AtPlace: small, so inlined into the choice.
        Assert.Equal(50, Regex.Matches(source, @"AtPlace\(c, ref pos\)").Count);
    }

    private static string Literals(int count) => string.Join(" | ", Enumerable.Range(0, count).Select(i => $"'w{i}'"));

    private static Dictionary<string, bool> Routines(string schema)
    {
        var generated = GeneratorHarness.Run(("/project/inlining.docschema.yaml", schema));
        Assert.True(generated.GeneratorDiagnostics.IsEmpty, generated.Describe());
        Assert.DoesNotContain(generated.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return RoutinesIn(generated.Source("DocSchema.Schemas.InliningArticle.g.cs")!.Text);
    }

    // Each pattern routine's name, and whether it carries the inlining attribute.
    private static Dictionary<string, bool> RoutinesIn(string source) =>
        s_routine.Matches(source).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["inlined"].Success);
}
