using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class SourceTextTests
{
    // Line 0 "ab" CRLF, line 1 "cd" CR, line 2 "ef" LF, line 3 "gh" U+2028, line 4 "ij" U+2029,
    // line 5 "kl" U+0085, line 6 "mn".
    private const string MixedBreaks = "ab\r\ncd\ref\ngh\u2028ij\u2029kl\u0085mn";

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(2, 0, 2)]   // the CR of CRLF
    [InlineData(3, 0, 3)]   // the LF of CRLF still belongs to line 0
    [InlineData(4, 1, 0)]
    [InlineData(6, 1, 2)]
    [InlineData(7, 2, 0)]
    [InlineData(10, 3, 0)]
    [InlineData(13, 4, 0)]
    [InlineData(16, 5, 0)]
    [InlineData(19, 6, 0)]
    [InlineData(21, 6, 2)]  // the end of the text
    public void GetLinePosition_CountsEveryLineBreak(int offset, int line, int character)
    {
        Assert.Equal(new LinePosition(line, character), SourceText.From(MixedBreaks).GetLinePosition(offset));
    }

    [Fact]
    public void GetLinePosition_OfTheOrientalDailySample()
    {
        var text = Samples.Read(Samples.OrientalDaily);
        var source = SourceText.From(text, "oriental-daily.txt");

        var position = source.GetLinePosition(text.IndexOf("热门新闻", StringComparison.Ordinal));

        Assert.Equal(new LinePosition(44, 0), position);
        Assert.Equal("45:1", position.ToString());
        Assert.Equal(160, source.GetLinePosition(source.Length).Line);
        Assert.Equal("oriental-daily.txt", source.Name);
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("a\n", 2, 1, 0)]
    [InlineData("\r\r", 2, 2, 0)]
    [InlineData("\r\n\r\n", 4, 2, 0)]
    public void GetLinePosition_AtTheEnd(string text, int offset, int line, int character)
    {
        Assert.Equal(new LinePosition(line, character), SourceText.From(text).GetLinePosition(offset));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(22)]
    public void GetLinePosition_OutsideTheText_Throws(int offset)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SourceText.From(MixedBreaks).GetLinePosition(offset));
    }

    [Fact]
    public void Trim_RemovesWhiteSpaceBomAndZeroWidthMarks()
    {
        const string text = "\uFEFF\u3000 \t(华盛顿20日讯)\u200B\u200D\u2060\r\n";
        var source = SourceText.From(text);

        var trimmed = source.Trim(new TextSpan(0, text.Length));

        Assert.Equal(TextSpan.FromBounds(4, 4 + "(华盛顿20日讯)".Length), trimmed);
        Assert.Equal("(华盛顿20日讯)", source.AsSpan(trimmed).ToString());
    }

    [Fact]
    public void Trim_OfASubSpan_StaysInsideIt()
    {
        var source = SourceText.From("  one  two  ");

        Assert.Equal(new TextSpan(2, 3), source.Trim(new TextSpan(1, 5)));
        Assert.Equal(new TextSpan(7, 3), source.Trim(TextSpan.FromBounds(5, 10)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\uFEFF\u200B\n\r\t")]
    public void Trim_OfBlankText_IsEmpty(string text)
    {
        var source = SourceText.From(text);

        Assert.True(source.Trim(new TextSpan(0, text.Length)).IsEmpty);
        Assert.Null(source.Value(new TextSpan(0, text.Length)));
    }

    [Fact]
    public void Value_IsTheTrimmedOriginalTextWithItsSpan()
    {
        var source = SourceText.From("x\u3000 “在要求和需求方面” \ny");

        var value = source.Value(TextSpan.FromBounds(1, source.Length - 1));

        Assert.NotNull(value);
        Assert.Equal("“在要求和需求方面”", value.Value.Text);
        Assert.Equal(new TextSpan(3, 10), value.Value.Span);
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('\u3000', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('\u200B', true)]
    [InlineData('\u2028', true)]
    [InlineData('a', false)]
    [InlineData('、', false)]
    [InlineData('\u00AD', false)]
    public void IsTrimmable(char c, bool expected) => Assert.Equal(expected, SourceText.IsTrimmable(c));

    [Fact]
    public void IsTrimmable_IsWhiteSpaceOrAZeroWidthMark_ForEveryUtf16Unit()
    {
        // The ranged fast path must answer exactly what the rule says, everywhere.
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool rule = char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060';
            Assert.True(rule == SourceText.IsTrimmable(c), $"U+{i:X4}: expected {rule}");
        }
    }

    [Fact]
    public void From_RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => SourceText.From(null!));
    }

    [Fact]
    public void From_WithoutInputDiagnostics_HasNone()
    {
        Assert.Empty(SourceText.From("text").InputDiagnostics);
    }

    [Fact]
    public void From_KeepsACopyOfTheInputDiagnostics()
    {
        var diagnostics = new List<InputDiagnostic> { new("DS2005", DiagnosticSeverity.Warning, "bad bytes", new TextSpan(1, 1)) };

        var source = SourceText.From("a\uFFFDb", "a.txt", diagnostics);
        diagnostics.Clear();

        Assert.Equal("DS2005", Assert.Single(source.InputDiagnostics).Id);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(2, 2)]
    [InlineData(-1, 1)]
    public void From_RejectsAnInputDiagnosticOutsideTheText(int start, int length)
    {
        var diagnostic = new InputDiagnostic("DS2005", DiagnosticSeverity.Warning, "bad bytes", new TextSpan(start, length));

        Assert.Throws<ArgumentOutOfRangeException>(() => SourceText.From("abc", null, [diagnostic]));
    }
}
