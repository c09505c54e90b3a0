using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The two real sample articles, cut into paragraphs the way their gold files
/// (tests/DocSchema.EndToEnd.Tests/Gold/*.yaml) number them. The cutting is done here, by hand,
/// rather than with the runtime's block splitter, so that the language, quote and alignment tests
/// depend on nothing but the code they test.
/// </summary>
internal static class LangSampleArticles
{
    public const string BilingualFile = "abc-news-bilingual-ceasefire-call.txt";
    public const string OrientalDailyFile = "oriental-daily-trump-zelensky-call.txt";

    /// <summary>The Oriental Daily dateline, removed from the first body paragraph (gold: dateline.raw).</summary>
    public const string OrientalDailyDateline = "(华盛顿、基辅20日讯)";

    private const string OrientalDailySubheading = "提出美接管乌发电厂可能性";
    private const string OrientalDailyPromoStart = "要看最快最熱資訊";

    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", file));

    /// <summary>Every line of <paramref name="text"/> (LF or CRLF), as spans; line k is at index k − 1.</summary>
    public static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (i < text.Length || end > start)
                {
                    lines.Add(TextSpan.FromBounds(start, end));
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>The bilingual article: its text, the 19 Chinese paragraphs, the English headline and the 19 English paragraphs.</summary>
    public static (string Text, List<TextSpan> Chinese, TextSpan EnglishHeadline, List<TextSpan> English) Bilingual()
    {
        string text = Read(BilingualFile);
        List<TextSpan> lines = Lines(text);
        return (text, lines.GetRange(0, 19), lines[19], lines.GetRange(20, 19));
    }

    /// <summary>
    /// The Oriental Daily article: its text, the caption, the 19 body paragraphs (the dateline cut
    /// from the first, the subheading left out) and the promo line that ends the body.
    /// </summary>
    public static (string Text, TextSpan Caption, List<TextSpan> Body, TextSpan Promo) OrientalDaily()
    {
        string text = Read(OrientalDailyFile);
        List<TextSpan> lines = Lines(text).Where(l => text.AsSpan(l.Start, l.Length).Trim().Length > 0).ToList();
        var body = new List<TextSpan>();
        int k = 1;
        for (; !Slice(text, lines[k]).StartsWith(OrientalDailyPromoStart, StringComparison.Ordinal); k++)
        {
            if (Slice(text, lines[k]) != OrientalDailySubheading)
            {
                body.Add(lines[k]);
            }
        }

        if (!Slice(text, body[0]).StartsWith(OrientalDailyDateline, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The sample's first paragraph no longer starts with its dateline.");
        }

        body[0] = TextSpan.FromBounds(body[0].Start + OrientalDailyDateline.Length, body[0].End);
        return (text, lines[0], body, lines[k]);
    }

    public static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
