using DocSchema.Generator.Patterns;
using DocSchema.Generator.Validation;

namespace DocSchema.Generator.Tests.Validation;

/// <summary>
/// <see cref="PatternWalker.CanMatchEmpty"/> through named patterns: a name met twice gets the same
/// answer both times, and only a name on the current path (a cycle) stops the walk.
/// </summary>
public class PatternWalkerTests
{
    private static Dictionary<string, PatternNode> Scope(params (string Name, string Pattern)[] patterns) =>
        patterns.ToDictionary(p => p.Name, p => Parse(p.Pattern), StringComparer.Ordinal);

    private static PatternNode Parse(string pattern)
    {
        var (node, error) = PatternParser.ParsePattern(pattern);
        Assert.True(error is null, $"pattern [{pattern}] did not parse: {error}");
        return node!;
    }

    [Theory]
    [InlineData("@o @o", true)]
    [InlineData("@o @o @o 'z'", false)]
    [InlineData("@n | @o", true)]
    [InlineData("(@n | @o) @o", true)]
    [InlineData("@n @o", false)]
    public void ANameMetTwiceGetsTheSameAnswer(string pattern, bool expected)
    {
        // Asked directly and through a name: before the fix, below `@t` the second `@o` was taken
        // for a cycle, so `@t` never seemed able to match nothing.
        var scope = Scope(("o", "'x'?"), ("n", "@o 'y'"), ("t", pattern));

        Assert.Equal(expected, PatternWalker.CanMatchEmpty(Parse(pattern), scope));
        Assert.Equal(expected, PatternWalker.CanMatchEmpty(Parse("@t"), scope));
    }

    [Theory]
    // Schemas with cycles are rejected (DS0009) before anything asks; the walk must still end.
    [InlineData("@b", false)]
    [InlineData("@b | ''", true)]
    public void ACycleEndsTheWalk(string a, bool expected)
    {
        var scope = Scope(("a", a), ("b", "'x'? @a"));

        Assert.Equal(expected, PatternWalker.CanMatchEmpty(Parse("@a"), scope));
    }
}
