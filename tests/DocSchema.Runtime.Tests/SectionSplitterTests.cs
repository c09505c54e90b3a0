using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class SectionSplitterTests
{
    // A Chinese translation, then its English original, the layout of the ABC bilingual page; the
    // third Chinese line quotes an English name, and one English line inside Chinese text is not a section.
    private const string Bilingual =
        "特朗普与普京通话\n" +
        "美国寻求停火。\n" +
        "白宫称这是“Truth Social”上的帖子。\n" +
        "Ceasefire talks\n" +
        "泽连斯基表示怀疑。\n" +
        "Trump and Putin spoke on Tuesday.\n" +
        "The White House said the call went well.\n" +
        "Zelenskyy was skeptical.";

    private static string[][] Texts(SourceText source, IReadOnlyList<IReadOnlyList<Block>> sections) =>
        sections.Select(s => s.Select(b => source.AsSpan(b.Span).ToString()).ToArray()).ToArray();

    [Fact]
    public void A_new_script_for_at_least_two_blocks_starts_a_section()
    {
        var source = SourceText.From(Bilingual);
        var blocks = BlockSplitter.Split(source, BlockMode.Lines);

        var sections = Texts(source, SectionSplitter.ByScript(source, blocks));

        Assert.Equal(2, sections.Length);
        Assert.Equal("泽连斯基表示怀疑。", sections[0][^1]);
        Assert.Contains("Ceasefire talks", sections[0]);
        Assert.Equal(["Trump and Putin spoke on Tuesday.", "The White House said the call went well.", "Zelenskyy was skeptical."], sections[1]);
        Assert.True(SectionSplitter.HasSections(source, blocks, Script.Han, Script.Latin));
        Assert.False(SectionSplitter.HasSections(source, blocks, Script.Latin, Script.Han));
        Assert.False(SectionSplitter.HasSections(source, blocks, Script.Han));
    }

    [Fact]
    public void Scoring_then_splitting_the_same_blocks_gives_what_splitting_alone_gives()
    {
        // Under --schema auto, HasSections (Score) and ByScript (Parse) read the same blocks; the
        // scripts the first works out are kept with the SourceText for the second.
        var scored = SourceText.From(Bilingual);
        var blocks = BlockSplitter.Split(scored, BlockMode.Lines);
        Assert.True(SectionSplitter.HasSections(scored, blocks, Script.Han, Script.Latin));
        var afterScoring = Texts(scored, SectionSplitter.ByScript(scored, BlockSplitter.Split(scored, BlockMode.Lines)));

        var fresh = SourceText.From(Bilingual);
        Assert.Equal(Texts(fresh, SectionSplitter.ByScript(fresh, BlockSplitter.Split(fresh, BlockMode.Lines))), afterScoring);
    }

    [Fact]
    public void The_kept_scripts_answer_for_a_span_that_is_exactly_a_block()
    {
        // What the section split keeps lets an English paragraph that is a whole block skip the
        // detector's tally; any other span gets no answer and is tallied as before.
        var source = SourceText.From(Bilingual);
        var blocks = BlockSplitter.Split(source, BlockMode.Lines);
        SectionSplitter.ByScript(source, blocks);
        var kept = source.BlockScripts!;

        Assert.Equal(Script.Han, kept.Of(blocks[0].Span)?.Script);
        Assert.Equal(Script.Latin, kept.Of(blocks[3].Span)?.Script);
        Assert.Equal(Script.Latin, kept.Of(blocks[^1].Span)?.Script);
        Assert.Null(kept.Of(new TextSpan(blocks[5].Span.Start, blocks[5].Span.Length - 1)));
        Assert.Null(kept.Of(new TextSpan(blocks[5].Span.Start + 1, blocks[5].Span.Length - 1)));
        Assert.Null(kept.Of(TextSpan.FromBounds(blocks[5].Span.Start, blocks[6].Span.End)));
    }

    [Fact]
    public void The_kept_language_of_a_block_is_what_the_detector_says_of_it_and_null_when_it_is_latin()
    {
        // Its paragraphs that are whole blocks take this instead of a tally of their own, so it must
        // be the detector's answer for every script: traditional Chinese, Japanese, Cyrillic, no letters.
        var source = SourceText.From(Bilingual + "\n特朗普與普京通話，雙方討論停火。\nこれは日本語の文です。\nЭто русский текст.\n2026-03-18");
        var blocks = BlockSplitter.Split(source, BlockMode.Lines);
        SectionSplitter.ByScript(source, blocks);
        var kept = source.BlockScripts!;

        var languages = new List<string>();
        foreach (var block in blocks)
        {
            var text = source.AsSpan(block.Span);
            var known = Assert.NotNull(kept.Of(block.Span));
            Assert.Equal(LanguageDetector.DominantScript(text), known.Script);
            if (known.Script == Script.Latin) Assert.Null(known.Language);
            else Assert.Equal(LanguageDetector.Detect(text), known.Language);
            languages.Add(LanguageDetector.DetectKnown(text, known, out bool hanAtLeastHalfLatin));
            Assert.Equal(QuoteParagraph.IsMostlyHan(source.Text, block.Span), hanAtLeastHalfLatin);
            Assert.Equal(LanguageDetector.Detect(text), languages[^1]);
        }

        Assert.Equal(["zh-Hans", "zh-Hans", "zh-Hans", "en", "zh-Hans", "en", "en", "en", "zh-Hant", "ja", "ru", LanguageDetector.Undetermined], languages);
    }

    [Fact]
    public void Other_blocks_of_the_same_text_get_their_own_scripts()
    {
        var source = SourceText.From(Bilingual);
        var blocks = BlockSplitter.Split(source, BlockMode.Lines);
        Assert.True(SectionSplitter.HasSections(source, blocks, Script.Han, Script.Latin));

        // The caller changes its own list afterwards: the English lines are gone.
        var chineseOnly = blocks[..5];
        Assert.False(SectionSplitter.HasSections(source, chineseOnly, Script.Han, Script.Latin));
        Assert.Single(SectionSplitter.ByScript(source, chineseOnly));

        // Same count, different blocks: the English lines first.
        blocks.AsSpan().Reverse();
        Assert.True(SectionSplitter.HasSections(source, blocks, Script.Latin, Script.Han));
    }
}
