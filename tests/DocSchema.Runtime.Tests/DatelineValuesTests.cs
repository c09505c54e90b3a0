using DocSchema.Runtime.Datelines;

namespace DocSchema.Runtime.Tests;

public class DatelineValuesTests
{
    [Theory]
    [InlineData("20", 20)]
    [InlineData("0", 0)]
    [InlineData("07", 7)]
    [InlineData("2025", 2025)]
    [InlineData("２０", 20)]
    [InlineData("２０25", 2025)]
    [InlineData(" 19 ", 19)]
    [InlineData("\u300018\u3000", 18)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("两", 2)]
    [InlineData("零", 0)]
    [InlineData("〇", 0)]
    [InlineData("十", 10)]
    [InlineData("十九", 19)]
    [InlineData("一十", 10)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("三十一", 31)]
    [InlineData("九十九", 99)]
    [InlineData("廿", 20)]
    [InlineData("廿一", 21)]
    [InlineData("廿九", 29)]
    [InlineData("卅", 30)]
    [InlineData("卅一", 31)]
    [InlineData("二〇二五", 2025)]
    [InlineData("一九九七", 1997)]
    [InlineData("二零零八", 2008)]
    public void ParseInt_ReadsNumbers(string text, int expected) => Assert.Equal(expected, DatelineValues.ParseInt(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("20日")]
    [InlineData("2a")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1,000")]
    [InlineData("1.5")]
    [InlineData("2 0")]
    [InlineData("٣")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999")]
    [InlineData("三〇二五二〇二五二〇")]  // 3,025,202,520: positional, out of int range
    [InlineData("十十")]
    [InlineData("二十二十")]
    [InlineData("一二十")]
    [InlineData("零十")]
    [InlineData("二十零")]
    [InlineData("十二三")]
    [InlineData("廿十")]
    [InlineData("一廿")]
    [InlineData("卅卅")]
    [InlineData("2十")]
    [InlineData("二2")]
    [InlineData("百")]
    [InlineData("月")]
    public void ParseInt_RejectsWhatIsNotANumber(string text) => Assert.Null(DatelineValues.ParseInt(text));

    [Fact]
    public void ParseInt_ReadsEveryShortStringOfDigitsSpacesAndLettersAsTheirTrimmedDigits()
    {
        // Every string of one to three characters over ASCII and full-width digits, white space and
        // a letter: the one- and two-digit strings ParseInt reads at once, and all those it trims
        // or refuses, against the rule written out (trimmed, all digits of either kind).
        const string alphabet = "0179０９ \u3000a";
        var strings = alphabet.Select(c => c.ToString()).ToList();
        strings.AddRange(from a in alphabet from b in alphabet select $"{a}{b}");
        strings.AddRange(from a in alphabet from b in alphabet from c in alphabet select $"{a}{b}{c}");
        foreach (var text in strings)
        {
            var trimmed = text.Trim();
            int? expected = trimmed.Length > 0 && trimmed.All(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９')
                ? trimmed.Aggregate(0, (value, c) => (value * 10) + (char.IsAsciiDigit(c) ? c - '0' : c - '０'))
                : null;
            Assert.True(expected == DatelineValues.ParseInt(text), $"'{text}': expected {expected?.ToString() ?? "null"}, got {DatelineValues.ParseInt(text)?.ToString() ?? "null"}");
        }
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("03", 3)]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    [InlineData("3月", 3)]
    [InlineData("3 月", 3)]
    [InlineData("１２月", 12)]
    [InlineData("三月", 3)]
    [InlineData("十二月", 12)]
    [InlineData("十一", 11)]
    [InlineData("January", 1)]
    [InlineData("Jan.", 1)]
    [InlineData("february", 2)]
    [InlineData("Feb", 2)]
    [InlineData("March", 3)]
    [InlineData("MARCH", 3)]
    [InlineData("march", 3)]
    [InlineData("Mar.", 3)]
    [InlineData("mAr", 3)]
    [InlineData("April", 4)]
    [InlineData("Apr.", 4)]
    [InlineData("May", 5)]
    [InlineData("May.", 5)]
    [InlineData("June", 6)]
    [InlineData("Jun", 6)]
    [InlineData("July", 7)]
    [InlineData("Jul.", 7)]
    [InlineData("August", 8)]
    [InlineData("Aug", 8)]
    [InlineData("September", 9)]
    [InlineData("Sept.", 9)]
    [InlineData("SEPT", 9)]
    [InlineData("Sep.", 9)]
    [InlineData("October", 10)]
    [InlineData("Oct", 10)]
    [InlineData("November", 11)]
    [InlineData("Nov.", 11)]
    [InlineData("December", 12)]
    [InlineData("Dec", 12)]
    [InlineData("December.", 12)]
    [InlineData(" March ", 3)]
    [InlineData("Ｍａｒ．", 3)]
    public void ParseMonth_ReadsMonths(string text, int expected) => Assert.Equal(expected, DatelineValues.ParseMonth(text));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("13")]
    [InlineData("20")]
    [InlineData("0月")]
    [InlineData("十三月")]
    [InlineData("月")]
    [InlineData("月3")]
    [InlineData("3月月")]
    [InlineData("March月")]
    [InlineData(".")]
    [InlineData("Ma")]
    [InlineData("Marc")]
    [InlineData("Mar..")]
    [InlineData("Septem")]
    [InlineData("Mayo")]
    [InlineData("Juni")]
    [InlineData("Mär")]
    [InlineData("3.")]
    public void ParseMonth_RejectsWhatIsNotAMonth(string text) => Assert.Null(DatelineValues.ParseMonth(text));
}
