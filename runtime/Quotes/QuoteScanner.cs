using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Finds quoted spans in a paragraph: “…” 「…」 『…』 "…" '…' ‘…’ and mixes of them (a “ closed
/// by an ASCII <c>"</c>), nested quotes, apostrophes (It's, Trump's, Fox News') never taken for
/// quote marks, 《…》 titles not quotes. Linear in the paragraph's length.
/// </summary>
/// <remarks>
/// <para>
/// <b>Nesting.</b> Both the outer and the inner quotes are returned, in order of their start (the
/// outer one first). <c>“He called it ‘a deal’.”</c> gives <c>He called it ‘a deal’.</c> and
/// <c>a deal</c>; callers that want only speech can drop spans contained in another.
/// </para>
/// <para>
/// <b>Unclosed marks.</b> A closing mark closes the innermost open quote of its family; open quotes
/// it passes over were never closed and are dropped, so a stray mark cannot swallow the quote
/// around it. A quote still open at the paragraph's end is returned up to that end, trimmed,
/// because news style in English and Chinese alike (GB/T 15834) leaves the closing mark off a
/// quotation that goes on in the next paragraph — except that it is dropped when it is a single
/// mark (' ’ ‘ may be an apostrophe: 'em, 'n, rock 'n' roll) or when another quote of its own
/// family opened inside it (real nesting alternates “ and ‘, 「 and 『; the same family again means
/// the first mark was a stray one: <c>the “deal, he said “is done.”</c> gives only <c>is done.</c>).
/// </para>
/// <para>
/// <b>Apostrophes.</b> ASCII <c>'</c> and ’ open only after a boundary and before a letter, close
/// only after a non-space and before a boundary and
/// close only the innermost open quote; <c>'n'</c> (rock 'n' roll) is two apostrophes.
/// </para>
/// <para>
/// Spans are trimmed of white space; quotes with nothing but white space inside are not returned.
/// The scan keeps an explicit stack (no recursion), and each mark is pushed and popped at most once,
/// so time is linear however many marks are unbalanced or however deeply they nest.
/// </para>
/// </remarks>
public static class QuoteScanner
{
    /// <summary>The spans of the quoted texts inside <paramref name="paragraph"/> (without their marks), in order of their start.</summary>
    public static IReadOnlyList<TextSpan> Scan(string text, TextSpan paragraph)
    {
        // A paragraph without a quote mark (most of them) gets the shared empty list: nothing is allocated.
        int first = FirstMark(text, paragraph);
        if (first < 0) return [];
        var spans = new List<TextSpan>();
        ScanFrom(text, paragraph, first, new QuoteScan(), spans);
        return spans;
    }

    /// <summary>
    /// Adds the spans of the quoted texts inside <paramref name="paragraph"/> to <paramref name="spans"/>,
    /// scanning with <paramref name="scan"/> (a new one when null): an attributor reuses one scan
    /// and one list for every paragraph.
    /// </summary>
    internal static void Scan(string text, TextSpan paragraph, QuoteScan? scan, List<TextSpan> spans)
    {
        int first = FirstMark(text, paragraph);
        if (first >= 0) ScanFrom(text, paragraph, first, scan ?? new QuoteScan(), spans);
    }

    // The offset of the paragraph's first quote mark from its start, or -1: one vectorized search.
    private static int FirstMark(string text, TextSpan paragraph)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (paragraph.Start < 0 || paragraph.Length < 0 || paragraph.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraph), paragraph, "The paragraph must lie inside the text.");
        }

        return QuoteMarkSearch.IndexOfAny(text.AsSpan(paragraph.Start, paragraph.Length));
    }

    // The scan proper, from the first mark (at `next` from the paragraph's start) on.
    private static void ScanFrom(string text, TextSpan paragraph, int next, QuoteScan scan, List<TextSpan> spans)
    {
        var span = text.AsSpan(paragraph.Start, paragraph.Length);
        scan.Start(text, paragraph);
        while (next >= 0)
        {
            int i = paragraph.Start + next;
            QuoteMarkKind kind = QuoteMarks.Classify(text[i], out QuoteFamily family);
            scan.Mark(i, kind, family);
            int found = QuoteMarkSearch.IndexOfAny(span[(next + 1)..]);
            next = found < 0 ? -1 : next + 1 + found;
        }

        scan.Finish(spans);
    }
}
