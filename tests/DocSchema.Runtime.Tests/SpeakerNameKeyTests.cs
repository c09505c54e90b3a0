using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="SpeakerNames.Key"/>: the name trimmed of white space and then of <c>.,'’</c>, a
/// leading "the " dropped, and case-folded unless it is all ideographs. It skips the trims where
/// neither end would be trimmed, so every character is tried at both ends.
/// </summary>
public class SpeakerNameKeyTests
{
    [Theory]
    [InlineData("Donald Trump", "donald trump")]
    [InlineData("  the Kremlin. ", "kremlin")]
    [InlineData("The White House’", "white house")]
    [InlineData("特朗普", "特朗普")]
    [InlineData("\u3000泽连斯基,", "泽连斯基")]
    [InlineData("Trump .", "trump ")]
    [InlineData("", "")]
    [InlineData(" . ", "")]
    public void A_key_is_the_name_trimmed_without_the_and_case_folded(string name, string key) =>
        Assert.Equal(key, SpeakerNames.Key(name));

    [Fact]
    public void Every_character_at_either_end_gives_the_key_the_trims_give()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string end = ((char)c).ToString();
            foreach (var name in new[] { end + "Trump", "Trump" + end, end + "特朗普" + end, end })
                Assert.Equal(Reference(name), SpeakerNames.Key(name));
        }
    }

    [Fact]
    public void Random_names_of_letters_spaces_and_punctuation_give_the_key_the_trims_give()
    {
        const string alphabet = " \t\u00A0\u2003\u3000.,'’AzThe É特·-";
        var random = new Random(20261123);
        for (int n = 0; n < 20_000; n++)
        {
            var name = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Reference(name), SpeakerNames.Key(name));
        }
    }

    // The key as defined: both trims always, the rest as Key does it.
    private static string Reference(string name)
    {
        var key = name.AsSpan().Trim().Trim(".,'’");
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) key = key[4..];
        if (!key.IsEmpty && !key.ContainsAnyExceptInRange('\u3400', '\u9FFF')) return key.ToString();
        return key.ToString().ToLowerInvariant();
    }
}
