using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

public class SpeakerEntityTests
{
    [Fact]
    public void A_surface_is_kept_without_the_white_space_around_it_and_a_blank_one_not_at_all()
    {
        var entity = new SpeakerEntity(isOrganization: false, surname: "Trump");
        entity.AddSurface(" the president\u3000");
        entity.AddSurface("the president");
        entity.AddSurface("\t\u00A0 ");
        entity.AddSurface("");
        entity.AddSurface("总统\n");
        entity.AddSurface("the White House");
        entity.AddSurface("\u3000美国总统"); // white space beyond ASCII alone at an end
        entity.AddSurface("the commander in chief\u00A0");

        Assert.Equal(["the president", "总统", "the White House", "美国总统", "the commander in chief"], entity.OtherMentions("Trump", new KeySet()));
    }

    [Fact]
    public void Other_mentions_are_an_array_of_their_number_and_none_the_shared_empty_one()
    {
        var entity = new SpeakerEntity(isOrganization: false, surname: "Trump");
        entity.AddSurface("Trump");
        var seen = new KeySet();

        Assert.Same(Array.Empty<string>(), entity.OtherMentions("Trump", seen));

        for (int i = 0; i < 20; i++) entity.AddSurface("surface " + i);
        var mentions = Assert.IsType<string[]>(entity.OtherMentions("Trump", seen));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => "surface " + i), mentions);
    }
}
