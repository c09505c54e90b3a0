using DocSchema.Generator.Patterns;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Validation;

namespace DocSchema.Generator.Tests.Patterns;

/// <summary>
/// The parser runs inside the compiler, where an exception is a generator crash (CS8785) and a
/// stack overflow kills the build: whatever the pattern string, it returns a tree or an error.
/// </summary>
public class PatternParserRobustnessTests
{
    // Every character the grammar gives a meaning to, plus line breaks, CJK and a surrogate half.
    private const string Alphabet = "ab'\"\\{}[]()|*+?!&^$@#:,-_ \n\t0123456789uiz中（）\uD842";

    [Fact]
    public void RandomPatternsNeverThrow()
    {
        const int seed = 20240611;
        var random = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var length = random.Next(1, 24);
            var chars = new char[length];
            for (var j = 0; j < length; j++) chars[j] = Alphabet[random.Next(Alphabet.Length)];
            var pattern = new string(chars);

            PatternNode? node;
            PatternParseError? error;
            try
            {
                (node, error) = PatternParser.ParsePattern(pattern);
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {seed}, case {i}: [{pattern}] threw {ex}");
                return;
            }

            Assert.True((node is null) != (error is null), $"seed {seed}, case {i}: [{pattern}] gave both or neither of a tree and an error");
            if (error is not null)
            {
                Assert.InRange(error.Offset, 0, pattern.Length);
                Assert.False(string.IsNullOrWhiteSpace(error.Message), $"seed {seed}, case {i}: [{pattern}] has an empty message");
            }
            else
            {
                foreach (var descendant in PatternWalker.Descendants(node!))
                    Assert.True(descendant.Offset >= 0 && descendant.Offset < pattern.Length,
                        $"seed {seed}, case {i}: [{pattern}] node {Tree.Show(descendant)} lies outside the pattern");
            }
        }
    }

    [Fact]
    public void LongFlatPatternsParse()
    {
        // Repetition in the grammar (sequence items, choice alternatives) is iterative: length alone must not recurse.
        var sequence = string.Join(" ", Enumerable.Repeat("'a'", 20_000));
        var choice = string.Join(" | ", Enumerable.Repeat("'a'", 20_000));

        var (sequenceNode, sequenceError) = PatternParser.ParsePattern(sequence);
        var (choiceNode, choiceError) = PatternParser.ParsePattern(choice);

        Assert.Null(sequenceError);
        Assert.Equal(20_000, Assert.IsType<SequenceNode>(sequenceNode).Items.Count);
        Assert.Null(choiceError);
        Assert.Equal(20_000, Assert.IsType<ChoiceNode>(choiceNode).Alternatives.Count);
    }

    [Fact]
    public void DeeplyNestedGroupsAreRejectedNotRecursedInto()
    {
        // The recursive-descent grammar uses a few dozen stack frames per group: on a 1 MB thread
        // stack about 300 nested `(` overflow it, and a stack overflow cannot be caught, so a
        // schema could take the compiler down. A nesting limit must report DS0003 instead. The
        // test gives the parser a 512 MB stack so that, while there is no limit, it fails here
        // rather than crashing the test run.
        const int depth = 1000;
        var pattern = new string('(', depth) + "'a'" + new string(')', depth);

        var (node, error) = BigStack.Run(() => PatternParser.ParsePattern(pattern));

        Assert.True(node is null, "a pattern nested 1000 groups deep was accepted: there is no nesting limit");
        Assert.NotNull(error);
        Assert.InRange(error.Offset, 0, depth);
    }

    [Fact]
    public void ModeratelyNestedGroupsParse()
    {
        // Whatever the limit becomes, real schemas nest a handful of levels; 20 must stay fine.
        var pattern = new string('(', 20) + "'a'" + new string(')', 20);

        var (node, error) = PatternParser.ParsePattern(pattern);

        Assert.Null(error);
        Assert.Equal(new LiteralNode(20, "a", false), node);
    }
}
