using DocSchema.Generator.Emit;
using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// <see cref="StepSpending.MaySpendBeforeFirstCharacter"/>: whether a pattern's routine may spend
/// a budget step (every iteration of a repeat does) before it tests the character it starts at.
/// Only a "no" lets a lookahead be settled by its first character, so every doubt is a "yes".
/// </summary>
public class StepSpendingTests
{
    private static readonly Dictionary<string, PatternNode> Scope = new(StringComparer.Ordinal)
    {
        ["word"] = Parse("'ab' 'c'"),
        ["run"] = Parse("han+"),
        ["late-run"] = Parse("'x' han+"),
        ["cycle"] = Parse("'x' | @cycle 'y'"),
        ["twice"] = Parse("@word @word"),
    };

    private static PatternNode Parse(string pattern)
    {
        var (node, error) = PatternParser.ParsePattern(pattern);
        Assert.True(error is null, $"pattern [{pattern}] did not parse: {error}");
        return node!;
    }

    [Theory]
    [InlineData("'ab'", false)]
    [InlineData("han", false)]
    [InlineData("[a-c]", false)]
    [InlineData("('讯' | '电') (')' | '】')", false)]
    [InlineData("'x' han+", false)] // the repeat comes after the first character is tested
    [InlineData("{cap: 'x'} any*", false)]
    [InlineData("^ 'x'", false)]
    [InlineData("!'y' 'x'", false)] // a lookahead that spends nothing, then a character
    [InlineData("@word", false)]
    [InlineData("@twice", false)] // a name met twice is not a cycle
    [InlineData("@late-run", false)]
    [InlineData("han+", true)]
    [InlineData("'x'*", true)]
    [InlineData("any*? 'x'", true)] // a lazy repeat steps before its continuation is tried
    [InlineData("'x'? 'y'", true)] // an optional item is a repeat
    [InlineData("'x' | han+", true)]
    [InlineData("{cap: han+}", true)]
    [InlineData("!(han+ 'x') 'y'", true)] // the lookahead runs its whole body first
    [InlineData("!(@late-run) 'y'", true)] // ... through a name too
    [InlineData("@run", true)]
    [InlineData("@cycle", true)]
    [InlineData("@no-such-pattern", true)]
    public void Says_whether_a_step_may_come_before_the_first_character(string pattern, bool expected)
    {
        Assert.Equal(expected, StepSpending.MaySpendBeforeFirstCharacter(Parse(pattern), Scope));
    }
}
