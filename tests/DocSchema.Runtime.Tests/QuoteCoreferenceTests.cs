using DocSchema.Runtime.Quotes;
using static DocSchema.Runtime.Tests.QuoteAttributionHarness;

namespace DocSchema.Runtime.Tests;

/// <summary>Mentions of one speaker meet in one <see cref="Speaker"/>, named as the text names them.</summary>
public class QuoteCoreferenceTests
{
    [Fact]
    public void Titled_full_name_surname_and_role_are_one_speaker_named_by_the_surname()
    {
        var result = Paragraphs(
            "Prime Minister Mark Carney said Canada would respond in kind.",
            "\"We will not be pushed around,\" Carney said.",
            "The prime minister called the tariffs \"unjustified.\"");
        var speaker = Assert.Single(result.Speakers);
        Assert.Equal("Carney", speaker.Name);
        Assert.Equal(SpeakerKind.Person, speaker.Kind);
        Assert.Contains("Prime Minister Mark Carney", speaker.Mentions);
        Assert.Contains("The prime minister", speaker.Mentions);
        Assert.DoesNotContain("Carney", speaker.Mentions);
        Assert.Equal(["We will not be pushed around,", "unjustified."], speaker.Quotes.Select(q => q.Text.Text));
        Assert.All(speaker.Quotes, q => Assert.Equal("Carney", q.Speaker));
    }

    [Fact]
    public void A_title_with_of_inside_names_its_holder_for_a_later_role()
    {
        // "Secretary of State Marco Rubio": the run of the titled name goes on through "of", a
        // connector between capitalised words, so "the secretary of state" finds Marco Rubio.
        var result = Paragraphs(
            "Secretary of State Marco Rubio met Sergei Lavrov in Riyadh on Tuesday.",
            "“We will talk again,” the secretary of state said.");
        Assert.Equal("Marco Rubio", result.Quote("We will talk again").Speaker);
    }

    [Fact]
    public void Chinese_transliterated_full_name_and_surname_are_one_speaker()
    {
        var result = Paragraphs(
            "俄罗斯总统弗拉基米尔·普京周三发表讲话。",
            "“西方必须尊重我们的利益，”普京说。",
            "总统还称，俄方“愿意谈判”。");
        var speaker = Assert.Single(result.Speakers);
        Assert.Equal("普京", speaker.Name);
        Assert.Contains("弗拉基米尔·普京", speaker.Mentions);
        Assert.Equal(2, speaker.Quotes.Count);
    }

    [Fact]
    public void A_sentence_with_no_comma_names_its_opening_subject_up_to_its_full_stop()
    {
        // The subject a sentence opens with runs to its first clause mark or, with none, to the
        // 。 that ends it, which is not part of the mention (found when the clause search replaced
        // a walk: without the 。 as a stop, the mention was lost).
        var result = Paragraphs(
            "克里姆林宫的声明称，俄方“不排除”进一步谈判。",
            "克里姆林宫发布的新文章。");
        var speaker = Assert.Single(result.Speakers);
        Assert.Equal("克里姆林宫", speaker.Name);
        Assert.Contains("克里姆林宫发布的新文章", speaker.Mentions);
    }

    [Fact]
    public void People_sharing_a_surname_stay_apart_when_their_full_names_differ()
    {
        var result = Paragraphs(
            "\"The bill is dead,\" Senator Ted Kennedy said.",
            "\"The bill is alive,\" Caroline Kennedy said.");
        Assert.Equal(["Ted Kennedy", "Caroline Kennedy"], result.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void A_body_with_and_without_the_article_is_one_speaker()
    {
        var result = Paragraphs(
            "\"The talks will continue,\" the State Department said.",
            "The State Department also said the meeting was \"productive.\"");
        var speaker = Assert.Single(result.Speakers);
        Assert.Equal("State Department", speaker.Name);
        Assert.Equal(SpeakerKind.Organization, speaker.Kind);
        Assert.Empty(speaker.Mentions);
    }

    [Fact]
    public void Speakers_come_in_order_of_their_first_quote_and_list_quotes_in_reading_order()
    {
        var result = Article(
            null,
            ["\"First,\" Mayor Anne Hidalgo said.", "\"Second,\" Governor Kathy Hochul said.", "\"Third,\" Hidalgo added."],
            ["Hidalgo said the games were \"a triumph.\""]);
        Assert.Equal(["Hidalgo", "Kathy Hochul"], result.Speakers.Select(s => s.Name));
        Assert.Equal(["First,", "Third,", "a triumph."], result.Speakers[0].Quotes.Select(q => q.Text.Text));
    }

    [Fact]
    public void Terms_and_unattributed_quotes_have_no_speaker_entry()
    {
        var result = Paragraphs("The so-called \"shadow fleet\" is growing.");
        Assert.Empty(result.Speakers);
    }

    [Fact]
    public void Surname_of_a_name()
    {
        Assert.Equal("King", SpeakerNames.Surname("Martin Luther King Jr.", isOrganization: false));
        Assert.Equal("泽连斯基", SpeakerNames.Surname("弗拉基米尔·泽连斯基", isOrganization: false));
        Assert.Equal("Vance", SpeakerNames.Surname("J.D. Vance", isOrganization: false));
        Assert.Equal("White House", SpeakerNames.Surname("White House", isOrganization: true));
    }
}
