using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>The paragraph's word and verb searches and its gap test, against their plain definitions on seeded random text.</summary>
public class QuoteParagraphSearchTests
{
    private static readonly string[] s_pieces =
    [
        "Trump", "said", "the", "President", "told", "reporters", "Mr.", "Zelenskyy", "added", "of", "state", "U.S.",
        " ", " ", " ", "  ", "\t", "\u00A0", "\u3000", ", ", ". ", "; ", " \"", "\" ", " “", "” ", " - ", "(", ")", "'s",
    ];

    [Fact]
    public void Only_spaces_before_a_word_is_the_gap_being_only_spaces_for_every_word_and_floor()
    {
        var random = new Random(20261123);
        for (int round = 0; round < 400; round++)
        {
            var p = RandomParagraph(random);
            for (int w = 0; w < p.Words.Count; w++)
            {
                // Floors before the paragraph, at and between words, and past the word's start (a
                // floor is an offset in the text, never negative).
                foreach (int floor in new[] { 0, p.Span.Start, w > 0 ? p.Words[w - 1].End - 1 : 0, p.Words[w].Start - 1, p.Words[w].Start, p.Words[w].Start + 1 })
                    Assert.Equal(QuoteParagraph.OnlySpaces(p.GapBefore(w, Math.Max(0, floor))), p.OnlySpacesBefore(w, Math.Max(0, floor)));
            }
        }
    }

    [Fact]
    public void The_word_and_verb_at_or_after_an_offset_are_the_first_whose_start_is_not_before_it()
    {
        var random = new Random(907);
        for (int round = 0; round < 400; round++)
        {
            var p = RandomParagraph(random);
            for (int offset = p.Span.Start - 2; offset <= p.Span.End + 2; offset++)
            {
                Assert.Equal(p.Words.Count(word => word.Start < offset), p.WordAtOrAfter(offset));
                Assert.Equal(p.Verbs.Count(verb => verb.Start < offset), p.VerbIndexAtOrAfter(offset));
            }

            // Offsets as far from every start as an int goes: the search compares by a difference,
            // which must not overflow.
            foreach (int offset in new[] { int.MinValue, int.MinValue + 1, -1, int.MaxValue - 1, int.MaxValue })
            {
                Assert.Equal(p.Words.Count(word => word.Start < offset), p.WordAtOrAfter(offset));
                Assert.Equal(p.Verbs.Count(verb => verb.Start < offset), p.VerbIndexAtOrAfter(offset));
            }
        }
    }

    [Fact]
    public void The_sentence_at_an_offset_is_the_last_one_starting_at_or_before_it_and_the_first_before_them_all()
    {
        var random = new Random(23);
        int sentences = 0;
        for (int round = 0; round < 400; round++)
        {
            var p = RandomParagraph(random);
            sentences += p.Sentences.Count;
            for (int offset = p.Span.Start - 2; offset <= p.Span.End + 2; offset++)
            {
                var expected = p.Sentences.LastOrDefault(sentence => sentence.Start <= offset, p.Sentences[0]);
                Assert.Equal(expected, p.SentenceAt(offset));
            }
        }

        Assert.True(sentences > 600, $"only {sentences} sentences"); // about two a paragraph
    }

    [Fact]
    public void An_offset_is_in_a_quote_only_inside_the_paragraph_and_where_the_first_offset_outside_quotes_is_further_on()
    {
        var random = new Random(5);
        int inside = 0;
        for (int round = 0; round < 400; round++)
        {
            var p = RandomParagraph(random, quoted: true);
            for (int offset = p.Span.Start - 3; offset <= p.Span.End + 3; offset++)
            {
                bool expected = offset >= p.Span.Start && offset < p.Span.End && p.OutsideQuotesFrom(offset) > offset;
                Assert.Equal(expected, p.InQuote(offset));
                inside += expected ? 1 : 0;
            }
        }

        Assert.True(inside > 1000, $"only {inside} offsets in quotes");
    }

    [Fact]
    public void The_first_and_last_offsets_in_a_quote_between_two_offsets_are_those_in_quote_found_one_by_one()
    {
        var random = new Random(6);
        int found = 0;
        for (int round = 0; round < 400; round++)
        {
            var p = RandomParagraph(random, quoted: true);
            for (int from = p.Span.Start; from <= p.Span.End; from++)
            {
                for (int to = from; to <= p.Span.End; to += 1 + random.Next(4))
                {
                    int first = from;
                    while (first < to && !p.InQuote(first)) first++;
                    int last = to - 1;
                    while (last >= from && !p.InQuote(last)) last--;
                    Assert.Equal(first, p.FirstInQuote(from, to));
                    Assert.Equal(last, p.LastInQuote(from, to));
                    found += first < to ? 1 : 0;
                }
            }
        }

        Assert.True(found > 10_000, $"only {found} ranges with a quoted offset");
    }

    // A paragraph of random words, spaces and punctuation after a random prefix, so that its span
    // does not start at the text's start.
    private static QuoteParagraph RandomParagraph(Random random, bool quoted = false)
    {
        var text = new System.Text.StringBuilder(new string('x', random.Next(0, 5)));
        int start = text.Length;
        for (int k = random.Next(0, 40); k > 0; k--)
        {
            text.Append(s_pieces[random.Next(s_pieces.Length)]);
            if (quoted && random.Next(6) == 0) text.Append(random.Next(2) == 0 ? " “" : "” ");
        }

        var whole = text.ToString();
        var span = new TextSpan(start, whole.Length - start);
        return new QuoteParagraph(whole, span, QuoteScanner.Scan(whole, span));
    }
}
