using DocSchema.Generator.Model;
using DocSchema.Generator.Tests.Support;

namespace DocSchema.Generator.Tests.Validation;

/// <summary>
/// The captures of a custom role become its fields (docs/schema-language.md#captures-and-types):
/// inferred as text, a list when they can match more than once, optional when they can be
/// absent; a declared type that contradicts the pattern is DS0012.
/// </summary>
public class FieldTypingTests
{
    private static IReadOnlyDictionary<string, FieldSpec> FieldsOf(string pattern, string patterns = "")
    {
        var unit = Resolve.Schema($"schema: a\n{patterns}layout:\n  - kicker: {{match: \"{pattern}\"}}\n");
        DiagnosticAssert.None(unit.Diagnostics);
        var role = Assert.IsType<BlockRoleElement>(Assert.Single(unit.Schema!.Layout));
        // Fields come sorted by name, so generated members have a stable order.
        Assert.Equal(role.Fields.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal), role.Fields.Select(f => f.Name));
        return role.Fields.ToDictionary(f => f.Name);
    }

    private static void AssertShape(FieldSpec field, bool isList, bool isOptional)
    {
        Assert.Equal(FieldType.Text, field.Type);
        Assert.True((isList, isOptional) == (field.IsList, field.IsOptional),
            $"`{field.Name}`: expected list={isList} optional={isOptional}, got list={field.IsList} optional={field.IsOptional}");
    }

    [Fact]
    public void BylineFromTheDocs()
    {
        var fields = FieldsOf("'By ' {name: @name-run} (',' space+ {agency: any+})?");

        Assert.Equal(new[] { "agency", "name" }, fields.Keys.Order(StringComparer.Ordinal));
        AssertShape(fields["name"], isList: false, isOptional: false);
        AssertShape(fields["agency"], isList: false, isOptional: true);
        // An inferred field has no key of its own: it is located at its role.
        Assert.Equal((2, 4), (fields["name"].Location.Line, fields["name"].Location.Column));
        Assert.Null(fields["name"].Doc);
    }

    [Theory]
    [InlineData("({x: letter} space)*", true, false)]
    [InlineData("{x: letter}+", true, false)]
    [InlineData("{x: digit}{2,3}", true, false)]
    [InlineData("{x: digit}{2}", true, false)]
    [InlineData("{x: digit} {x: digit}", true, false)]
    [InlineData("{x: digit} | {x: 'q'}", false, false)]
    [InlineData("{x: digit} | 'q'", false, true)]
    [InlineData("'q' | {x: digit}", false, true)]
    [InlineData("{x: digit}?", false, true)]
    [InlineData("{x: digit}{0,1}", false, true)]
    [InlineData("{x: digit}{1}", false, false)]
    [InlineData("{x: {y: digit}}", false, false)]
    public void InferredShape(string pattern, bool isList, bool isOptional) =>
        AssertShape(FieldsOf(pattern)["x"], isList, isOptional);

    [Fact]
    public void CaptureInsideAReferencedPatternCounts()
    {
        // Written once in `p`, used twice: a list.
        var fields = FieldsOf("@p ',' @p", "patterns:\n  p: \"{x: digit}\"\n");

        AssertShape(fields["x"], isList: true, isOptional: false);
    }

    [Fact]
    public void LookaheadCapturesNothing()
    {
        var fields = FieldsOf("&{x: digit} {y: digit}");

        Assert.Equal(new[] { "y" }, fields.Keys);
    }

    [Fact]
    public void DeclaredTypesAreKept()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - stamp:
                  match: "{day: digit+} space {month: @month-name} ({year: digit{4}})?"
                  fields:
                    day: int
                    month: {type: month, doc: The month.}
                    year: int?
            """);

        DiagnosticAssert.None(unit.Diagnostics);
        var fields = Assert.IsType<BlockRoleElement>(Assert.Single(unit.Schema!.Layout)).Fields.ToDictionary(f => f.Name);
        Assert.Equal((FieldType.Int, false, false), (fields["day"].Type, fields["day"].IsList, fields["day"].IsOptional));
        Assert.Equal((FieldType.Month, "The month."), (fields["month"].Type, fields["month"].Doc));
        Assert.Equal((FieldType.Int, true), (fields["year"].Type, fields["year"].IsOptional));
    }

    [Fact]
    public void ListDeclaredForASingleCaptureIsAllowed()
    {
        // A list of zero or one item holds whatever the capture gives; only the opposite loses values.
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker:\n      match: \"{x: digit}\"\n      fields: {x: list<int>}\n");

        DiagnosticAssert.None(unit.Diagnostics);
    }

    [Fact]
    public void DeclaredTypesThatContradictThePattern()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - kicker:
                  match: "{name: any+}? {tags: letter}*"
                  fields: {name: text, tags: text?}
            """);

        Assert.Null(unit.Schema);
        DiagnosticAssert.Ids(unit.Diagnostics, "DS0012", "DS0012");
        // Each at the field's key in `fields:`, with the type to write instead.
        Assert.EndsWith("so its field must be optional: `text?`", DiagnosticAssert.At(unit.Diagnostics, "DS0012", 4, 15).Message);
        Assert.EndsWith("so its field must be a list: `list<text>`", DiagnosticAssert.At(unit.Diagnostics, "DS0012", 4, 27).Message);
    }

    [Fact]
    public void OptionalIntWhereAListIsNeeded()
    {
        var unit = Resolve.Schema("schema: a\nlayout:\n  - kicker:\n      match: \"({n: digit} ',')*\"\n      fields: {n: int?}\n");

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0012", 4, 15);
        Assert.EndsWith("`list<int>`", diagnostic.Message);
    }

    [Fact]
    public void DeclaredFieldWithoutACapture()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - kicker:
                  match: "{name: any+}"
                  fields: {nam: text}
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0012", 4, 15);
        Assert.Contains("field `nam` is declared but `kicker.match` has no capture `{nam: …}`; did you mean `name`?", diagnostic.Message);
    }

    [Theory]
    // Capture names become C# members and JSON names just like role names, so they obey the
    // same rules (DS0008 names "capture" among the names it checks). Before the fix, capture names are
    // not checked at all: `First_Name` becomes a field as is (and `a_b` and `a-b` would both
    // become the member AB), and `to-string` becomes a member ToString that hides object.ToString.
    [InlineData("{First_Name: any+}", 21)]
    [InlineData("'x' {to-string: any+}", 25)]
    [InlineData("'x' {write-json: any+}", 25)]
    public void InvalidCaptureName(string pattern, int column)
    {
        var unit = Resolve.Schema($"schema: a\nlayout:\n  - kicker: {{match: \"{pattern}\"}}\n");

        DiagnosticAssert.Single(unit.Diagnostics, "DS0008", 2, column);
    }

    [Theory]
    // Role `text` keeps its captures in a nested class `TextValue`, named like the runtime's; and
    // captures named like the runtime's types the class calls. The generated code names the
    // runtime's types from global::, so none of them hides one (GeneratedNameTests compiles them).
    [InlineData("{word: any+}")]
    [InlineData("any+")]
    [InlineData("'x' {article-json-writer: any+}? {capture-values: any+}")]
    public void RoleAndCapturesNamedLikeTheRuntimesTypes(string pattern)
    {
        var unit = Resolve.Schema($"schema: a\nlayout:\n  - text: {{match: \"{pattern}\"}}\n");

        DiagnosticAssert.None(unit.Diagnostics);
    }
}
