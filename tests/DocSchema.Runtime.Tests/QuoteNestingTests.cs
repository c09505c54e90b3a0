using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class QuoteNestingTests
{
    // depth quotes nested inside each other: [0, 2·depth), [1, 2·depth − 1), …
    private static TextSpan[] Nested(int depth) => Enumerable.Range(0, depth).Select(i => TextSpan.FromBounds(i, 2 * depth - i)).ToArray();

    [Fact]
    public void Quotes_nested_up_to_the_limit_are_all_kept()
    {
        var quotes = Nested(QuoteNesting.MaxDepth);

        Assert.Equal(quotes, QuoteNesting.Limit(quotes));
    }

    [Fact]
    public void Quotes_nested_deeper_than_the_limit_are_left_out_the_outer_ones_kept()
    {
        var quotes = Nested(20_000);

        Assert.Equal(quotes.Take(QuoteNesting.MaxDepth), QuoteNesting.Limit(quotes));
    }

    [Fact]
    public void Quotes_side_by_side_do_not_count_as_nesting()
    {
        var quotes = Enumerable.Range(0, 100).Select(i => new TextSpan(i * 10, 5)).ToArray();

        Assert.Equal(quotes, QuoteNesting.Limit(quotes));
    }

    [Fact]
    public void After_a_deep_nest_a_later_quote_is_kept_again()
    {
        TextSpan later = new(100, 3);
        TextSpan[] quotes = [.. Nested(12), later];

        Assert.Equal([.. Nested(12).Take(QuoteNesting.MaxDepth), later], QuoteNesting.Limit(quotes));
    }

    [Fact]
    public void A_quote_ending_where_its_enclosing_quote_ends_is_inside_it()
    {
        // Two unclosed quotes both run to the paragraph's end.
        var quotes = Enumerable.Range(0, QuoteNesting.MaxDepth + 1).Select(i => TextSpan.FromBounds(i, 50)).ToArray();

        Assert.Equal(quotes.Take(QuoteNesting.MaxDepth), QuoteNesting.Limit(quotes));
    }
}
