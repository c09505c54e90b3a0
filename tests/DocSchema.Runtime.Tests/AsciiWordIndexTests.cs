using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="AsciiWordIndex{TValue}"/> answers for ASCII words in any case by their first two
/// letters and length, and leaves to its owner's table only words beyond ASCII: on random words its
/// answers must agree with a case-insensitive dictionary's, value included.
/// </summary>
public class AsciiWordIndexTests
{
    // Letters of both cases, the Kelvin sign (lower-cased to k), long s and dotless i (upper-cased
    // to S and I), accented letters, digits and the marks English words hold.
    private const string Alphabet = "aAkKsSiIzZ\u212Aſıé9.'’-";

    [Fact]
    public void Found_and_missing_are_a_case_insensitive_dictionarys_answers_and_only_words_beyond_ascii_are_left_to_it()
    {
        var random = new Random(4117);
        int found = 0, beyond = 0;
        for (int round = 0; round < 300; round++)
        {
            var index = new AsciiWordIndex<int>();
            var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = random.Next(1, 20); i > 0; i--)
            {
                string word = Word(random);
                if (expected.TryAdd(word, i)) index.Add(word, i);
            }

            for (int query = 0; query < 200; query++)
            {
                string word = query % 2 == 0 ? Recase(random, expected.Keys.ElementAt(random.Next(expected.Count))) : Word(random);
                var match = index.Find(word, out int value);
                bool listed = expected.TryGetValue(word, out int listedValue);
                bool ascii = word.All(char.IsAscii);
                string context = $"round {round}: '{word}' in [{string.Join(", ", expected.Keys)}]: {match}";
                switch (match)
                {
                    case AsciiWordMatch.Found:
                        Assert.True(listed && value == listedValue, context);
                        found++;
                        break;
                    case AsciiWordMatch.Missing:
                        Assert.False(listed, context);
                        break;
                    default:
                        Assert.False(ascii, context);
                        beyond++;
                        break;
                }

                if (ascii) Assert.True(match != AsciiWordMatch.BeyondAscii, context);
            }
        }

        // Both kinds of answer that skip the owner's table occur, and the fallback too.
        Assert.InRange(found, 5_000, 30_000);
        Assert.InRange(beyond, 1_000, 50_000);
    }

    [Fact]
    public void A_word_is_found_in_any_case_with_its_value()
    {
        var index = new AsciiWordIndex<string>();
        index.Add("President", "title");
        index.Add("a", "determiner");
        index.Add("u.s.", "country");
        index.Add("communiqué", "document");

        Assert.Equal(AsciiWordMatch.Found, index.Find("PRESIDENT", out var value));
        Assert.Equal("title", value);
        Assert.Equal(AsciiWordMatch.Found, index.Find("A", out value));
        Assert.Equal("determiner", value);
        Assert.Equal(AsciiWordMatch.Found, index.Find("U.S.", out value));
        Assert.Equal("country", value);
        Assert.Equal(AsciiWordMatch.Missing, index.Find("presidents", out _));
        Assert.Equal(AsciiWordMatch.Missing, index.Find("communique", out _));
        Assert.Equal(AsciiWordMatch.BeyondAscii, index.Find("COMMUNIQUÉ", out _));
        Assert.Equal(AsciiWordMatch.Missing, index.Find("", out _));
    }

    private static string Word(Random random)
    {
        int length = random.Next(0, 5) == 0 ? random.Next(28, 36) : random.Next(0, 6);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
    }

    private static string Recase(Random random, string word) =>
        string.Concat(word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));

    [Fact]
    public void Rules_out_only_words_the_index_and_its_owners_table_would_both_miss()
    {
        var index = SpeechVerbs.EnglishIndex;
        var words = new List<string> { "", "a", "SAID", "said\u212A", "\u212Anew", "ſaid", "th\u0130nk", "reportedly", "REPORTEDLYY" };
        foreach (var verb in new[] { "said", "asked", "think", "acknowledging", "reportedly" })
            for (int k = 0; k < verb.Length; k++)
                words.Add(verb[..k] + (verb[k] == 'k' ? '\u212A' : char.ToUpperInvariant(verb[k])) + verb[(k + 1)..]);
        foreach (var word in words)
        {
            if (index.RulesOut(word)) Assert.False(SpeechVerbs.TryGetEnglish(word, out _), word);
        }

        Assert.True(index.RulesOut("sa"));           // two letters and a length no verb has
        Assert.False(index.RulesOut("as\u212Aed"));  // asked with a Kelvin sign: left to the table
        Assert.True(SpeechVerbs.TryGetEnglish("as\u212Aed", out _));
    }
}
