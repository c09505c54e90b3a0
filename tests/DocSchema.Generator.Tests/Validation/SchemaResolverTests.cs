using DocSchema.Generator.Builtins;
using DocSchema.Generator.Model;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Tests.Validation;

/// <summary>
/// Name resolution inside patterns: undefined references (DS0005) and unknown classes (DS0003)
/// located inside the pattern string with a suggestion, recursion (DS0009), empty repetitions
/// (DS0014), and what the resolved schema keeps.
/// </summary>
public class SchemaResolverTests
{
    // ---- DS0005 undefined references ----

    [Fact]
    public void TypoInAReferenceIsReportedAtTheAtSignWithASuggestion()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - body:
                  dateline: "'x' @zh-datelin"
            """);

        Assert.Null(unit.Schema);
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 3, 21);
        Assert.Contains("`@zh-datelin` is not defined", diagnostic.Message);
        Assert.EndsWith("did you mean `@zh-dateline`?", diagnostic.Message);
        // The span covers `@zh-datelin`, the @ included.
        Assert.Equal(11, diagnostic.Location.Length);
    }

    [Fact]
    public void ReferenceFarFromEveryNameHasNoSuggestion()
    {
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"@completely-unknown\"}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 2, 21);
        Assert.DoesNotContain("did you mean", diagnostic.Message);
    }

    [Fact]
    public void UndefinedReferenceInsideANamedPattern()
    {
        // Reported once. Before the fix, SchemaResolver.Run checks the schema's own patterns, then again
        // every reachable pattern, so a used own pattern gives each of its DS0005 (and unknown
        // class DS0003) twice.
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              byline-text: "'By ' @name-rn"
            layout:
              - byline: {match: "@byline-text"}
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 2, 22);
        Assert.EndsWith("did you mean `@name-run`?", diagnostic.Message);
    }

    [Fact]
    public void UndefinedReferenceInAnUnusedNamedPatternIsStillReported()
    {
        // Every pattern the schema defines is checked, used or not: a typo should not wait for first use.
        var unit = Resolve.Schema("schema: a\npatterns:\n  spare: \"@nope\"\nlayout: [body]\n");

        DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 2, 10);
    }

    [Fact]
    public void UndefinedReferenceOnTheSecondLineOfALiteralBlockScalar()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - byline:
                  match: |
                    'By '
                    @nam-run
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 5, 8);
        Assert.EndsWith("did you mean `@name-run`?", diagnostic.Message);
    }

    [Fact]
    public void UndefinedReferenceOnTheSecondLineOfAFoldedBlockScalar()
    {
        // The same misplacement as for DS0003 in folded scalars (PatternErrorLocationTests): the
        // line anchors of a folded value are all on its first line, so before the fix this is reported at
        // 4:14, past the end of `'By '`, instead of at the `@` on the next line.
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - byline:
                  match: >-
                    'By '
                    @nam-run
            """);

        DiagnosticAssert.Single(unit.Diagnostics, "DS0005", 5, 8);
    }

    [Fact]
    public void EveryUndefinedReferenceIsReported()
    {
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"@one @two\"}\n");

        DiagnosticAssert.Ids(unit.Diagnostics, "DS0005", "DS0005");
        DiagnosticAssert.At(unit.Diagnostics, "DS0005", 2, 21);
        DiagnosticAssert.At(unit.Diagnostics, "DS0005", 2, 26);
    }

    // ---- DS0003 unknown classes ----

    [Fact]
    public void UnknownClassSuggestsTheNearestClass()
    {
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"'x' digt+\"}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0003", 2, 25);
        Assert.Equal("`digt` is not a character class; did you mean `digit`? (literals are quoted: 'text')", diagnostic.Message);
        Assert.Equal(4, diagnostic.Location.Length);
    }

    [Fact]
    public void TransposedLettersSuggestTheClassMeant()
    {
        // `hna` is `han` with two letters swapped, the commonest typo. Plain Levenshtein counts a
        // swap as two edits, the same as `hna` → `any`, and the tie goes to `any` alphabetically:
        // before the fix the hint says "did you mean `any`?". Counting a transposition as one edit
        // (Damerau/OSA distance in NameSuggestion) suggests `han`.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"hna+\"}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0003", 2, 21);
        Assert.Contains("did you mean `han`?", diagnostic.Message);
    }

    [Fact]
    public void ClassNamedLikeAPatternSuggestsTheReference()
    {
        var unit = Resolve.Schema("schema: a\npatterns:\n  title: \"any+\"\nlayout:\n  - kicker: {match: \"title\"}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0003", 4, 21);
        Assert.Contains("to use the pattern named `title`, write `@title`", diagnostic.Message);
    }

    [Fact]
    public void NewlineClassIsKnown()
    {
        // `newline` is in PatternParser.ClassNames (and the runtime has CharClass.Newline) though
        // the docs' class table does not list it.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"any+ newline any+\"}\n");

        DiagnosticAssert.None(unit.Diagnostics);
    }

    // ---- DS0009 recursion ----

    [Fact]
    public void PatternReferringToItselfDirectly()
    {
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              nested: "'(' (@nested)? ')'"
            layout:
              - kicker: {match: "@nested"}
            """);

        Assert.Null(unit.Schema);
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0009", 2, 16);
        Assert.Contains("pattern `nested` refers to itself (@nested → @nested)", diagnostic.Message);
        Assert.Contains("use repetition", diagnostic.Message);
    }

    [Fact]
    public void PatternsReferringToEachOther()
    {
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              a: "'x' @b?"
              b: "'y' @a"
            layout:
              - kicker: {match: "@a"}
            """);

        // Reported once, at the reference that closes the cycle.
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0009", 3, 10);
        Assert.Contains("(@a → @b → @a)", diagnostic.Message);
    }

    [Fact]
    public void UnusedRecursivePatternIsStillReported()
    {
        var unit = Resolve.Schema("schema: a\npatterns:\n  loop: \"'x' @loop?\"\nlayout: [body]\n");

        DiagnosticAssert.Single(unit.Diagnostics, "DS0009", 2, 13);
    }

    [Fact]
    public void SharedSubpatternIsNoCycle()
    {
        // A diamond (two paths to one pattern) is not recursion.
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              top: "@left @right"
              left: "@leaf"
              right: "@leaf"
              leaf: "digit"
            layout:
              - kicker: {match: "@top @leaf"}
            """);

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.NotNull(unit.Schema);
    }

    // ---- DS0004 names that become one C# name ----

    [Fact]
    public void PatternNamesThatBecomeOneCSharpName()
    {
        // Before the fix both became the routine `AtA1`: CS0111 in the generated code.
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              a-1: "'x'"
              a1: "'y'"
            layout:
              - kicker: {match: "@a-1 @a1"}
            """);

        Assert.Null(unit.Schema);
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0004", 3, 2);
        Assert.Equal("pattern `a1` becomes `A1` in C#, as pattern `a-1` does, so the generated code would declare `A1` twice; rename one of them (C# names drop the hyphens)", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Length);
    }

    [Fact]
    public void UnusedOwnPatternNamesAreCheckedToo()
    {
        // Like every other check of the schema's own patterns: a clash should not wait for first use.
        var unit = Resolve.Schema("schema: a\npatterns:\n  p1-2: \"'x'\"\n  p12: \"'y'\"\nlayout: [body]\n");

        Assert.Contains("`p12` becomes `P12`", DiagnosticAssert.Single(unit.Diagnostics, "DS0004", 3, 2).Message);
    }

    [Fact]
    public void OwnPatternClashingWithAnImportedOneIsReportedInTheSchema()
    {
        // The library comes first: the schema is what its author can rename.
        var unit = Resolve.Schema(
            "schema: a\nimport: [lib.patterns.yaml]\npatterns:\n  x-1: \"'x'\"\nlayout:\n  - kicker: {match: \"@x1 @x-1\"}\n",
            ("schemas/lib.patterns.yaml", "library: lib\npatterns:\n  x1: \"'y'\"\n"));

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0004", 3, 2);
        Assert.Equal(Resolve.SchemaPath, diagnostic.Location.Path);
        Assert.StartsWith("pattern `x-1` becomes `X1` in C#, as pattern `x1` does", diagnostic.Message);
    }

    [Theory]
    // One role (two fields and two slots named A1), or two roles (two slots named A1).
    [InlineData("{a-1: 'x'} {a1: 'y'}", "'z'", 2, 32)]
    [InlineData("{a-1: 'x'}", "{a1: 'y'}", 3, 20)]
    public void CaptureNamesThatBecomeOneCSharpName(string kicker, string other, int line, int column)
    {
        var unit = Resolve.Schema($$"""
            schema: a
            layout:
              - kicker: {match: "{{kicker}}"}
              - other: {match: "{{other}}"}
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0004", line, column);
        Assert.StartsWith("capture `a1` becomes `A1` in C#, as capture `a-1` does", diagnostic.Message);
    }

    [Fact]
    public void RoleNamesThatBecomeOneCSharpName()
    {
        // Before the fix both became the property `K1`: CS0102 in the generated code.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - k-1: {match: \"'x'\"}\n  - k1: {match: \"'y'\"}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0004", 3, 4);
        Assert.StartsWith("role `k1` becomes `K1` in C#, as role `k-1` does", diagnostic.Message);
    }

    [Theory]
    // Role `a` keeps its captures in a class `AValue`, the C# name of role `a-value`: the later of
    // the two is reported, whichever it is, and a role with a class of its own clashes the same way.
    [InlineData("a: {match: \"{x: 'x'}\"}", "a-value: {match: \"'y'\"}", "role `a-value` becomes `AValue` in C#, the class in which role `a` keeps its captures (its C# name and `Value`), so the generated code would declare `AValue` twice; rename one of them")]
    [InlineData("a-value: {match: \"'y'\"}", "a: {match: \"{x: 'x'}\"}", "role `a` keeps its captures in a class `AValue` (its C# name and `Value`), which is what role `a-value` becomes in C#, so the generated code would declare `AValue` twice; rename one of them")]
    [InlineData("a: {match: \"{x: 'x'}\"}", "a-value: {match: \"{x: 'y'}\"}", "role `a-value` becomes `AValue` in C#, the class in which role `a` keeps its captures (its C# name and `Value`), so the generated code would declare `AValue` twice; rename one of them")]
    public void RoleNamedLikeTheClassOfAnotherRolesCaptures(string first, string second, string message)
    {
        // Before the fix the class and the property were both `AValue`: CS0102 in the generated code.
        var unit = Resolve.Schema($"schema: a\nlayout:\n  - {first}\n  - {second}\n");

        Assert.Null(unit.Schema);
        Assert.Equal(message, DiagnosticAssert.Single(unit.Diagnostics, "DS0004", 3, 4).Message);
    }

    [Fact]
    public void RoleWithoutCapturesHasNoClassToClashWith()
    {
        // `a` is a plain text value, so no class `AValue` is generated and `a-value` is free.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - a: {match: \"'x'\"}\n  - a-value: {match: \"'y'\"}\n");

        DiagnosticAssert.None(unit.Diagnostics);
        Assert.NotNull(unit.Schema);
    }

    [Theory]
    // A hyphen before a letter makes a capital, so these stay apart; one name used twice is one name.
    [InlineData("{a-b: 'x'} {ab: 'y'}")]
    [InlineData("{a-1b: 'x'} {a1-b: 'y'}")]
    [InlineData("{a-1: 'x'} {a-1: 'y'}")]
    public void NamesThatStayApartInCSharp(string pattern)
    {
        var unit = Resolve.Schema($"schema: a\nlayout:\n  - kicker: {{match: \"{pattern}\"}}\n");

        DiagnosticAssert.None(unit.Diagnostics);
    }

    // ---- DS0014 repetitions of what can match nothing ----

    [Fact]
    public void DoubledStarWarnsButResolves()
    {
        // `digit**` parses as (digit*)* (PatternParserTests); the outer repetition's body can
        // match nothing, which is a warning, so the schema still resolves.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"'x' digit**\"}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0014", 2, 25);
        Assert.False(diagnostic.IsError);
        Assert.NotNull(unit.Schema);
    }

    [Theory]
    [InlineData("(space*)+")]
    [InlineData("''*")]
    [InlineData("(!digit)*")]
    [InlineData("(@maybe)+")]
    public void RepetitionOfSomethingThatCanMatchNothing(string pattern)
    {
        var unit = Resolve.Schema($"schema: a\npatterns:\n  maybe: \"digit?\"\nlayout:\n  - kicker: {{match: \"{pattern}\"}}\n");

        Assert.Equal("DS0014", Assert.Single(unit.Diagnostics).Id);
    }

    [Theory]
    // `p` uses `o` twice in a sequence; `q` reaches `o` through `n` first, then directly.
    [InlineData("@p*")]
    [InlineData("@q*")]
    public void RepetitionOfAPatternThatMeetsAnEmptyPatternTwice(string pattern)
    {
        // Before the fix, the walk remembered every name it had met and took the second `@o` for a
        // cycle, so `p` and `q` seemed to consume and the warning was missing.
        var unit = Resolve.Schema($$"""
            schema: a
            patterns:
              o: "'x'?"
              p: "@o @o"
              n: "@o 'y'"
              q: "@n | @o"
            layout:
              - kicker: {match: "{{pattern}}"}
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0014", 7, 21);
        Assert.False(diagnostic.IsError);
    }

    [Fact]
    public void RepetitionOfAPatternThatUsesAConsumingPatternTwiceIsNoWarning()
    {
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              o: "'x'"
              p: "@o? @o"
            layout:
              - kicker: {match: "@p*"}
            """);

        DiagnosticAssert.None(unit.Diagnostics);
    }

    [Fact]
    public void BoundedRepetitionOfSomethingEmptyIsNoWarning()
    {
        // Only unbounded repetitions are reported: a bounded one stops after its maximum anyway.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker: {match: \"(space*){2}\"}\n");

        DiagnosticAssert.None(unit.Diagnostics);
    }

    // ---- the resolved schema ----

    [Fact]
    public void ResolvedSchemaKeepsEveryReachablePatternSortedByName()
    {
        var unit = Resolve.Schema(SchemaTexts.WireStory);

        DiagnosticAssert.None(unit.Diagnostics);
        // Own patterns that nothing refers to (kicker-text) are dropped; agency-tag is kept as a
        // root and brings @agency; @en-dateline brings its parts.
        Assert.Equal(new[] { "agency", "day", "en-dateline", "en-place", "headline", "month-name", "name-run" },
            unit.Schema!.Patterns.Select(p => p.Name));
        Assert.All(unit.Schema.Patterns, p => Assert.Equal(BuiltinPatterns.Origin, p.Origin));
    }

    [Fact]
    public void OwnPatternTakesPrecedenceOverABuiltIn()
    {
        var unit = Resolve.Schema("schema: a\npatterns:\n  headline: \"upper+\"\nlayout:\n  - headline: {match: \"@headline\"}\n");

        DiagnosticAssert.None(unit.Diagnostics);
        var headline = Assert.Single(unit.Schema!.Patterns);
        Assert.Equal(("headline", "schema", "upper+"), (headline.Name, headline.Origin, headline.Pattern.Source));
    }

    [Fact]
    public void ResolvingIsDeterministic()
    {
        // The incremental pipeline compares results by value to skip unchanged work.
        Assert.Equal(Resolve.Schema(SchemaTexts.WireStory), Resolve.Schema(SchemaTexts.WireStory));
    }

    [Fact]
    public void SchemaWithReadErrorsPassesThroughWithItsDiagnostics()
    {
        var file = SchemaFileReader.Read("x.docschema.yaml", "schema: a\nlayuot: []\n");

        var unit = SchemaResolver.Resolve(file, Array.Empty<LibraryModel>());

        Assert.Null(unit.Schema);
        Assert.Equal(file.Diagnostics, unit.Diagnostics);
    }
}
