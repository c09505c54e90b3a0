using DocSchema.Generator.Tests.Support;
using DocSchema.Runtime.Patterns;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// A literal matched in its case and at most eight characters long is compared character by
/// character in its generated routine, with no call to <see cref="CharClass.Literal"/>; a longer
/// one, or one matched in any case, calls it. Both must match exactly what
/// <see cref="CharClass.Literal"/> matches: full-width forms and U+3000 folded, nothing past the
/// end of the block.
/// </summary>
public class LiteralMatchingTests
{
    // One alternative per kind of literal, in the order they are tried: one character, two (Han),
    // a full-width one with an ASCII space (folded at build time), eight, nine (called), one with
    // the first and last characters of the full-width range (！ and ～), one matched in any case
    // (called). The nine-character one comes before the eight whose first
    // eight characters it shares, so the eight matches only where the nine does not.
    private static readonly (string Name, string Literal, bool IgnoreCase)[] Alternatives =
    [
        ("one", ")", false),
        ("two", "取自", false),
        ("wide", "（讯 电", false),
        ("nine", "abcdefghi", false),
        ("eight", "abcdefgh", false),
        ("edges", "！a～", false),
        ("folded", "xyz", true),
    ];

    [Fact]
    public void Every_literal_matches_what_the_runtimes_literal_comparison_matches()
    {
        var pattern = string.Join(" | ", Alternatives.Select(a => $"{{{a.Name}: {(a.IgnoreCase ? "i" : "")}'{a.Literal}'}}"));
        var run = MarkerSchema("literals", $"({pattern})");

        // The short literals in their case make no call; the long one and the one in any case do.
        var source = run.Source("DocSchema.Schemas.LiteralsArticle.g.cs")!.Text;
        Assert.Contains("CharClass.Literal(c.Text, pos, c.Limit, \"abcdefghi\")", source);
        Assert.Contains("CharClass.Literal(c.Text, pos, c.Limit, \"xyz\", ignoreCase: true)", source);
        foreach (var inline in new[] { ")", "取自", "（讯 电", "abcdefgh", "！a～" })
            Assert.DoesNotContain($"CharClass.Literal(c.Text, pos, c.Limit, \"{inline}\"", source);

        var parse = CompiledArticle.ArticleParser(run, "DocSchema.Schemas.LiteralsArticle");
        var random = new Random(20261124);
        int matched = 0;
        foreach (var line in Lines(random))
        {
            using var json = System.Text.Json.JsonDocument.Parse(parse(line + "\n\nA paragraph.").ToJson());
            var marker = json.RootElement.GetProperty("marker");
            var expected = Alternatives.FirstOrDefault(a => CharClass.Literal(line, 0, line.Length, a.Literal, a.IgnoreCase) >= 0);
            if (expected.Name is null)
            {
                Assert.True(marker.ValueKind == System.Text.Json.JsonValueKind.Null, $"[{line}] matched");
                continue;
            }

            matched++;
            int length = expected.Literal.Length;
            Assert.Equal(line[..length], marker.GetProperty(expected.Name).GetString());
            var rest = line[length..].Trim();
            if (rest.Length > 0) Assert.Equal(rest, marker.GetProperty("rest").GetString());
        }

        // Both ways are taken, often.
        Assert.InRange(matched, 200, 1800);
    }

    [Theory]
    // The spaces after the block's last character are on its line but not in the block (its end
    // is trimmed): a literal that reached past the end would match them. Asked in a lookahead,
    // whose position is given back, so that a match past the end is not turned away later.
    [InlineData("{lead: 'x'} &' '", " ")]
    [InlineData("{lead: 'x'} &'\u3000'", "\u3000")]
    [InlineData("{lead: 'x'} &'  '", "  ")]
    [InlineData("{lead: 'x'} &'   '", " \u3000 ")]
    [InlineData("&'x ' {lead: 'x'}", " ")]
    public void A_literal_never_matches_past_the_end_of_its_block(string lead, string after)
    {
        var run = MarkerSchema("literal-end", lead);
        var parse = CompiledArticle.ArticleParser(run, "DocSchema.Schemas.LiteralEndArticle");

        using var atEnd = System.Text.Json.JsonDocument.Parse(parse("x" + after + "\n\nA paragraph.").ToJson());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, atEnd.RootElement.GetProperty("marker").ValueKind);

        // Inside the block the same characters match.
        using var within = System.Text.Json.JsonDocument.Parse(parse("x" + after + "y\n\nA paragraph.").ToJson());
        Assert.Equal("y", within.RootElement.GetProperty("marker").GetProperty("rest").GetString());
    }

    // Each literal as written, with characters swapped for their full-width or half-width form
    // (a space for U+3000 inside), one character changed, cut short, or followed by more text.
    private static IEnumerable<string> Lines(Random random)
    {
        for (int n = 0; n < 2000; n++)
        {
            var literal = Alternatives[random.Next(Alternatives.Length)].Literal.ToCharArray();
            for (int i = 0; i < literal.Length; i++)
            {
                if (random.Next(3) > 0) continue;
                char c = literal[i];
                literal[i] = c switch
                {
                    >= '!' and <= '~' => (char)(c + 0xFEE0),
                    >= '！' and <= '～' => (char)(c - 0xFEE0),
                    ' ' => '\u3000',
                    _ when random.Next(2) == 0 => 'q',
                    _ => c,
                };
            }

            if (random.Next(4) == 0 && char.IsAsciiLetterLower(literal[0])) literal[0] = char.ToUpperInvariant(literal[0]);
            var line = new string(literal);
            line = random.Next(4) switch
            {
                0 => line[..random.Next(line.Length)],
                1 => line + " and more",
                _ => line,
            };

            // A block's ends are trimmed, so a line is never empty nor padded.
            line = line.Trim();
            if (line.Length > 0 && !char.IsWhiteSpace(line[^1])) yield return line;
        }
    }

    // A schema `name` whose optional first block, the marker, is matched by `lead` then the rest of
    // the line (`rest`), then a body; generated and compiled without errors.
    private static GeneratorRun MarkerSchema(string name, string lead)
    {
        var schema = $$"""
            schema: {{name}}
            layout:
              - marker:
                  count: "?"
                  match: "{{lead}} {rest: any*}"
              - body: {}
            """;
        var run = GeneratorHarness.Run(($"/project/{name}.docschema.yaml", schema));
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return run;
    }
}
