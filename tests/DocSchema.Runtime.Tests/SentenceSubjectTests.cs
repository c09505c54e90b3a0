using DocSchema.Runtime.Quotes;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A sentence's subject is resolved once and kept for that sentence alone (the attributor keeps
/// them by the sentence's index in the paragraph): a later sentence's quotes never take an earlier
/// sentence's subject for their own, and a sentence's own is read past the punctuation it opens with.
/// </summary>
public class SentenceSubjectTests
{
    [Theory]
    [InlineData("特朗普与普京通话。泽连斯基表示：“这场冲突本不应该开始。”", "这场冲突", "泽连斯基")]
    [InlineData("Trump spoke to Putin. Zelenskyy said: \"This conflict should never have started.\"", "This conflict", "Zelenskyy")]
    public void A_quote_after_a_colon_takes_its_own_sentence_s_subject(string paragraph, string quote, string speaker)
    {
        var attribution = Paragraphs(paragraph);
        Assert.Equal(speaker, attribution.Quote(quote).Speaker);
    }

    [Fact]
    public void Quotes_in_a_later_sentence_do_not_take_the_subject_of_an_earlier_one()
    {
        var attribution = Paragraphs("Trump said the ceasefire would be tough. The Ukrainian president said he was \"skeptical\" but \"a partial ceasefire is a positive result\"");
        Assert.Equal(2, attribution.Quotes.Count);
        Assert.All(attribution.Quotes, q => Assert.NotEqual("Trump", q.Speaker));
    }

    [Theory]
    [InlineData("、特朗普随后在社交媒体上：“我们打了一个很棒的电话。”")]
    [InlineData("普京表示支持。、特朗普随后：“我们打了一个很棒的电话。”")]
    public void A_sentence_s_subject_is_read_past_the_punctuation_it_opens_with(string paragraph)
    {
        var attribution = Paragraphs(paragraph);
        Assert.Equal("特朗普", attribution.Quote("我们打了").Speaker);
    }
}
