using DocSchema.Generator.Patterns;
using DocSchema.Generator.Tests.Support;

namespace DocSchema.Generator.Tests.Patterns;

/// <summary>Parses a pattern and compares the whole tree by value, showing both trees on a mismatch.</summary>
internal static class PatternAssert
{
    public static void Parses(string pattern, PatternNode expected)
    {
        var (node, error) = PatternParser.ParsePattern(pattern);
        Assert.True(error is null, $"pattern [{pattern}] did not parse: {error}");
        // Records compare by value (EquatableArray compares its items), so this checks every offset and field.
        Assert.True(expected.Equals(node), $"pattern [{pattern}]\nexpected: {Tree.Show(expected)}\nactual:   {Tree.Show(node)}");
    }

    public static PatternParseError Fails(string pattern)
    {
        var (node, error) = PatternParser.ParsePattern(pattern);
        Assert.True(node is null, $"pattern [{pattern}] parsed, but should not: {Tree.Show(node)}");
        Assert.NotNull(error);
        return error;
    }
}
