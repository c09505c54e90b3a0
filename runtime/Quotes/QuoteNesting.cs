using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Keeps the quotes of a paragraph that are nested at most <see cref="MaxDepth"/> deep. Every kept
/// quote becomes a string of its own, so without a limit quotes nested <c>n</c> deep would cost
/// memory and JSON quadratic in <c>n</c> (20,000 nested marks in a 50-KB paragraph gave gigabytes);
/// with it, each character of a paragraph is in at most <see cref="MaxDepth"/> quotes. Real text
/// nests three levels at most (“… ‘… “…” …’ …”).
/// </summary>
internal static class QuoteNesting
{
    /// <summary>How many quotes may enclose one another; a quote inside that many others is left out.</summary>
    internal const int MaxDepth = 8;

    /// <summary>
    /// The spans of <paramref name="quotes"/> (in order of their start, an enclosing quote before
    /// the quotes inside it, as <c>QuoteScanner</c> gives them) that lie inside fewer than
    /// <see cref="MaxDepth"/> others: <paramref name="quotes"/> itself when none is left out, as
    /// for nearly every paragraph. Linear in the number of quotes.
    /// </summary>
    internal static IReadOnlyList<TextSpan> Limit(IReadOnlyList<TextSpan> quotes)
    {
        // A quote too deep has MaxDepth quotes around it: fewer quotes than that cannot nest too deep.
        if (quotes.Count <= MaxDepth) return quotes;

        // The ends of the quotes that may still enclose the next one, innermost on top; the kept
        // quotes are copied out only once one is left out.
        var enclosing = new Stack<int>();
        List<TextSpan>? kept = null;
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            while (enclosing.Count > 0 && enclosing.Peek() < quote.End) enclosing.Pop();
            if (enclosing.Count < MaxDepth) kept?.Add(quote);
            else kept ??= [.. quotes.Take(i)];
            enclosing.Push(quote.End);
        }

        return kept ?? quotes;
    }
}
