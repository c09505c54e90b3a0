using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A word list finds, at a position of unspaced text, the longest of its words that ends at or
/// before a limit; it compares the rest of a word after its first character itself. Against the
/// plain reading (every word tried, longest first) over seeded texts made of the words' characters.
/// </summary>
public class WordListTests
{
    // Words of one to five characters, several sharing a first character and a prefix.
    private static readonly string[] s_words = ["总", "总统", "总统府", "总书记", "副总统", "副", "发言人", "发表", "首席执行官", "部长", "部"];

    [Fact]
    public void The_word_found_is_the_longest_the_text_starts_with_before_the_limit()
    {
        var list = new WordList(s_words);
        var longestFirst = s_words.OrderByDescending(w => w.Length).ToArray();
        // With characters that share the index's filter bit with a first character (4,096 apart):
        // past the filter that MatchAt inlines, they start no word.
        var alphabet = string.Concat(s_words.Distinct()) + "的在a " + string.Concat(s_words.Select(w => (char)(w[0] - 4096)));
        int found = MatchesOfSeededTexts(list, longestFirst, alphabet, new Random(20261123));

        // Matches of every kind occur, so the comparison is not vacuous.
        Assert.InRange(found, 500, 4_500);
    }

    [Fact]
    public void The_next_candidate_skips_no_place_a_word_starts_and_passes_over_first_characters_whose_second_starts_none()
    {
        string[] titles = ["总统", "总统府", "副总统", "发言人", "部长", "国务卿", "国王"];
        foreach (var words in (string[][])[titles, s_words])
        {
            var list = new WordList(words);
            var alphabet = string.Concat(words.Distinct()) + "的在家a ";
            var random = new Random(20261123);
            for (int round = 0; round < 5_000; round++)
            {
                var text = new string(Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                int start = random.Next(0, text.Length + 1);
                int end = random.Next(start, text.Length + 1);
                int next = list.NextCandidate(text, start, end);

                // Every place before the candidate starts no word; the candidate's first character starts one.
                for (int k = start; k < (next < 0 ? end : next); k++)
                    Assert.True(list.MatchAt(text, k, end) == 0, $"\"{text}\" from {start} before {end}: {next}, but a word starts at {k}");
                if (next >= 0) Assert.Contains(words, w => w[0] == text[next]);
            }
        }

        // 国 and 部 start titles, but 国家 and 部分 start none: passed over, where 国务卿 is found.
        Assert.Equal(4, new WordList(titles).NextCandidate("国家部分国务卿", 0, 7));
    }

    [Fact]
    public void A_text_is_a_word_only_when_it_is_one_of_the_words_whole()
    {
        var list = new WordList(s_words);
        var words = new HashSet<string>(s_words, StringComparer.Ordinal);
        var alphabet = string.Concat(s_words.Distinct()) + "的a";
        var random = new Random(20261123);
        int hits = 0;
        for (int round = 0; round < 5_000; round++)
        {
            // Mostly words, prefixes and extensions of words, so that hits and near misses both occur.
            var word = s_words[random.Next(s_words.Length)];
            var text = random.Next(3) switch
            {
                0 => word,
                1 => word[..random.Next(0, word.Length)],
                _ => word + alphabet[random.Next(alphabet.Length)],
            };
            Assert.True(words.Contains(text) == list.IsWord(text), $"\"{text}\"");
            hits += list.IsWord(text) ? 1 : 0;
        }

        Assert.InRange(hits, 1_000, 4_000);
        Assert.False(list.IsWord(""));
    }

    [Fact]
    public void The_word_found_in_a_list_without_one_character_words_is_the_longest_the_text_starts_with()
    {
        // With no word of one character, MatchAt asks the filter of the first two characters too;
        // the alphabet holds second characters moved by 4,096 to share its bits.
        string[] titles = ["总统", "总统府", "副总统", "发言人", "部长", "国务卿", "国王"];
        var list = new WordList(titles);
        var longestFirst = titles.OrderByDescending(w => w.Length).ToArray();
        var alphabet = string.Concat(titles) + "的a " + string.Concat(titles.Select(w => (char)(w[1] + 4096)));
        int found = MatchesOfSeededTexts(list, longestFirst, alphabet, new Random(20261124));

        Assert.InRange(found, 20, 4_500);
        Assert.Equal(2, list.MatchAt("国王", 0, 2));   // a word at the end of the range
        Assert.Equal(0, list.MatchAt("国王", 1, 2));   // the range's last character opens no word
        Assert.Equal(0, list.MatchAt("国王", 0, 1));   // nor a word cut by the range
    }

    // MatchAt over 5,000 seeded texts of the alphabet, at a random place before a random end,
    // against the longest of the words (longest first) the text starts with there; how many
    // places a word matched.
    private static int MatchesOfSeededTexts(WordList list, string[] longestFirst, string alphabet, Random random)
    {
        int found = 0;
        for (int round = 0; round < 5_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            int i = random.Next(0, text.Length + 1);
            int end = random.Next(i, text.Length + 1);
            int expected = longestFirst.FirstOrDefault(w => end - i >= w.Length && text.AsSpan(i).StartsWith(w))?.Length ?? 0;
            Assert.True(expected == list.MatchAt(text, i, end), $"round {round}: \"{text}\" at {i} before {end}");
            found += expected > 0 ? 1 : 0;
        }

        return found;
    }
}
