namespace DocSchema.Runtime.Tests;

/// <summary>
/// Texts made of lines for the splitter's seeded tests: text, blank, space-only and zero-width
/// lines, leading and trailing white space, Chinese, every kind of line break, with or without a
/// final break.
/// </summary>
internal static class SeededLineTexts
{
    private static readonly string[] Breaks = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"];
    private static readonly string[] Lines = ["a", "bc d", "  e", "字字", "\u3000f", "g  ", "", " ", "\u200B"];

    /// <summary>A text of fewer than <paramref name="maxLines"/> broken lines, and maybe one more unbroken.</summary>
    public static string Next(Random random, int maxLines)
    {
        var builder = new System.Text.StringBuilder();
        for (int n = random.Next(0, maxLines); n > 0; n--) builder.Append(Lines[random.Next(Lines.Length)]).Append(Breaks[random.Next(Breaks.Length)]);
        if (random.Next(2) == 0) builder.Append(Lines[random.Next(Lines.Length)]);
        return builder.ToString();
    }
}
