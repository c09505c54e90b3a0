using System.Globalization;
using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// A bounded repeat of one character at a time followed by <c>$</c> (the short-line idiom
/// <c>&amp;(any{2,4} $)</c>) is emitted as a test of what is left: for <c>any</c> the whole answer
/// (<c>LineToEnd</c>: its length and its line breaks), for a set a test of its length before the
/// repeat (<c>CouldBeLength</c>), so that a long line fails without walking the repeat. The
/// compiled parsers must still match exactly the one-line texts whose length in characters (a
/// surrogate pair is one) lies between the bounds: a text of two lines never matches, as neither
/// <c>any</c> nor a negated set takes a line break.
/// </summary>
public class ShortLineGuardTests
{
    // 😀 is a surrogate pair: two code units, one character of `any` and of a negated set.
    private const string Pair = "\U0001F600";

    public static TheoryData<string, string, int, int> Lines()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var (pattern, min, max) in new[] { ("any{2,4}", 2, 4), ("[^x]{2,4}", 2, 4), ("any{0,3}", 0, 3) })
        {
            foreach (var line in new[] { "a", "ab", "abcd", "abcde", Pair + Pair, Pair + Pair + Pair + Pair, Pair + Pair + Pair + Pair + "a", "ab" + Pair + Pair, "abcdefghij", "a\nb", "ab\ncd", "a\u2028b" })
                data.Add(pattern, line, min, max);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_short_line_is_matched_by_its_length_in_characters(string repeat, string line, int min, int max)
    {
        var schema = $$"""
            schema: short-lines
            layout:
              - marker:
                  count: "?"
                  match: '&({{repeat}} $) {text: (any | newline)*}'
              - body: {}
            """;
        var run = GeneratorHarness.Run(("/project/short-lines.docschema.yaml", schema));
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var test = repeat.StartsWith("any", StringComparison.Ordinal) ? $"LineToEnd(c, ref pos, {min}, {max})" : $"CouldBeLength(c.Text, pos, c.Limit, {min}, {max})";
        Assert.Contains(test, run.Source("DocSchema.Schemas.ShortLinesArticle.g.cs")!.Text);

        using var json = CompiledArticle.ParseToJson(run, "DocSchema.Schemas.ShortLinesArticle", line + "\n\nA paragraph.");
        var characters = new StringInfo(line).LengthInTextElements;
        bool oneLine = line.IndexOfAny(['\n', '\u2028']) < 0;
        var marker = json.RootElement.GetProperty("marker");
        if (oneLine && characters >= min && characters <= max)
            Assert.Equal(line, marker.GetProperty("text").GetString());
        else
            Assert.Equal(System.Text.Json.JsonValueKind.Null, marker.ValueKind);
    }
}
