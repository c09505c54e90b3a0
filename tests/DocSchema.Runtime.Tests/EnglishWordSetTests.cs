using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="EnglishWordSet"/> turns most words away by their first two letters and length before
/// hashing: its answers must stay exactly those of a case-insensitive set.
/// </summary>
public class EnglishWordSetTests
{
    [Fact]
    public void Answers_as_a_case_insensitive_set_does_on_random_words()
    {
        // Letters of both cases, accented letters, look-alikes whose case mappings reach ASCII
        // (ſ upper-cases to S, ı to I; ordinal comparison ignoring case equates neither), the
        // punctuation English words hold, and lengths around the last length bit.
        const string alphabet = "aAbBkKsSiIzZéÉſı\u212A.'’-";
        var random = new Random(31);
        for (var round = 0; round < 200; round++)
        {
            var set = new EnglishWordSet();
            var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = random.Next(1, 20); i > 0; i--)
            {
                var word = Word(random, alphabet);
                set.Add(word);
                expected.Add(word);
            }

            for (var query = 0; query < 200; query++)
            {
                // Half the queries are the set's own words in another case.
                var word = query % 2 == 0 ? Recase(random, expected.ElementAt(random.Next(expected.Count))) : Word(random, alphabet);
                Assert.True(expected.Contains(word) == set.Contains(word), $"round {round}: '{word}' in [{string.Join(", ", expected)}]");
            }
        }
    }

    [Fact]
    public void The_attributors_words_are_found_in_any_case()
    {
        var set = new EnglishWordSet { "said", "the", "communiqué", "U.S.", "a" };

        Assert.True(set.Contains("SAID"));
        Assert.True(set.Contains("The"));
        Assert.True(set.Contains("COMMUNIQUÉ"));
        Assert.True(set.Contains("u.s."));
        Assert.True(set.Contains("A"));
        Assert.False(set.Contains("sad"));
        Assert.False(set.Contains("then"));
        Assert.False(set.Contains(""));
    }

    private static string Word(Random random, string alphabet)
    {
        var length = random.Next(0, 5) == 0 ? random.Next(28, 36) : random.Next(0, 6);
        return string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));
    }

    private static string Recase(Random random, string word) =>
        string.Concat(word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}
