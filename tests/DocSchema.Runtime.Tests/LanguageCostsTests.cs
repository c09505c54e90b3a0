using DocSchema.Runtime.Languages;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The classifier's running costs add a row of ten byte costs per feature as two vectors of eight
/// (languages 0–7 and 2–9): the cheapest language, and its lead over the next, must be what adding
/// every cost one by one gives, ties going to the earlier language.
/// </summary>
public class LanguageCostsTests
{
    [Fact]
    public void The_cheapest_language_is_the_one_summing_every_row_gives()
    {
        var random = new Random(2024);
        for (int round = 0; round < 2_000; round++)
        {
            var costs = new LanguageCosts();
            var sums = new long[LatinLanguageProfiles.LanguageCount];
            for (int feature = random.Next(0, 40); feature > 0; feature--)
            {
                // Few distinct values, so that ties between languages occur.
                var row = new byte[LatinLanguageProfiles.LanguageCount];
                for (int language = 0; language < row.Length; language++) row[language] = (byte)(random.Next(4) * 85);
                costs.Add(row);
                for (int language = 0; language < row.Length; language++) sums[language] += row[language];
            }

            int expected = 0;
            for (int language = 1; language < sums.Length; language++)
                if (sums[language] < sums[expected]) expected = language;
            Assert.True(expected == costs.Cheapest(), $"round {round}: sums {string.Join(", ", sums)}");

            long next = long.MaxValue;
            for (int language = 0; language < sums.Length; language++)
                if (language != expected) next = Math.Min(next, sums[language]);
            Assert.Equal(next - sums[expected], costs.Lead(out int leader));
            Assert.Equal(expected, leader);
        }
    }
}
