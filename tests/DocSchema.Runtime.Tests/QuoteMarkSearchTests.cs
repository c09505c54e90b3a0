using System.Numerics;
using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

public class QuoteMarkSearchTests
{
    // Every mark QuoteMarks.Classify names, listed one by one (not as the runs the search tests).
    private const string Marks = "\"'\u201C\u201D\u2018\u2019\u301D\u301E\u301F\u300C\u300D\u300E\u300F\uFE41\uFE42\uFE43\uFE44\uFF02\uFF07";

    // Characters one code unit or one masked bit away from the marks' runs (‚ U+201A and ‛ U+201B
    // lie inside the mask of ‘’“”; 〜 U+301C, 〠 U+3020, ﹀ U+FE40, ﹅ U+FE45, ＃ U+FF03), the
    // ASCII and Han around them, and NUL, so that a range or a mask off by one is caught.
    private const string Neighbours = "\0\u201A\u201B\u201E\u2017\u2020\u300B\u3010\u301C\u3020\uFE40\uFE45\uFF01\uFF03\uFF06\uFF08\u007F\u0080 !#&(中文ab,。";

    [Fact]
    public void IsMark_names_exactly_the_characters_Classify_names_a_mark()
    {
        // The scanner jumps from mark to mark with the search: a mark it missed would be silently
        // ignored, an extra character classified as no mark (harmless but slow).
        int count = 0;
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            bool classified = QuoteMarks.Classify((char)c, out _) != QuoteMarkKind.None;
            Assert.True(classified == QuoteMarks.IsMark((char)c), $"U+{c:X4}: Classify says {classified}");
            Assert.Equal(classified, Marks.Contains((char)c));
            if (classified) count++;
        }

        Assert.Equal(19, count);
    }

    [Theory]
    [InlineData('\u201C', QuoteFamily.Double, QuoteMarkKind.Opening)] // “
    [InlineData('\u301D', QuoteFamily.Double, QuoteMarkKind.Opening)] // 〝
    [InlineData('\u201D', QuoteFamily.Double, QuoteMarkKind.Closing)] // ”
    [InlineData('\u301E', QuoteFamily.Double, QuoteMarkKind.Closing)] // 〞
    [InlineData('\u301F', QuoteFamily.Double, QuoteMarkKind.Closing)] // 〟
    [InlineData('"', QuoteFamily.Double, QuoteMarkKind.StraightDouble)]
    [InlineData('\uFF02', QuoteFamily.Double, QuoteMarkKind.StraightDouble)] // ＂
    [InlineData('\u2018', QuoteFamily.Single, QuoteMarkKind.LeftSingle)] // ‘
    [InlineData('\'', QuoteFamily.Single, QuoteMarkKind.StraightSingle)]
    [InlineData('\u2019', QuoteFamily.Single, QuoteMarkKind.StraightSingle)] // ’
    [InlineData('\uFF07', QuoteFamily.Single, QuoteMarkKind.StraightSingle)] // ＇
    [InlineData('\u300C', QuoteFamily.Corner, QuoteMarkKind.Opening)] // 「
    [InlineData('\uFE41', QuoteFamily.Corner, QuoteMarkKind.Opening)] // ﹁
    [InlineData('\u300D', QuoteFamily.Corner, QuoteMarkKind.Closing)] // 」
    [InlineData('\uFE42', QuoteFamily.Corner, QuoteMarkKind.Closing)] // ﹂
    [InlineData('\u300E', QuoteFamily.WhiteCorner, QuoteMarkKind.Opening)] // 『
    [InlineData('\uFE43', QuoteFamily.WhiteCorner, QuoteMarkKind.Opening)] // ﹃
    [InlineData('\u300F', QuoteFamily.WhiteCorner, QuoteMarkKind.Closing)] // 』
    [InlineData('\uFE44', QuoteFamily.WhiteCorner, QuoteMarkKind.Closing)] // ﹄
    internal void Classify_gives_each_mark_its_family_and_kind(char mark, QuoteFamily family, QuoteMarkKind kind)
    {
        Assert.Equal(kind, QuoteMarks.Classify(mark, out var found));
        Assert.Equal(family, found);
    }

    [Fact]
    public void Each_code_unit_alone_in_a_vector_is_found_at_its_lane_exactly_when_it_is_a_mark()
    {
        // A vector's test for every unit at every lane, with no other mark in the vector to hide a
        // lane it wrongly takes.
        int width = Vector<ushort>.Count;
        var vector = new char[width];
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            for (int lane = 0; lane < width; lane++)
            {
                Array.Fill(vector, 'a');
                vector[lane] = (char)c;
                Assert.Equal(QuoteMarks.IsMark((char)c) ? lane : -1, QuoteMarkSearch.IndexOfAny(vector));
            }
        }
    }

    [Fact]
    public void Every_path_finds_the_first_mark_where_IndexOfAny_does()
    {
        var random = new Random(20261123);
        var paths = new CharSearchChecks.Paths(text => QuoteMarkSearch.IndexOfAny(text), text => QuoteMarkSearch.IndexOfAnyScalar(text), text => QuoteMarkSearch.IndexOfAnyVector(text));
        foreach (var others in new[] { Neighbours, "abcdefgh ijk.,", "中文的新闻报道，。" })
            CharSearchChecks.AgreeWithIndexOfAny(random, Marks, others, paths);
    }

    [Fact]
    public void A_mark_in_every_place_of_a_long_text_is_found_there()
    {
        foreach (var filler in new[] { new string('中', 50), new string('a', 50) })
            CharSearchChecks.FindEveryMemberAtEveryPlace(Marks, filler, text => QuoteMarkSearch.IndexOfAny(text));
    }
}
