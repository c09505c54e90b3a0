using DocSchema.Generator.Emit;
using DocSchema.Generator.Patterns;
using DocSchema.Runtime.Patterns;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// The generator is netstandard2.0 and cannot call the runtime, so it keeps its own copies of the
/// runtime's character rules: the characters each class can start with (for the emitted IndexOfAny
/// skips and last-character checks) and the width folding. A copy that drifted would make generated
/// parsers skip or reject real matches, so each is compared with the runtime over every UTF-16 unit.
/// </summary>
public class RuntimeCharacterTablesTests
{
    public static TheoryData<string> ListedClasses() => new() { "space", "final", "open-quote", "close-quote", "dash", "digit" };

    [Theory]
    [MemberData(nameof(ListedClasses))]
    public void A_class_starts_with_exactly_the_characters_the_generator_lists_for_it(string name)
    {
        var listed = FirstCharacters.Of(new ClassNode(0, name), new Dictionary<string, PatternNode>());
        Assert.NotNull(listed);

        Func<string, int, int, int> match = name switch
        {
            "space" => CharClass.Space,
            "final" => CharClass.Final,
            "open-quote" => CharClass.OpenQuote,
            "close-quote" => CharClass.CloseQuote,
            "dash" => CharClass.Dash,
            _ => CharClass.Digit,
        };
        var runtime = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (match(((char)c).ToString(), 0, 1) > 0) runtime.Add((char)c);

        Assert.Equal(runtime, listed.Order());
    }

    [Fact]
    public void The_generator_folds_widths_as_the_runtime_does()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(CharFolding.Fold((char)c) == CharClass.Fold((char)c), $"U+{c:X4}");
    }
}
