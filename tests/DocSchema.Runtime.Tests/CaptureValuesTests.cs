using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>The typed values of custom roles' captures: numbers and months read trimmed, absent ones null.</summary>
public class CaptureValuesTests
{
    // " 19 |３月 | x |2025" with the spans of each part, the spaces around them included.
    private static readonly SourceText s_source = SourceText.From(" 19 |３月 | x |2025");
    private static readonly TextSpan s_day = new(0, 4), s_month = new(5, 3), s_word = new(9, 3), s_year = new(13, 4);

    [Fact]
    public void Numbers_and_months_are_read_from_their_spans_trimmed()
    {
        Assert.Equal(19, CaptureValues.Int(s_source, s_day));
        Assert.Equal(2025, CaptureValues.Int(s_source, s_year));
        Assert.Equal(3, CaptureValues.Month(s_source, s_month));
        Assert.Null(CaptureValues.Int(s_source, s_word));
        Assert.Null(CaptureValues.Month(s_source, s_word));
        Assert.Null(CaptureValues.Int(s_source, null));
        Assert.Null(CaptureValues.Month(s_source, null));
    }

    [Fact]
    public void Lists_keep_the_spans_that_hold_a_number_in_order()
    {
        Assert.Equal([19, 2025], CaptureValues.IntList(s_source, [s_day, s_word, s_year]));
        Assert.Equal([3], CaptureValues.MonthList(s_source, [s_word, s_month]));
    }

    [Fact]
    public void A_span_outside_the_text_is_refused()
    {
        var outside = new TextSpan(14, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => CaptureValues.Int(s_source, outside));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaptureValues.Month(s_source, outside));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaptureValues.IntList(s_source, [outside]));
    }
}
