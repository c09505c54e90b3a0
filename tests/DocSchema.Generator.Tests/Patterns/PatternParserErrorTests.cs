namespace DocSchema.Generator.Tests.Patterns;

/// <summary>
/// Malformed patterns give an error at the exact offset in the pattern string (the reader turns
/// it into a file line and column for DS0003) with a message that names what was expected.
/// </summary>
public class PatternParserErrorTests
{
    [Theory]
    // Unclosed quotes: the error is where the closing quote was expected.
    [InlineData("'abc", 4, "closing '")]
    [InlineData("\"abc", 4, "closing \"")]
    [InlineData("'a' 'b", 6, "closing '")]
    // A raw line break ends a literal: literals are one line.
    [InlineData("'a\nb'", 2, "closing '")]
    // Unclosed group, capture and set.
    [InlineData("(a", 2, "')'")]
    [InlineData("('a' | 'b'", 10, "')'")]
    [InlineData("{x: a", 5, "'}'")]
    [InlineData("[ab", 3, "']'")]
    [InlineData("'x' [^a-z", 9, "']'")]
    // A capture needs `name:`.
    [InlineData("{x a}", 3, "':'")]
    // Unclosed repetition count.
    [InlineData("a{2", 3, "'}'")]
    [InlineData("a{2,", 4, "'}'")]
    [InlineData("a{,5}", 2, "a number")]
    // A backslash at the very end escapes nothing.
    [InlineData("'abc\\", 5, "an escape")]
    public void UnclosedOrIncompleteConstruct(string pattern, int offset, string expected)
    {
        var error = PatternAssert.Fails(pattern);
        Assert.Equal(offset, error.Offset);
        Assert.Contains("expected", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData(")", 0, "')'")]
    [InlineData("a)", 1, "')'")]
    [InlineData("'a' ) 'b'", 4, "')'")]
    [InlineData("b]", 1, "']'")]
    [InlineData("a}", 1, "'}'")]
    [InlineData("|a", 0, "'|'")]
    [InlineData("*a", 0, "'*'")]
    // A quantifier follows its atom directly: after a space it has nothing to repeat.
    [InlineData("a *", 2, "'*'")]
    // Lookaheads do not stack.
    [InlineData("!!a", 1, "'!'")]
    [InlineData("@-x", 1, "'-'")]
    public void StrayCharacter(string pattern, int offset, string found)
    {
        var error = PatternAssert.Fails(pattern);
        Assert.Equal(offset, error.Offset);
        Assert.Contains("found " + found, error.Message);
    }

    [Theory]
    [InlineData("a|", 2)]
    [InlineData("@", 1)]
    [InlineData("'a' (", 5)]
    public void PatternEndsTooEarly(string pattern, int offset)
    {
        var error = PatternAssert.Fails(pattern);
        Assert.Equal(offset, error.Offset);
        Assert.Contains("found the end of the pattern", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    public void EmptyPattern(string pattern)
    {
        var error = PatternAssert.Fails(pattern);
        Assert.Equal(0, error.Offset);
        Assert.Equal("the pattern is empty", error.Message);
    }

    [Fact]
    public void PatternOfOnlyACommentEndsTooEarly()
    {
        var error = PatternAssert.Fails("# only a comment");
        Assert.Equal(16, error.Offset);
        Assert.Contains("found the end of the pattern", error.Message);
    }

    [Fact]
    public void ReversedBounds()
    {
        // The check runs on the parsed tree, so the error is at the repetition node, whose offset
        // is that of the repeated atom.
        var error = PatternAssert.Fails("a{3,1}");
        Assert.Equal(0, error.Offset);
        Assert.Equal("repetition {3,1} has its maximum below its minimum", error.Message);
    }

    [Fact]
    public void ReversedBoundsDeepInsideThePattern()
    {
        var error = PatternAssert.Fails("'x' ('y' | digit{9,2})");
        Assert.Equal(11, error.Offset);
        Assert.Contains("{9,2}", error.Message);
    }

    [Fact]
    public void BoundsWithoutAnAtomAreACaptureWithoutAName()
    {
        // `{3,1}` alone is no repetition (nothing precedes it), so `{` opens a capture and 3 is no name.
        var error = PatternAssert.Fails("{3,1}");
        Assert.Equal(1, error.Offset);
        Assert.Contains("a name", error.Message);
        Assert.Contains("found '3'", error.Message);
    }

    [Fact]
    public void SpaceInsideBoundsIsNotAllowed()
    {
        var error = PatternAssert.Fails("a{ 2 }");
        Assert.Equal(3, error.Offset);
        Assert.Contains("found '2'", error.Message);
    }

    [Fact]
    public void CountTooLargeForAnInt()
    {
        var error = PatternAssert.Fails("a{99999999999}");
        Assert.Equal(0, error.Offset);
        Assert.Equal("repetition count is too large", error.Message);
    }

    [Fact]
    public void ReversedSetRange()
    {
        var error = PatternAssert.Fails("'x' [z-a]");
        Assert.Equal(4, error.Offset);
        Assert.Equal("set range 'z-a' is reversed", error.Message);
    }

    [Theory]
    [InlineData("[]", 1)]
    [InlineData("[^]", 2)]
    public void EmptySet(string pattern, int offset)
    {
        var error = PatternAssert.Fails(pattern);
        Assert.Equal(offset, error.Offset);
        Assert.Contains("found ']'", error.Message);
    }

    [Theory]
    // \u takes exactly four hex digits. Before the fix, the parser falls back to "any escaped character"
    // and reads `\u12` as the letter u followed by "12" (and `[\u4E0]` as the set {u, 4, E, 0}),
    // silently matching something else than written. The error belongs where the hex digits stop.
    // '\u12': the digits stop at the closing quote, offset 5 (as `[\u4E0]` stops at the `]`, offset 6).
    [InlineData(@"'\u12'", 5)]
    [InlineData(@"'\uZZZZ'", 3)]
    [InlineData(@"[\u4E0]", 6)]
    public void ShortUnicodeEscapeIsAnError(string pattern, int offset)
    {
        var error = PatternAssert.Fails(pattern);
        Assert.Equal(offset, error.Offset);
        Assert.Contains(@"\u4E00", error.Message);
    }
}
