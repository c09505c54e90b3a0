using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Languages;

namespace DocSchema.Runtime.Tests.LanguageId;

/// <summary>The Latin classifier's tables and symbols are what the classifier assumes them to be.</summary>
public class LatinTablesTests
{
    [Fact]
    public void Profile_tables_are_sorted_and_rectangular()
    {
        Assert.Equal(LatinLanguageProfiles.LanguageCount, LatinLanguageProfiles.Tags.Length);
        Assert.Equal("en", LatinLanguageProfiles.Tags[0]);
        Assert.Equal("ms", LatinLanguageProfiles.Tags[LatinLanguageProfiles.Malay]);
        Assert.Equal("id", LatinLanguageProfiles.Tags[LatinLanguageProfiles.Indonesian]);
        Assert.Equal(LatinLanguageProfiles.LanguageCount, LatinLanguageProfiles.Priors.Length);

        var trigrams = LatinLanguageProfiles.TrigramKeys;
        Assert.Equal(trigrams.Length * LatinLanguageProfiles.LanguageCount, LatinLanguageProfiles.TrigramCosts.Length);
        for (int i = 1; i < trigrams.Length; i++)
        {
            Assert.True(trigrams[i - 1] < trigrams[i], $"trigram keys not ascending at {i}");
        }

        var words = LatinLanguageProfiles.WordKeys;
        Assert.Equal(words.Length * LatinLanguageProfiles.LanguageCount, LatinLanguageProfiles.WordCosts.Length);
        for (int i = 1; i < words.Length; i++)
        {
            Assert.True(words[i - 1] < words[i], $"word keys not ascending at {i}");
        }

        // Every row is relative to its cheapest language, which therefore costs 0.
        AssertRowsStartAtZero(LatinLanguageProfiles.TrigramCosts);
        AssertRowsStartAtZero(LatinLanguageProfiles.WordCosts);
    }

