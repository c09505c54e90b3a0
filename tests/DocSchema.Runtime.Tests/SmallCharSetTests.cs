using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="SmallCharSet"/> finds the first and the last character of a set exactly where <c>IndexOfAny</c> and <c>LastIndexOfAny</c> do, on every path.</summary>
public class SmallCharSetTests
{
    // The attributor's sets, and characters one code unit away from their members (。 is U+3002,
    // ！ U+FF01, ？ U+FF1F, ； U+FF1B, ， U+FF0C, ： U+FF1A): a comparison off by one would take them.
    // NUL too, which a set of fewer than eight must not take for the members it lacks.
    private const string SentenceEnds = "。！？；!?;.";
    private const string ClauseBreaks = "，,、；;：:。";
    private const string Neighbours = "\0\u3001\u3003\uFF00\uFF02\uFF1E\uFF20\uFF1A\uFF1C\uFF0B\uFF0D\u3000 -/:<>@A中文ab";

    [Fact]
    public void Every_path_finds_the_first_and_the_last_member_where_IndexOfAny_and_LastIndexOfAny_do()
    {
        var random = new Random(20261123);
        foreach (var members in new[] { SentenceEnds, ClauseBreaks, "。", "ab", ".,;:!?\"" })
        {
            var set = new SmallCharSet(members);
            CharSearchChecks.AgreeWithIndexOfAny(random, members, Neighbours, new(text => set.IndexOfAny(text), text => set.IndexOfAnyScalar(text), text => set.IndexOfAnyVector(text)));
            CharSearchChecks.AgreeWithLastIndexOfAny(random, members, Neighbours, new(text => set.LastIndexOfAny(text), text => set.LastIndexOfAnyScalar(text), text => set.LastIndexOfAnyVector(text)));
            for (int c = char.MinValue; c <= char.MaxValue; c++) Assert.Equal(members.Contains((char)c), set.Contains((char)c));
        }
    }

    [Fact]
    public void A_member_in_every_place_of_a_long_text_is_found_there()
    {
        var set = new SmallCharSet(SentenceEnds);
        CharSearchChecks.FindEveryMemberAtEveryPlace(SentenceEnds, new string('中', 50), text => set.IndexOfAny(text));
        CharSearchChecks.FindEveryMemberAtEveryPlace(SentenceEnds, new string('中', 50), text => set.LastIndexOfAny(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    public void A_set_holds_one_to_eight_characters(string members) =>
        Assert.Throws<ArgumentException>(() => new SmallCharSet(members));
}
