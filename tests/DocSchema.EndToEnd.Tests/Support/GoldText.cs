namespace DocSchema.EndToEnd.Tests.Support;

/// <summary>How the gold format compares texts: `starts` is a prefix, after trimming white space and quote marks.</summary>
public static class GoldText
{
    private static readonly char[] QuoteMarks = ['"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』'];

    public static string Normalize(string text) => text.Trim().Trim(QuoteMarks).Trim();

    public static bool StartsWith(string actual, string goldStart) =>
        Normalize(actual).StartsWith(Normalize(goldStart), StringComparison.Ordinal);

    /// <summary>Asserts <paramref name="actual"/> starts with <paramref name="goldStart"/>, showing both on failure.</summary>
    public static void AssertStarts(string goldStart, string? actual, string what)
    {
        Assert.True(actual is not null && StartsWith(actual, goldStart), $"{what}: expected to start with «{goldStart}», got «{actual}»");
    }
}