    // The classifier reads the lookup tables without bounds tests and adds the row an offset
    // points at: every key of the profiles must give its own row, and every other key the row of
    // zeros after the profiles' rows.
    [Fact]
    public void Every_trigram_and_word_of_the_profiles_finds_its_own_row_and_no_other_key_finds_one()
    {
        var tables = FeatureTables.Instance;
        var trigramOffsets = tables.TrigramOffsets;
        var trigramCosts = tables.TrigramCosts;
        var trigramKeys = LatinLanguageProfiles.TrigramKeys;
        Assert.Equal(FeatureTables.TrigramKeyCount, trigramOffsets.Length);
        Assert.Equal(trigramKeys.Length * LatinLanguageProfiles.LanguageCount, tables.MissingTrigramOffset);
        Assert.Equal(tables.MissingTrigramOffset + LatinLanguageProfiles.LanguageCount, trigramCosts.Length);
        Assert.True(LatinLanguageProfiles.TrigramCosts.SequenceEqual(trigramCosts[..tables.MissingTrigramOffset]));
        Assert.True(trigramCosts[tables.MissingTrigramOffset..].IndexOfAnyExcept((byte)0) < 0, "the row for trigrams in no profile is not all zeros");
        ref byte trigrams = ref MemoryMarshal.GetReference(tables.Trigrams);
        int found = 0;
        for (int key = 0; key < FeatureTables.TrigramKeyCount; key++)
        {
            int row = Array.BinarySearch(trigramKeys, key);
            int expected = row < 0 ? tables.MissingTrigramOffset : row * LatinLanguageProfiles.LanguageCount;
            int offset = trigramOffsets[key];
            if (offset != expected) Assert.Fail($"trigram key 0x{key:X5}: offset {offset}, row {row}");
            var costs = FeatureTables.TrigramCostsOf(ref trigrams, (uint)key);
            if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(costs), ref Unsafe.AsRef(in trigramCosts[expected])) || costs.Length != LatinLanguageProfiles.LanguageCount)
                Assert.Fail($"trigram key 0x{key:X5}: its costs are not row {row}'s");
            found += row >= 0 ? 1 : 0;
        }

        Assert.Equal(trigramKeys.Length, found);

        var words = tables.Words;
        var wordKeys = LatinLanguageProfiles.WordKeys;
        Assert.Equal(wordKeys.Length * LatinLanguageProfiles.LanguageCount, tables.MissingWordOffset);
        Assert.Equal(tables.MissingWordOffset + LatinLanguageProfiles.LanguageCount, words.Costs.Length);
        Assert.True(LatinLanguageProfiles.WordCosts.SequenceEqual(words.Costs[..tables.MissingWordOffset]));
        Assert.True(words.Costs[tables.MissingWordOffset..].IndexOfAnyExcept((byte)0) < 0, "the row for words in no profile is not all zeros");
        for (int row = 0; row < wordKeys.Length; row++)
        {
            if (words.Offset(wordKeys[row]) != row * LatinLanguageProfiles.LanguageCount)
                Assert.Fail($"word row {row} (key {wordKeys[row]}): offset {words.Offset(wordKeys[row])}");
        }

        // Keys beside every key of the table, keys with only a word's low bits (which land in its
        // bucket), 0 (the key of a slot no word took), and seeded others: none of them is a word.
        var random = new Random(20261123);
        var keys = wordKeys.SelectMany(k => new[] { k - 1, k + 1, k & 0xFFFF, k & 0xFFF })
            .Concat([0u, uint.MaxValue])
            .Concat(Enumerable.Range(0, 100_000).Select(_ => (uint)random.NextInt64(0, 1L << 32)));
        foreach (uint key in keys)
        {
            if (Array.BinarySearch(wordKeys, key) < 0 && words.Offset(key) != tables.MissingWordOffset) Assert.Fail($"key {key} is no word, yet has offset {words.Offset(key)}");
        }
    }

    // A word's lookup reads one bucket, which is one cache line only when the buckets start on one
    // (the table is pinned for that): otherwise every lookup would touch two lines.
    [Fact]
    public unsafe void The_word_buckets_start_on_a_cache_line_and_are_one_line_each()
    {
        var buckets = FeatureTables.Instance.WordBuckets;
        Assert.Equal(0u, (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(buckets)) % 64);
        Assert.Equal(0, buckets.Length * sizeof(uint) % 64);
        Assert.True(buckets.Length / 16 * 8 >= LatinLanguageProfiles.WordKeys.Length, "fewer slots than words");
    }

    [Fact]
    public void Common_function_words_are_in_the_word_table_with_their_language_cheapest()
    {
        foreach (var (word, tag) in new[] { ("the", "en"), ("und", "de"), ("les", "fr"), ("del", "es"), ("não", "pt"), ("della", "it"), ("het", "nl"), ("yang", "id") })
        {
            int row = Array.BinarySearch(LatinLanguageProfiles.WordKeys, MalayIndonesianMarkers.KeyOf(word));
            Assert.True(row >= 0, $"{word} is not in the word table");
            var costs = LatinLanguageProfiles.WordCosts.Slice(row * LatinLanguageProfiles.LanguageCount, LatinLanguageProfiles.LanguageCount);
            int column = Array.IndexOf(LatinLanguageProfiles.Tags, tag);
            Assert.True(costs[column] == 0 || tag == "id", $"{word}: {tag} costs {costs[column]}");
        }
    }

    [Fact]
    public void Marker_lists_hold_distinct_lower_case_single_words()
    {
        var all = MalayIndonesianMarkers.All().ToList();
        Assert.InRange(all.Count(m => m.Weight > 0), 150, 400);
        Assert.InRange(all.Count(m => m.Weight < 0), 150, 400);

        var duplicates = all.GroupBy(m => m.Word, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);

        foreach (var (word, weight) in all)
        {
            Assert.Equal(word.ToLowerInvariant(), word);
            Assert.All(word, c => Assert.InRange((int)LatinSymbols.Of(c), 1, 62));
            Assert.Equal(weight, MalayIndonesianMarkers.WeightOf(MalayIndonesianMarkers.KeyOf(word)));
            Assert.Equal(weight, MalayIndonesianMarkers.WeightOf(MalayIndonesianMarkers.KeyOf(word.ToUpperInvariant())));
        }

        Assert.Equal(0, MalayIndonesianMarkers.WeightOf(MalayIndonesianMarkers.KeyOf("dan")));
        Assert.True(MalayIndonesianMarkers.WeightOf(MalayIndonesianMarkers.KeyOf("kerana")) > 0);
        Assert.True(MalayIndonesianMarkers.WeightOf(MalayIndonesianMarkers.KeyOf("karena")) < 0);
    }

    [Theory]
    [InlineData('a', 1)]
    [InlineData('Z', 26)]
    [InlineData('à', 27)]
    [InlineData('À', 27)]
    [InlineData('ư', 61)]
    [InlineData('Ư', 61)]
    [InlineData('ß', 56)]
    [InlineData('ł', LatinSymbols.OtherLetter)]
    [InlineData('ế', LatinSymbols.OtherLetter)]
    [InlineData('Ｈ', 8)] // full-width H
    [InlineData('\u0301', LatinSymbols.Skip)]
    [InlineData(' ', LatinSymbols.Boundary)]
    [InlineData('\'', LatinSymbols.Boundary)]
    [InlineData('7', LatinSymbols.Boundary)]
    [InlineData('中', LatinSymbols.Boundary)]
    [InlineData('я', LatinSymbols.Boundary)]
    [InlineData('’', LatinSymbols.Boundary)] // beyond the Latin blocks, as are the next three
    [InlineData('—', LatinSymbols.Boundary)]
    [InlineData('\uD83D', LatinSymbols.Boundary)] // a lone surrogate
    [InlineData('\uFFFF', LatinSymbols.Boundary)]
    [InlineData('ɐ', LatinSymbols.OtherLetter)] // IPA, the first unit past Latin Extended-B
    [InlineData('ẞ', LatinSymbols.OtherLetter)] // capital sharp s: not ß's symbol
    [InlineData('Ꜳ', LatinSymbols.OtherLetter)] // Latin Extended-D
    [InlineData('ｚ', 26)] // full-width z
    [InlineData('［', LatinSymbols.Boundary)] // full-width, between the capitals and the small letters
    public void Characters_fold_to_their_symbols(char c, int expected) =>
        Assert.Equal(expected, LatinSymbols.Of(c));

    // The symbol table is built by asking LetterScripts only inside the blocks it calls Latin; every
    // UTF-16 unit must still get what the rule gives, through both ways of asking.
    [Fact]
    public void Every_utf16_unit_has_the_symbol_the_rule_gives()
    {
        var table = LatinSymbols.Table;
        for (int unit = 0; unit <= char.MaxValue; unit++)
        {
            char c = (char)unit;
            byte expected = SymbolByRule(c);
            if (LatinSymbols.Of(c) != expected || LatinSymbols.Of(c, table) != expected)
            {
                Assert.Fail($"U+{unit:X4}: symbol {LatinSymbols.Of(c)} (table {LatinSymbols.Of(c, table)}), the rule gives {expected}");
            }
        }
    }

    // The symbols as LatinSymbols' documentation states them: a–z in either case, the accented
    // letters of the Latin blocks below U+0250 in either case, combining marks skipped, full-width
    // A–Z and a–z as their ASCII letters, any other Latin letter as one, anything else a boundary.
    private static byte SymbolByRule(char c)
    {
        if (char.IsAsciiLetter(c)) return (byte)(char.ToLowerInvariant(c) - 'a' + 1);
        if (c < 0x250)
        {
            for (int i = 0; i < LatinSymbols.Accented.Length; i++)
            {
                if (c == LatinSymbols.Accented[i] || c == char.ToUpperInvariant(LatinSymbols.Accented[i])) return (byte)(27 + i);
            }
        }

        if (c is >= '\u0300' and <= '\u036F') return LatinSymbols.Skip;
        if (c is >= '\uFF21' and <= '\uFF3A') return (byte)(c - '\uFF21' + 1);
        if (c is >= '\uFF41' and <= '\uFF5A') return (byte)(c - '\uFF41' + 1);
        return LetterScripts.Classify(c) == LetterScript.Latin ? LatinSymbols.OtherLetter : LatinSymbols.Boundary;
    }

    private static void AssertRowsStartAtZero(ReadOnlySpan<byte> costs)
    {
        for (int row = 0; row < costs.Length; row += LatinLanguageProfiles.LanguageCount)
        {
            int minimum = int.MaxValue;
            foreach (byte cost in costs.Slice(row, LatinLanguageProfiles.LanguageCount))
            {
                minimum = Math.Min(minimum, cost);
            }

            Assert.True(minimum == 0, $"row {row / LatinLanguageProfiles.LanguageCount} has minimum {minimum}");
        }
    }
}
