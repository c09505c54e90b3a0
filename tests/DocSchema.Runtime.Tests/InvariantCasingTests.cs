using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="InvariantCasing.ToLower"/> gives exactly what <see cref="MemoryExtensions.ToLowerInvariant"/> gives.</summary>
public class InvariantCasingTests
{
    [Theory]
    [InlineData("SAID", "said")]
    [InlineData("President Donald Trump", "president donald trump")]
    [InlineData("Zelenskyy's", "zelenskyy's")]
    [InlineData("ÉLYSÉE Palace", "élysée palace")]
    [InlineData("ŁÓDŹ", "łódź")]
    [InlineData("特朗普", "特朗普")]
    [InlineData("", "")]
    public void Lower_cases_as_the_invariant_culture_does(string text, string expected)
    {
        Assert.Equal(expected, Lower(text));
        Assert.Equal(text.ToLowerInvariant(), Lower(text));
    }

    [Fact]
    public void Agrees_with_the_invariant_culture_on_seeded_mixes_of_ascii_and_other_letters()
    {
        // Runs of ASCII long enough for the vectorized path, with a letter from another script
        // at any place in them or none.
        const string others = "ÀÉÎÕÜÇŸĀŁŐŒΣΑΩДЖЯİı特·’";
        var random = new Random(20261122);
        for (int n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 70)];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0x20, 0x7F);
            if (chars.Length > 0 && random.Next(3) > 0) chars[random.Next(chars.Length)] = others[random.Next(others.Length)];
            var text = new string(chars);
            Assert.Equal(text.ToLowerInvariant(), Lower(text));
        }
    }

    private static string Lower(string text)
    {
        var destination = new char[text.Length];
        int written = InvariantCasing.ToLower(text, destination);
        return new string(destination, 0, written);
    }
}
