using DocSchema.Generator.Emit;
using DocSchema.Generator.Model;
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
    public void A_literal_starts_with_every_character_its_first_one_matches()
    {
        // Every character the runtime's Literal matches against a first character shares its
        // folded form, or (ignoring case) the upper- or lower-case of it: grouped by those, the
        // candidates for each first character are few, and each is asked of the runtime.
        var byFold = Group(c => CharClass.Fold(c));
        var byUpper = Group(c => char.ToUpperInvariant(CharClass.Fold(c)));
        var byLower = Group(c => char.ToLowerInvariant(CharClass.Fold(c)));
        var none = new Dictionary<string, PatternNode>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            var first = ((char)i).ToString();
            foreach (var ignoreCase in new[] { false, true })
            {
                if (FirstCharacters.Of(new LiteralNode(0, first, ignoreCase), none) is not { } listed) continue;
                var folded = CharClass.Fold((char)i);
                var candidates = ignoreCase
                    ? byFold[folded].Concat(byUpper[char.ToUpperInvariant(folded)]).Concat(byLower[char.ToLowerInvariant(folded)])
                    : byFold[folded];
                foreach (var c in candidates)
                    if (CharClass.Literal(c.ToString(), 0, 1, first, ignoreCase) > 0)
                        Assert.True(listed.Contains(c), $"{(ignoreCase ? "i" : "")}'U+{i:X4}' matches U+{(int)c:X4}, which is not listed");
            }
        }
    }

    [Fact]
    public void A_set_starts_with_every_character_it_matches()
    {
        // Ranges at and across the folded characters (U+3000, full-width ASCII) and elsewhere,
        // against the test the emitter writes for a set: the character folded, between the
        // folded ends (EmitSet; the interpreter reads a set the same way).
        var random = new Random(20261122);
        char[] edges = ['\u3000', '\u3001', '\u3002', '\uFF01', '\uFF21', '\uFF5E', '\uFF5F', ' ', '!', 'A', 'a', '~', '\u007F', '中', '\uFFFE', '\uFFFF'];
        for (int n = 0; n < 400; n++)
        {
            char from = n % 2 == 0 ? edges[random.Next(edges.Length)] : (char)random.Next(char.MaxValue + 1);
            char to = (char)Math.Min(char.MaxValue, from + random.Next(0, 60));
            if (n % 3 == 0) to = edges[random.Next(edges.Length)];
            if (to < from) (from, to) = (to, from);
            var set = new SetNode(0, false, new[] { new CharRange(from, to) }.ToEquatableArray());
            if (FirstCharacters.Of(set, new Dictionary<string, PatternNode>()) is not { } listed) continue;
            char foldedFrom = CharClass.Fold(from), foldedTo = CharClass.Fold(to);
            for (int c = 0; c <= char.MaxValue; c++)
            {
                var folded = CharClass.Fold((char)c);
                if (folded >= foldedFrom && folded <= foldedTo)
                    Assert.True(listed.Contains((char)c), $"[U+{(int)from:X4}-U+{(int)to:X4}] matches U+{c:X4}, which is not listed");
            }
        }
    }

    private static Dictionary<char, List<char>> Group(Func<char, char> key)
    {
        var groups = new Dictionary<char, List<char>>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            var k = key((char)i);
            if (!groups.TryGetValue(k, out var group)) groups[k] = group = [];
            group.Add((char)i);
        }
        return groups;
    }

    [Fact]
    public void The_generator_folds_widths_as_the_runtime_does()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(CharFolding.Fold((char)c) == CharClass.Fold((char)c), $"U+{c:X4}");
    }
}
