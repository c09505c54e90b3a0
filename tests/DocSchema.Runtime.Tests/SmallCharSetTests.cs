using System.Numerics;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="SmallCharSet"/> finds the first character of a set exactly where <c>IndexOfAny</c> does, on every path.</summary>
public class SmallCharSetTests
{
    // The attributor's sets, and characters one code unit away from their members (。 is U+3002,
    // ！ U+FF01, ？ U+FF1F, ； U+FF1B, ， U+FF0C, ： U+FF1A): a comparison off by one would take them.
    // NUL too, which a set of fewer than eight must not take for the members it lacks.
    private const string SentenceEnds = "。！？；!?;.";
    private const string ClauseBreaks = "，,、；;：:。";
    private const string Neighbours = "\0\u3001\u3003\uFF00\uFF02\uFF1E\uFF20\uFF1A\uFF1C\uFF0B\uFF0D\u3000 -/:<>@A中文ab";

    [Fact]
    public void Every_path_finds_the_first_member_where_IndexOfAny_does()
    {
        var random = new Random(20261123);
        foreach (var members in new[] { SentenceEnds, ClauseBreaks, "。", "ab", ".,;:!?\"" })
        {
            var set = new SmallCharSet(members);
            for (int round = 0; round < 4_000; round++)
            {
                // Mostly characters outside the set, so that the first member falls anywhere,
                // in the last (overlapping) vector too, or nowhere.
                var chars = new char[random.Next(0, 70)];
                for (int i = 0; i < chars.Length; i++)
                    chars[i] = random.Next(12) == 0 ? members[random.Next(members.Length)] : Neighbours[random.Next(Neighbours.Length)];
                var text = new string(chars);
                int expected = text.AsSpan().IndexOfAny(members);

                Assert.Equal(expected, set.IndexOfAny(text));
                Assert.Equal(expected, set.IndexOfAnyScalar(text));
                if (Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count) Assert.Equal(expected, set.IndexOfAnyVector(text));
                Assert.Equal(expected >= 0, text.Any(set.Contains));
            }
        }
    }

    [Fact]
    public void A_member_in_every_place_of_a_long_text_is_found_there()
    {
        var set = new SmallCharSet(SentenceEnds);
        var filler = new string('中', 50);
        foreach (char member in SentenceEnds)
        {
            for (int at = 0; at < filler.Length; at++)
            {
                var text = filler[..at] + member + filler[(at + 1)..];
                Assert.Equal(at, set.IndexOfAny(text));
            }
        }

        Assert.Equal(-1, set.IndexOfAny(filler));
        Assert.Equal(-1, set.IndexOfAny(""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    public void A_set_holds_one_to_eight_characters(string members) =>
        Assert.Throws<ArgumentException>(() => new SmallCharSet(members));
}
