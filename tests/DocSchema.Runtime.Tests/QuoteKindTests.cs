using DocSchema.Runtime.Quotes;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// Direct, partial and term, decided by how the quote stands in its sentence. Sentences written
/// for these tests in news style, with people and topics other than the samples'.
/// </summary>
public class QuoteKindTests
{
    [Theory]
    [InlineData("\"We will not back down,\" Prime Minister Keir Starmer said.")] // attribution after
    [InlineData("\"The talks were useful,\" said Foreign Minister Annalena Baerbock.")] // inverted
    [InlineData("Merkel told reporters: \"This is a historic day for Europe.\"")] // colon
    [InlineData("Macron said, \"Europe must be able to defend itself.\"")] // comma after the verb
    [InlineData("Macron said on Tuesday, \"Europe must be able to defend itself.\"")] // two words between
    [InlineData("\"It is over.\"")] // a statement with its own final punctuation
    [InlineData("“我们不会让步，”德国总理朔尔茨说。")]
    [InlineData("法国总统马克龙在社交媒体上写道：“欧洲必须团结起来。”")]
    [InlineData("外交部长表示，“我们欢迎一切有助于和平的努力。”")] // comma, but first person
    public void Statements_are_direct(string paragraph) =>
        Assert.Equal(QuoteKind.Direct, Paragraphs(paragraph).Only().Kind);

    [Fact]
    public void A_quote_right_after_another_one_opens_its_own_sentence()
    {
        var result = Paragraphs("“我们已经准备好了，”马克龙说。“大门始终敞开。”");
        Assert.All(result.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Equal(2, result.Quotes.Count);
    }

    [Theory]
    [InlineData("Senator Elizabeth Warren called the bill \"a gift to Wall Street.\"")]
    [InlineData("The mayor said the plan was \"dead on arrival\" and left the room.")]
    [InlineData("Lagarde said that \"inflation is coming down, but not fast enough.\"")] // said that "…": grammatically inside
    [InlineData("Lagarde said on late Tuesday, \"inflation is coming down, but not fast enough.\"")] // three words: no speech comma
    [InlineData("朔尔茨称这次会谈“坦率而务实”。")]
    [InlineData("古特雷斯表示，局势“极其危险”，各方应保持克制。")]
    [InlineData("国防部的声明称，“部队已经完成了全部演练任务。”")] // comma, third person, one sentence
    public void Phrases_inside_the_reporters_sentence_are_partial(string paragraph) =>
        Assert.Equal(QuoteKind.Partial, Paragraphs(paragraph).Only().Kind);

    [Fact]
    public void Headline_phrase_in_single_marks_is_partial()
    {
        var result = Article("Merkel says deal 'still possible' after late-night talks", [], []);
        Assert.Equal(QuoteKind.Partial, result.Only().Kind);
    }

    [Theory]
    [InlineData("She appeared on CNN's \"State of the Union\" on Sunday and said the bill would pass.")] // possessive + title
    [InlineData("He was interviewed on NBC News' \"Meet the Press,\" which airs on Sundays.")]
    [InlineData("The novel \"Beloved\" was published in 1987.")] // a book named after its noun
    [InlineData("The so-called \"peace dividend\" never arrived.")]
    [InlineData("Critics dismissed the \"reform\" as cosmetic.")] // scare quotes, nobody speaks
    [InlineData("Ukraine has received several \"Patriot\" systems from its allies.")] // followed by what it names
    [InlineData("The network launched a show called \"Face the Nation\" in 1954.")]
    [InlineData("乌方请求提供更多防空系统，特别是“爱国者”导弹系统。")]
    [InlineData("该国部署了“天穹”防空系统。")]
    [InlineData("所谓“和平计划”实际上是一份投降书。")]
    [InlineData("当局下令居民撤离“战区”。")]
    [InlineData("一部名为“归途”的纪录片周五上映。")]
    public void Names_titles_and_terms_are_terms_with_no_speaker(string paragraph)
    {
        var quote = Paragraphs(paragraph).Only();
        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_book_title_in_a_sentence_with_a_speech_verb_is_still_a_term()
    {
        var result = Paragraphs("Smith, who wrote the book \"The Long Night,\" said the talks would fail.");
        var quote = result.Only();
        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.Speaker);
        Assert.Empty(result.Speakers);
    }

    [Fact]
    public void A_term_introduced_by_suowei_after_a_speech_verb_is_not_attributed()
    {
        var quote = Paragraphs("王毅表示，所谓“新冷战”是错误的。").Only();
        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Memoir_title_is_a_term_and_the_phrase_after_it_is_partial()
    {
        var result = Paragraphs("Obama, whose memoir \"A Promised Land\" sold millions, said he was \"deeply grateful.\"");
        Assert.Equal(QuoteKind.Term, result.Quote("A Promised Land").Kind);
        Assert.Null(result.Quote("A Promised Land").Speaker);
        Assert.Equal(QuoteKind.Partial, result.Quote("deeply grateful").Kind);
        Assert.Equal("Obama", result.Quote("deeply grateful").Speaker);
    }

    [Fact]
    public void A_long_verb_phrase_without_a_speech_verb_is_partial_not_a_term()
    {
        // Nobody "says" anything, but the words are clearly someone's, not a name: the subject's.
        var quote = Paragraphs("俄罗斯总统普京周二与法国总统通话，以求双方“尽快恢复对话”。").Only();
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("普京", quote.Speaker);
    }

    [Fact]
    public void A_quote_inside_a_quote_belongs_to_the_outer_speaker()
    {
        var result = Paragraphs("\"He told me 'the deal is done' and walked out,\" Senator Chris Murphy said.");
        Assert.Equal(QuoteKind.Direct, result.Quote("He told me").Kind);
        var inner = result.Quote("the deal is done");
        Assert.Equal(QuoteKind.Partial, inner.Kind);
        Assert.Equal("Chris Murphy", inner.Speaker); // the text never shortens him to "Murphy"
    }
}
