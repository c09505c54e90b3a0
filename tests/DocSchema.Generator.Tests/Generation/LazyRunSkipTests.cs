using DocSchema.Generator.Tests.Support;
using DocSchema.Runtime.Articles;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// A lazy <c>any*?</c> whose continuation opens with a greedy run of one-character matches
/// (<c>{text: any*?} space* @zh-credit $</c>, the captions' idiom) steps over the rest of a run
/// after the continuation fails at its start: from every later position of the run it would be the
/// same attempt. The compiled parsers must still match exactly what they matched trying each
/// position: here against the same pattern with the shortcut kept off by an empty lookahead.
/// </summary>
public class LazyRunSkipTests
{
    // The line a marker takes, the lazy part captured; full-width forms match ASCII literals and sets.
    [Theory]
    [InlineData("{text: any*?} space* '(' 'x' ')' $", "{text: any*?} &'' space* '(' 'x' ')' $")]
    [InlineData("{text: any*?} [ab]+ 'c'", "{text: any*?} &'' [ab]+ 'c'")]
    [InlineData("{text: any*?} digit* '.' $", "{text: any*?} &'' digit* '.' $")]
    public void A_run_stepped_over_matches_what_trying_each_position_matches(string pattern, string plain)
    {
        var withSkip = Compile(pattern);
        var without = Compile(plain);
        Assert.Contains("(c, ref pos)) { }", withSkip.Source);
        Assert.DoesNotContain("(c, ref pos)) { }", without.Source);

        AssertSameMatches(withSkip, without);
    }

    [Theory]
    // `any` stops at a line break; a skip over a set holding one would cross it.
    [InlineData("{text: any*?} [ \\u2028]* 'x'")]
    [InlineData("{text: any*?} [\\t-\\r]* 'x'")]
    public void A_run_of_a_set_that_holds_a_line_break_is_not_stepped_over(string pattern)
    {
        var compiled = Compile(pattern);
        Assert.DoesNotContain("(c, ref pos)) { }", compiled.Source);
        Assert.Contains("\"marker\": null", compiled.Parse("a \u2028\t\rbx\n\nA paragraph.").ToJson());
    }

    // The two parse every seeded line alike, line breaks within a block included, and the skip
    // never spends more of the budget than trying each position did.
    private static void AssertSameMatches((string Source, Func<string, Article> Parse) withSkip, (string Source, Func<string, Article> Parse) without)
    {
        var random = new Random(20261125);
        const string alphabet = "  \t\u3000\u2028ab(x).c19ａ（ｘ）";
        for (int i = 0; i < 400; i++)
        {
            var line = new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()).Trim();
            if (line.Length == 0) continue;
            var text = line + "\n\nA paragraph.";
            var (skipped, tried) = (withSkip.Parse(text), without.Parse(text));
            Assert.Equal(tried.ToJson(), skipped.ToJson());
            Assert.True(skipped.StepsUsed <= tried.StepsUsed, $"[{line}]: {skipped.StepsUsed} steps with the skip, {tried.StepsUsed} without");
        }
    }

    [Fact]
    public void A_long_run_costs_steps_in_proportion_to_its_length()
    {
        var withSkip = Compile("{text: any*?} space* '(' 'x' ')' $");
        var without = Compile("{text: any*?} &'' space* '(' 'x' ')' $");
        // Ending in ")", so that the block is not turned away by its last character before any step.
        var line = "a" + new string(' ', 2_000) + "b(y)";

        var skipped = withSkip.Parse(line + "\n\nA paragraph.");
        var tried = without.Parse(line + "\n\nA paragraph.");

        // No match, and a few steps a character. Trying the continuation at every space walked the
        // rest of the run each time, until the document's budget (256 steps a character) ran out.
        Assert.Empty(skipped.Diagnostics);
        Assert.Contains("\"marker\": null", skipped.ToJson());
        Assert.InRange(skipped.StepsUsed, 1, 8 * line.Length);
        Assert.Equal("DS2002", Assert.Single(tried.Diagnostics).Id);
    }

    private static (string Source, Func<string, Article> Parse) Compile(string pattern) => MarkerSchema.Compile("lazy-runs", "LazyRunsArticle", pattern);
}
