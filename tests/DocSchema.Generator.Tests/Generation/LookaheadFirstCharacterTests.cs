using System.Text;
using System.Text.RegularExpressions;
using DocSchema.Generator.Tests.Support;
using DocSchema.Runtime.Articles;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// A lookahead whose body must consume and spends no budget step before its first character is
/// answered by that character when it is none the body can start with (the stop-word idiom
/// <c>(!('讯' | '电') han)+</c>). The compiled parsers must still match exactly what the pattern
/// says: here against a reference that tests the stop words at every character, full-width forms
/// included (a literal matches them through folding).
/// </summary>
public class LookaheadFirstCharacterTests
{
    // Stop words "ab" and "cd" (two alternatives of different shapes: a literal and a sequence).
    private const string NegativeRun = "{run: (!('ab' | ('c' 'd')) any)+}";

    // Stop words "ab", "cd" and "ef": with their full-width forms, six first characters, more than
    // the generated guard compares one by one (it asks a SearchValues).
    private const string NegativeRunOfThree = "{run: (!('ab' | ('c' 'd') | 'ef') any)+}";

    // A run of characters each starting "xx" or "yx".
    private const string PositiveRun = "{run: (&(('x' | 'y') 'x') any)+}";

    // The guard a lookahead settled by its first character opens with: a comparison with each of a
    // few characters, or a SearchValues' Contains for more.
    private static readonly Regex s_guard = new(@"if \(pos >= c\.Limit \|\| !\((?<test>c\.Text\[pos\] is '[^\n]*'|Characters\d+\.Contains\(c\.Text\[pos\]\))\)\) return (?<settles>true|false);");

    [Theory]
    [InlineData(NegativeRun, false)]
    [InlineData(NegativeRunOfThree, true)]
    [InlineData(PositiveRun, false)]
    public void A_run_under_a_lookahead_is_what_a_test_at_every_character_gives(string run, bool asksSearchValues)
    {
        var (source, parse) = Compile(run);
        bool negative = run != PositiveRun;
        var guard = s_guard.Match(source);
        Assert.True(guard.Success, source);
        Assert.Equal(negative ? "true" : "false", guard.Groups["settles"].Value);
        Assert.Equal(asksSearchValues, guard.Groups["test"].Value.StartsWith("Characters", StringComparison.Ordinal));

        var random = new Random(20261122);
        const string alphabet = "abcdefxyａｂｃｄｅｆｘｙ";
        string[] stopWords = run == NegativeRun ? ["ab", "cd"] : ["ab", "cd", "ef"];
        for (int i = 0; i < 300; i++)
        {
            var line = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            using var json = System.Text.Json.JsonDocument.Parse(parse(line + "\n\nA paragraph.").ToJson());
            var marker = json.RootElement.GetProperty("marker");
            int expected = negative ? StopWordRun(line, stopWords) : PairRun(line);
            if (expected == 0)
                Assert.True(marker.ValueKind == System.Text.Json.JsonValueKind.Null, $"[{line}] matched");
            else
                Assert.Equal(line[..expected], marker.GetProperty("run").GetString());
        }
    }

    [Theory]
    // Settled by the first character: the same pattern with `&''` first, which keeps the shortcut
    // off (a lookahead's first character is not known) and changes nothing else.
    [InlineData(NegativeRun, "{run: (!(&'' ('ab' | ('c' 'd'))) any)+}", true)]
    [InlineData(NegativeRunOfThree, "{run: (!(&'' ('ab' | ('c' 'd') | 'ef')) any)+}", true)]
    [InlineData(PositiveRun, "{run: (&(&'' ('x' | 'y') 'x') any)+}", true)]
    // A body that spends a step before its first character (a repeat's loop) must not be: the
    // shortcut would skip that step.
    [InlineData("{run: (!('a'+ 'b') any)+}", "{run: (!(&'' 'a'+ 'b') any)+}", false)]
    [InlineData("{run: (!('a'* 'b') any)+}", "{run: (!(&'' 'a'* 'b') any)+}", false)]
    public void The_budget_spent_is_the_whole_lookaheads(string run, string plain, bool settledByFirstCharacter)
    {
        var withShortcut = Compile(run);
        var without = Compile(plain);
        Assert.Equal(settledByFirstCharacter, s_guard.IsMatch(withShortcut.Source));
        Assert.DoesNotMatch(s_guard, without.Source);

        var random = new Random(20261122);
        const string alphabet = "abcdxyａｂｃｄｘｙ";
        for (int i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()) + "\n\nA paragraph.";
            var (a, b) = (withShortcut.Parse(text), without.Parse(text));
            Assert.Equal(b.ToJson(), a.ToJson());
            Assert.Equal(b.StepsUsed, a.StepsUsed);
        }
    }

    // A schema whose first block is matched by `run` (then the rest of the line): its generated
    // source and its parse.
    private static (string Source, Func<string, Article> Parse) Compile(string run) =>
        MarkerSchema.Compile("stop-words", "StopWordsArticle", $"{run} {{rest: any*}}");

    // How many characters from the start precede the first of the stop words.
    private static int StopWordRun(string line, string[] stopWords)
    {
        var folded = Fold(line);
        int i = 0;
        while (i < folded.Length && !stopWords.Any(word => folded.AsSpan(i).StartsWith(word, StringComparison.Ordinal))) i++;
        return i;
    }

    // How many characters from the start each begin "xx" or "yx".
    private static int PairRun(string line)
    {
        var folded = Fold(line);
        int i = 0;
        while (i + 1 < folded.Length && folded[i] is 'x' or 'y' && folded[i + 1] == 'x') i++;
        return i;
    }

    // Full-width ASCII to ASCII, as literals match them.
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text) folded.Append(c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c);
        return folded.ToString();
    }
}
