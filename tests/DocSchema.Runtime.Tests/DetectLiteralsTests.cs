using DocSchema.Runtime.Registry;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="DetectLiterals"/> finds a literal exactly when an ordinal <c>Contains</c> does.</summary>
public class DetectLiteralsTests
{
    [Fact]
    public void Each_literal_is_found_exactly_when_an_ordinal_search_finds_it()
    {
        // Short texts and literals over a few characters, so that literals share first characters,
        // start one another, overlap in the text and are often present and often not.
        const string Alphabet = "ab東方 ";
        var random = new Random(20261123);
        for (int round = 0; round < 3_000; round++)
        {
            var literals = new string[random.Next(1, 9)];
            for (int k = 0; k < literals.Length; k++) literals[k] = RandomText(random, Alphabet, 1, 4);
            var text = RandomText(random, Alphabet, 0, 40);

            ulong found = new DetectLiterals(literals).FoundIn(text);

            for (int k = 0; k < literals.Length; k++)
                Assert.True(text.Contains(literals[k], StringComparison.Ordinal) == ((found >> k & 1) != 0), $"\"{literals[k]}\" in \"{text}\"");
            Assert.Equal(0UL, found >> literals.Length);
        }
    }

    [Fact]
    public void Sixty_four_literals_take_every_bit_and_an_empty_one_is_in_every_text()
    {
        var literals = Enumerable.Range(0, DetectLiterals.MaxCount).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";").ToArray();
        literals[5] = "";
        var all = string.Join(" ", literals);

        Assert.Equal(ulong.MaxValue, new DetectLiterals(literals).FoundIn(all));
        Assert.Equal(1UL << 5, new DetectLiterals(literals).FoundIn("nothing"));
        Assert.Equal((1UL << 5) | (1UL << 63), new DetectLiterals(literals).FoundIn("w63;"));

        // Sixty-four that are not empty: every bit is a literal's.
        literals[5] = "w5;";
        Assert.Equal(ulong.MaxValue, new DetectLiterals(literals).FoundIn(string.Join(" ", literals)));
        Assert.Equal(1UL << 63, new DetectLiterals(literals).FoundIn("w63;"));
    }

    [Fact]
    public void More_literals_than_one_search_takes_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DetectLiterals(new string[DetectLiterals.MaxCount + 1].Select(_ => "x").ToArray()));
        Assert.Contains("At most 64 literals", error.Message);
    }

    private static string RandomText(Random random, string alphabet, int minLength, int maxLength)
    {
        var chars = new char[random.Next(minLength, maxLength + 1)];
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
