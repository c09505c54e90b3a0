using System.Text.Json;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A speaker's quote is written with the caption it comes from (<see cref="CaptionQuoteLookup"/>):
/// found by reference, looked through one by one up to <see cref="CaptionQuoteLookup.ScanLimit"/>
/// caption quotes and through a dictionary past that, with the same answers either way.
/// </summary>
public class CaptionQuoteLookupTests
{
    public static TheoryData<int> QuotesPerCaption => new() { 1, 2, CaptionQuoteLookup.ScanLimit / 3, CaptionQuoteLookup.ScanLimit, 40 };

    [Theory]
    [MemberData(nameof(QuotesPerCaption))]
    public void Each_caption_quote_gives_its_caption_and_nothing_else_gives_one(int perCaption)
    {
        // Three captions, the second quoting nothing.
        List<IReadOnlyList<Quote>> captions = [Quotes("a", perCaption), [], Quotes("c", perCaption)];
        var lookup = new CaptionQuoteLookup(captions);

        Assert.All(captions[0], quote => Assert.Equal(1, lookup.CaptionOf(quote)));
        Assert.All(captions[2], quote => Assert.Equal(3, lookup.CaptionOf(quote)));
        // A body quote, and a copy equal in value to a caption's (a headline's quote can be: paragraph 0).
        Assert.Null(lookup.CaptionOf(new Quote(new TextValue("body", new TextSpan(900, 4)), 2, "S", QuoteKind.Direct)));
        Assert.Null(lookup.CaptionOf(captions[2][perCaption - 1] with { }));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public void A_quote_listed_under_two_captions_is_the_later_ones(int perCaption)
    {
        var first = Quotes("a", perCaption);
        var shared = first[0];
        List<IReadOnlyList<Quote>> captions = [first, Quotes("b", perCaption), [shared]];

        Assert.Equal(3, new CaptionQuoteLookup(captions).CaptionOf(shared));
    }

    [Fact]
    public void With_no_caption_quotes_nothing_is_a_caption_quote()
    {
        var quote = Quotes("a", 1)[0];

        Assert.Null(new CaptionQuoteLookup([]).CaptionOf(quote));
        Assert.Null(new CaptionQuoteLookup([[], []]).CaptionOf(quote));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(40)]
    public void Speakers_json_gives_a_caption_quote_its_caption_and_no_paragraph(int perCaption)
    {
        var body = new Quote(new TextValue("body", new TextSpan(900, 4)), 4, "S", QuoteKind.Direct);
        List<IReadOnlyList<Quote>> captions = [[], Quotes("c", perCaption)];
        var speaker = new Speaker("S", SpeakerKind.Person, [], [body, .. captions[1]]);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            ArticleJsonWriter.WriteSpeakers(writer, [speaker], captions);
            writer.WriteEndObject();
        }

        var quotes = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("speakers")[0].GetProperty("quotes");
        Assert.Equal(1 + perCaption, quotes.GetArrayLength());
        Assert.Equal((4, JsonValueKind.Null), (quotes[0].GetProperty("paragraph").GetInt32(), quotes[0].GetProperty("caption").ValueKind));
        for (var i = 1; i <= perCaption; i++)
        {
            Assert.Equal(JsonValueKind.Null, quotes[i].GetProperty("paragraph").ValueKind);
            Assert.Equal(2, quotes[i].GetProperty("caption").GetInt32());
            Assert.Equal($"c{i - 1}", quotes[i].GetProperty("text").GetString());
        }
    }

    // Caption quotes as the attributor makes them: paragraph 0, one object each.
    private static List<Quote> Quotes(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Quote(new TextValue($"{prefix}{i}", new TextSpan(i * 10, 2)), 0, "S", QuoteKind.Partial))];
}
