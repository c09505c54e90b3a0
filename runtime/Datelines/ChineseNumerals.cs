namespace DocSchema.Runtime.Datelines;

/// <summary>
/// Reads whole numbers written with Chinese numerals, as datelines use them: digit by digit
/// (二〇二五), or with a tens sign (十九, 二十, 三十一, 廿一, 卅).
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>The value of a Chinese digit (〇 零 一 … 九 and 两), or -1.</summary>
    internal static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>True when <paramref name="c"/> can begin a Chinese numeral.</summary>
    internal static bool IsNumeral(char c) => DigitValue(c) >= 0 || c is '十' or '廿' or '卅';

    /// <summary>The number <paramref name="text"/> spells, or null when it is not one or does not fit an int.</summary>
    internal static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;

        var tens = text.IndexOfAny('十', '廿', '卅');
        if (tens < 0) return ParsePositional(text);

        // A number below 100: [digit] 十 [digit], 廿 [digit] (20–29) or 卅 [digit] (30–39).
        int tensValue;
        if (text[tens] == '十')
        {
            if (tens == 0) tensValue = 1;
            else if (tens == 1 && DigitValue(text[0]) is > 0 and var d) tensValue = d;
            else return null;
        }
        else
        {
            if (tens != 0) return null;
            tensValue = text[0] == '廿' ? 2 : 3;
        }

        var rest = text[(tens + 1)..];
        if (rest.IsEmpty) return tensValue * 10;
        return rest.Length == 1 && DigitValue(rest[0]) is > 0 and var ones ? tensValue * 10 + ones : null;
    }

    private static int? ParsePositional(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit < 0 || value > (int.MaxValue - digit) / 10) return null;
            value = value * 10 + digit;
        }
        return value;
    }
}
