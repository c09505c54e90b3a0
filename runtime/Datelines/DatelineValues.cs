namespace DocSchema.Runtime.Datelines;

/// <summary>Turns the digits and month names a dateline is written with into numbers.</summary>
public static class DatelineValues
{
    /// <summary>
    /// A whole number written with ASCII or full-width digits, or with Chinese numerals
    /// (二十, 廿, 三十一); null when <paramref name="text"/> is not one or is out of int range.
    /// </summary>
    public static int? ParseInt(ReadOnlySpan<char> text) => throw new NotImplementedException();

    /// <summary>
    /// A month 1–12 from a number (<see cref="ParseInt"/>, with an optional trailing 月) or an English
    /// month name, full or abbreviated, any case, with or without a trailing dot (<c>March</c>, <c>Sept.</c>).
    /// </summary>
    public static int? ParseMonth(ReadOnlySpan<char> text) => throw new NotImplementedException();
}
