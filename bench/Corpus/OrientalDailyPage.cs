using System.Text;

namespace DocSchema.Bench.Corpus;

/// <summary>
/// The real Oriental Daily page cut into the parts its layout is made of, so that synthetic pages
/// can be put together from real text: the caption, the body paragraphs (the first one with its
/// dateline), the promotion line with the list heading, and the related-article teaser items
/// (each starting with its 阅读全文 line). Joined with blank lines, the parts give the page back
/// byte for byte (checked by the bench tests).
/// </summary>
public sealed class OrientalDailyPage
{
    private const string BlankLine = "\n\n";
    private const string ReadMore = "阅读全文";

    private OrientalDailyPage(string caption, IReadOnlyList<string> body, string promotionAndHeading, IReadOnlyList<string> teasers)
    {
        Caption = caption;
        Body = body;
        PromotionAndHeading = promotionAndHeading;
        Teasers = teasers;
    }

    /// <summary>The parts of the real page.</summary>
    public static OrientalDailyPage Real { get; } = Cut(SampleArticle.OrientalDaily.Text);

    /// <summary>The picture caption above the body.</summary>
    public string Caption { get; }

    /// <summary>The body's blocks in order: the dateline paragraph, the other paragraphs and the subheading.</summary>
    public IReadOnlyList<string> Body { get; }

    /// <summary>The promotion line, a blank line and the 热门新闻 heading.</summary>
    public string PromotionAndHeading { get; }

    /// <summary>The teaser items, each from its 阅读全文 line to the end of its teaser.</summary>
    public IReadOnlyList<string> Teasers { get; }

    /// <summary>The parts joined with blank lines: the real page when nothing was repeated.</summary>
    public static string Join(string caption, IEnumerable<string> body, string promotionAndHeading, IEnumerable<string> teasers) =>
        string.Join(BlankLine, new[] { caption }.Concat(body).Append(promotionAndHeading).Concat(teasers));

    /// <summary>The page with its teaser items repeated <paramref name="times"/> times: a synthetic, teaser-heavy page.</summary>
    public string WithTeasersRepeated(int times) =>
        Join(Caption, Body, PromotionAndHeading, Enumerable.Repeat(Teasers, times).SelectMany(t => t));

    /// <summary>
    /// A page of about <paramref name="targetBytes"/> UTF-8 bytes: the caption, then the body
    /// paragraphs over and over until the body has the share of the page it has on the real one,
    /// then the promotion, heading and teaser items over and over until the target is reached.
    /// Always at least the first paragraph and one teaser, so a page may be longer than a tiny target.
    /// </summary>
    public string Scaled(long targetBytes)
    {
        var real = SampleArticle.OrientalDaily.Utf8.Length;
        var bodyShare = (double)Utf8Length(Join(Caption, Body, "", [])) / real;
        var text = new StringBuilder(Caption);
        long bytes = Utf8Length(Caption);

        for (var i = 0; i == 0 || bytes < targetBytes * bodyShare; i++) Append(Body[i % Body.Count]);
        Append(PromotionAndHeading);
        for (var i = 0; i == 0 || bytes < targetBytes; i++) Append(Teasers[i % Teasers.Count]);
        return text.ToString();

        void Append(string part)
        {
            text.Append(BlankLine).Append(part);
            bytes += 2 + Utf8Length(part);
        }
    }

    private static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);

    private static OrientalDailyPage Cut(string text)
    {
        var promotion = text.IndexOf("要看最快", StringComparison.Ordinal);
        var firstTeaser = text.IndexOf(BlankLine + ReadMore, promotion, StringComparison.Ordinal);
        if (promotion < 0 || firstTeaser < 0) throw new InvalidDataException("the Oriental Daily sample does not have the layout this corpus expects");

        var head = text[..promotion].TrimEnd('\n').Split(BlankLine);
        var promotionAndHeading = text[promotion..firstTeaser];

        // Items start at each 阅读全文 line; what stands between two is the previous item and a blank line.
        var items = new List<string>();
        var rest = text[(firstTeaser + BlankLine.Length)..];
        int start = 0;
        for (var next = rest.IndexOf(BlankLine + ReadMore + "\n", start, StringComparison.Ordinal); next >= 0;
             next = rest.IndexOf(BlankLine + ReadMore + "\n", start, StringComparison.Ordinal))
        {
            items.Add(rest[start..next]);
            start = next + BlankLine.Length;
        }
        items.Add(rest[start..]);
        return new OrientalDailyPage(head[0], head[1..], promotionAndHeading, items);
    }
}
