using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>Both forms of <c>InvariantCasing.ToLower</c> give exactly what the invariant culture gives.</summary>
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
        Assert.Equal(expected, InvariantCasing.ToLower(text));
    }

    [Theory]
    [InlineData("president")]
    [InlineData("secretary of state")]
    [InlineData("总统")]
    [InlineData("外交部长")]
    [InlineData("唐纳德·特朗普")]
    [InlineData("")]
    public void Text_with_nothing_to_lower_is_given_back_as_it_is(string text) =>
        Assert.Same(text, InvariantCasing.ToLower(text));

    [Fact]
    public void The_string_form_agrees_with_the_invariant_culture_on_seeded_mixes_of_scripts()
    {
        // Lower-case ASCII and ideographs (given back as they are) mixed with capitals, full-width
        // capitals (Ａ, U+FF21), other scripts and ideographs' neighbours (U+33FF, U+A000).
        const string alphabet = "abc xyz-.'总统部长特朗普ABCZ@[ÀÉΣДİıＡＺａ\u33FF\u3400\u9FFF\uA000·’";
        var random = new Random(20261123);
        int same = 0;
        for (int n = 0; n < 4000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(random.Next(2) == 0 ? 17 : alphabet.Length)]).ToArray());
            var lowered = InvariantCasing.ToLower(text);
            Assert.Equal(text.ToLowerInvariant(), lowered);
            same += ReferenceEquals(text, lowered) ? 1 : 0;
        }

        // Both ways are taken.
        Assert.InRange(same, 500, 3500);
    }

    [Fact]
    public void Agrees_with_the_invariant_culture_on_seeded_mixes_of_ascii_and_other_letters()
    {
        // Runs of ASCII of up to seventy characters, with a letter from another script at any
        // place in them or none (from which the rest goes to the casing table).
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

    [Fact]
    public void Every_utf16_unit_alone_and_after_ascii_and_ideographs_is_lowered_as_the_invariant_culture_does()
    {
        // The loop copies ASCII and the caseless ranges itself and hands everything else to the
        // casing table: each unit on its own, and behind a capital, an ideograph and a middle dot,
        // so that it is met in the loop and not first.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var alone = ((char)c).ToString();
            Assert.Equal(alone.ToLowerInvariant(), Lower(alone));
            var behind = "A特·" + alone + "Z";
            Assert.Equal(behind.ToLowerInvariant(), Lower(behind));
        }
    }

    [Theory]
    [InlineData("唐纳德·特朗普")]
    [InlineData("Σ𐐀Ω")] // a supplementary capital (Deseret) between Greek ones
    [InlineData("特\uD801")] // a lone high surrogate at the end
    [InlineData("ﾊﾟｸ ＡＢＣ Ⓐ")]
    public void Text_beyond_ascii_and_ideographs_is_lowered_as_the_invariant_culture_does(string text) =>
        Assert.Equal(text.ToLowerInvariant(), Lower(text));

    private static string Lower(string text)
    {
        var destination = new char[text.Length];
        int written = InvariantCasing.ToLower(text, destination);
        return new string(destination, 0, written);
    }

    [Theory]
    [InlineData("ab", 1)]
    [InlineData("aÉb", 2)]   // the cased letter met in the loop, with room for it but not for the rest
    [InlineData("特·É", 2)]
    [InlineData("x", 0)]
    public void A_destination_shorter_than_the_text_gets_minus_one_as_from_the_invariant_culture(string text, int length)
    {
        Assert.Equal(-1, text.AsSpan().ToLowerInvariant(new char[length]));
        Assert.Equal(-1, InvariantCasing.ToLower(text, new char[length]));
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("特·É")]
    public void A_longer_destination_is_written_only_as_far_as_the_text(string text)
    {
        var destination = "##########".ToCharArray();
        Assert.Equal(text.Length, InvariantCasing.ToLower(text, destination));
        Assert.Equal(text.ToLowerInvariant() + new string('#', destination.Length - text.Length), new string(destination));
    }

    [Fact]
    public void The_string_form_agrees_with_the_invariant_culture_on_every_utf16_unit()
    {
        // The string form tests each character itself (it does not go through the span form):
        // each unit alone and among lower-case ASCII, an ideograph and a middle dot (given back
        // as they are), so that it decides alone whether the text goes to the casing table.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            foreach (var text in new[] { ((char)c).ToString(), "a特" + (char)c + "·z" })
            {
                if (text.ToLowerInvariant() != InvariantCasing.ToLower(text)) Assert.Fail($"U+{c:X4} in \"{text}\"");
            }
        }
    }
}
