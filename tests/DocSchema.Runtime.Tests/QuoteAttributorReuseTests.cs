using System.Text;
using DocSchema.Runtime.Quotes;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A thread's attributor, with its tables and buffers, serves one section after another (the cache
/// in <see cref="QuoteAttributor"/>): nothing it learnt from one section may reach the next.
/// </summary>
public class QuoteAttributorReuseTests
{
    [Fact]
    public void A_pronoun_does_not_reach_back_to_the_previous_sections_speaker()
    {
        var before = Paragraphs("\"We will respond,\" Prime Minister Mark Carney said.");
        Assert.Equal("Mark Carney", before.Only().Speaker);

        var after = Paragraphs("\"It was a fine day,\" he said.");
        Assert.Null(after.Only().Speaker);
    }

    [Fact]
    public void A_role_does_not_name_whoever_held_it_in_the_previous_section()
    {
        var before = Paragraphs("Prime Minister Mark Carney said Canada would \"respond in kind.\"");
        Assert.Equal("Mark Carney", before.Only().Speaker);

        var after = Paragraphs("\"No comment,\" the prime minister said.");
        Assert.NotEqual("Mark Carney", after.Only().Speaker);
        Assert.DoesNotContain(after.Speakers, s => s.Name.Contains("Carney", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_does_not_join_the_previous_sections_person()
    {
        Paragraphs("\"The bill is dead,\" Senator Ted Kennedy said.");

        var after = Paragraphs("\"The bill is alive,\" Kennedy said.");
        var speaker = Assert.Single(after.Speakers);
        Assert.Equal("Kennedy", speaker.Name);
        Assert.DoesNotContain("Senator Ted Kennedy", speaker.Mentions);
    }

    [Fact]
    public void A_speaker_made_anew_keeps_nothing_of_the_one_whose_object_it_reuses()
    {
        // The first section's one speaker, a body, is the object the second section's first
        // speaker, a person, is made from (the resolver keeps its speakers for reuse).
        var before = Paragraphs("\"We will respond,\" the White House press secretary's office said in a statement.");
        Assert.Equal(SpeakerKind.Organization, Assert.Single(before.Speakers).Kind);

        var after = Paragraphs("\"The bill is alive,\" Kennedy said.");
        var speaker = Assert.Single(after.Speakers);
        Assert.Equal(("Kennedy", SpeakerKind.Person), (speaker.Name, speaker.Kind));
        Assert.Empty(speaker.Mentions);
    }

    [Fact]
    public void Sections_read_one_after_another_are_attributed_as_each_on_its_own()
    {
        // Sections cut from both sample articles' paragraphs at seeded places, attributed one after
        // another on this thread, each against the same section on a new thread (a cache of its own).
        var paragraphs = new[] { Samples.OrientalDaily, Samples.AbcBilingual }
            .SelectMany(name => Samples.Read(name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        var random = new Random(20261122);
        int compared = 0;
        for (int start = 0; start < paragraphs.Length; compared++)
        {
            int count = Math.Min(random.Next(1, 7), paragraphs.Length - start);
            var section = paragraphs[start..(start + count)];
            start += count;

            string inSequence = Describe(Paragraphs(section));
            string alone = "";
            var thread = new Thread(() => alone = Describe(Paragraphs(section)));
            thread.Start();
            thread.Join();
            Assert.Equal(alone, inSequence);
        }

        Assert.True(compared > 10, $"only {compared} sections compared");
    }

    // Every quote with its kind, paragraph and speaker, and every speaker with its mentions.
    private static string Describe(QuoteAttribution attribution)
    {
        var text = new StringBuilder();
        foreach (var quote in attribution.Quotes)
            text.Append($"quote {quote.Paragraph} {quote.Kind} [{quote.Speaker}] {quote.Text.Text}\n");
        foreach (var speaker in attribution.Speakers)
            text.Append($"speaker {speaker.Name} {speaker.Kind} ({string.Join(" | ", speaker.Mentions)}) {speaker.Quotes.Count}\n");
        return text.ToString();
    }
}
