using DocSchema.Runtime.Quotes;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A sentence's subject is resolved once and kept for that sentence alone (the attributor keeps
/// them by the sentence's index in the paragraph): a later sentence's quotes never take an earlier
/// sentence's subject for their own.
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
}
