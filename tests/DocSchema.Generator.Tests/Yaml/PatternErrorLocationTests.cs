using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Tests.Yaml;

/// <summary>
/// A pattern syntax error (DS0003) points at the very character of the YAML file where the
/// pattern went wrong, whatever scalar style holds the pattern: the diagnostic is the only way a
/// schema author finds a typo in a long pattern.
/// </summary>
public class PatternErrorLocationTests
{
    private const string Path = "schemas/test.docschema.yaml";

    private static SchemaDiagnostic SingleSyntaxError(string text, int line, int column)
    {
        var file = SchemaFileReader.Read(Path, text);
        Assert.Null(file.Schema);
        return DiagnosticAssert.Single(file.Diagnostics, "DS0003", line, column);
    }

    [Fact]
    public void PlainScalar()
    {
        var diagnostic = SingleSyntaxError("""
            schema: a
            layout:
              - kicker: {match: x ) y}
            """, 2, 22);

        Assert.StartsWith("`kicker.match`: ", diagnostic.Message);
        Assert.Contains("found ')'", diagnostic.Message);
        Assert.EndsWith("(at offset 2 of the pattern)", diagnostic.Message);
        Assert.Equal(1, diagnostic.Location.Length);
    }

    [Fact]
    public void DoubleQuotedScalar() =>
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker: {match: "x ) y"}
            """, 2, 23);

    [Fact]
    public void SingleQuotedScalar() =>
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker: {match: 'x ) y'}
            """, 2, 23);

    [Fact]
    public void ErrorAtTheEndOfAQuotedPatternIsAtTheClosingQuote() =>
        // "found the end of the pattern": the position just past the last character, which in the
        // file is the closing quote.
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker:
                  match: "'a' (b"
            """, 3, 20);

    [Fact]
    public void OffsetIsInTheFileNotInTheLine()
    {
        var text = "schema: a\nlayout:\n  - kicker: {match: x ) y}\n";

        var diagnostic = SingleSyntaxError(text, 2, 22);

        Assert.Equal(text.IndexOf(')', StringComparison.Ordinal), diagnostic.Location.Offset);
    }

    [Fact]
    public void LiteralBlockScalarSecondLine() =>
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker:
                  match: |
                    'a'
                    'b' )
            """, 5, 12);

    [Fact]
    public void LiteralBlockScalarWithCrLfLineEnds() =>
        SingleSyntaxError("schema: a\r\nlayout:\r\n  - kicker:\r\n      match: |\r\n        'a'\r\n        'b' )\r\n", 5, 12);

    [Fact]
    public void FoldedBlockScalarFirstLine() =>
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker:
                  match: >-
                    'a' ) 'b'
                    'c'
            """, 4, 12);

    [Fact]
    public void FoldedBlockScalarSecondLine() =>
        // Folding turns the line break into a space, so the value has no line breaks left to
        // count: ScalarLocator maps offset 12 of "'a' 'b' 'c' )" onto the first content line
        // (4:20, past the end of that line) instead of the `)` on the second.
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker:
                  match: >-
                    'a' 'b'
                    'c' )
            """, 5, 12);

    [Fact]
    public void LiteralBlockScalarLineIndentedMoreThanTheBlock() =>
        // Extra indentation is part of a literal scalar's value, and ScalarLocator adds the whole
        // leading white space of the file line to the offset within the value line, counting the
        // two extra spaces twice: before the fix this is reported at 5:12 instead of the `)` at 5:10.
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker:
                  match: |
                    'a'
                      ) 'b'
            """, 5, 10);

    [Fact]
    public void UnclosedGroupAtTheEndOfALiteralBlockScalar() =>
        // `|` keeps the final line break, the parser skips it and reports "found the end of the
        // pattern" after it, and that offset maps to the start of the next YAML line (6:2, the
        // `- body` entry, another role). Expected: the end of the pattern's last line, after `(b`.
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker:
                  match: |
                    'a'
                    (b
              - body: {}
            """, 5, 10);

    [Fact]
    public void SingleQuotedScalarWithDoubledQuotes() =>
        // In a single-quoted YAML scalar '' stands for one quote, so the pattern string is shorter
        // than the file text: after the two '' pairs the `)` is at 2:29, but before the fix the offset in
        // the value is added to the start of the scalar as is, giving 2:27 ("escapes aside").
        // Pattern literals are quoted, so this style is common.
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker: {match: 'x ''q'' ) '}
            """, 2, 29);

    [Fact]
    public void DoubleQuotedScalarWithEscapes() =>
        // Same as above for a double-quoted scalar: `\\` in the file is one backslash in the
        // pattern (as in the built-in `[.'\\-]`), so the `)` at 2:28 is reported at 2:27.
        SingleSyntaxError("""
            schema: a
            layout:
              - kicker: {match: "[.\\-] ) "}
            """, 2, 28);

    [Theory]
    // A named pattern, short form and long form.
    [InlineData("schema: a\npatterns:\n  x: \"'a' )\"\nlayout: [body]\n", 2, 10, "pattern `x`")]
    [InlineData("schema: a\npatterns:\n  x:\n    pattern: \"'a' )\"\nlayout: [body]\n", 3, 18, "pattern `x`")]
    // A detection signal.
    [InlineData("schema: a\ndetect:\n  - {block: \"'a' )\"}\nlayout: [body]\n", 2, 17, "`block`")]
    // The second item of a flow list of end markers.
    [InlineData("schema: a\nlayout:\n  - body: {end: [\"'a'\", \"'b' )\"]}\n", 2, 29, "`body.end`")]
    // The body's dateline.
    [InlineData("schema: a\nlayout:\n  - body:\n      dateline: \"[a\"\n", 3, 19, "`body.dateline`")]
    // A teaser line of the related list.
    [InlineData("schema: a\nlayout:\n  - boilerplate:\n      related:\n        separator: \"'x'\"\n        item: [{headline: {match: \"a |\"}}]\n", 5, 38, "`headline.match`")]
    public void EveryPlaceThatHoldsAPattern(string text, int line, int column, string what)
    {
        var diagnostic = SingleSyntaxError(text, line, column);

        Assert.StartsWith(what + ": ", diagnostic.Message);
    }

    [Fact]
    public void PatternLibraryFile()
    {
        var file = SchemaFileReader.Read("schemas/common/lib.patterns.yaml", "library: lib\npatterns:\n  x: \"'a' )\"\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0003", 2, 10);
        Assert.Null(file.Library);
    }

    [Fact]
    public void EveryBadPatternIsReported()
    {
        var file = SchemaFileReader.Read(Path, """
            schema: a
            layout:
              - headline: {match: "("}
              - body:
                  dateline: ")"
            """);

        DiagnosticAssert.Ids(file.Diagnostics, "DS0003", "DS0003");
        DiagnosticAssert.At(file.Diagnostics, "DS0003", 2, 24);
        DiagnosticAssert.At(file.Diagnostics, "DS0003", 4, 17);
    }

    [Fact]
    public void PatternThatIsAMapping()
    {
        var file = SchemaFileReader.Read(Path, "schema: a\nlayout:\n  - kicker: {match: {a: b}}\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 20);
    }
}
