using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Inputs built to make pattern matching work hard, at any size: many short blocks, one huge block,
/// lines that almost match a dateline, caption, subheading or promotion, thousands of <c>(</c>
/// without <c>)</c>, long runs of Han without punctuation, a long related-teaser list, two long
/// language sections to align, unbalanced or deeply nested quote marks, and a title before one long run
/// of digits (a Chinese name's walk read the run from each of its digits, to see whether a date
/// starts there). Then the shapes that once made quote attribution quadratic, each named after
/// what it drives: a subject read across a whole run of capitalised or shouted words, a line of
/// dot leaders or initials, a speech verb far from a comma before many quotes, a run of adverbs
/// that are speech verbs too, a sentence opening with many spaces before many quotes, thousands
/// of namesakes, and one speaker written in thousands of ways. Each is the same unit repeated
/// (the names told apart by a counter), so size <c>8n</c> is exactly
/// eight times the work of size <c>n</c> for a linear parser.
/// </summary>
internal static class AdversarialInputs
{
    /// <summary>The names of the inputs, for test data.</summary>
    public static readonly string[] Names =
    [
        "many-short-blocks", "one-huge-block", "one-huge-line", "near-datelines", "near-captions",
        "near-subheadings", "near-promotions", "open-parentheses", "han-runs", "related-teasers", "two-long-sections",
        "unbalanced-quotes", "nested-quotes", "titled-digits",
        "title-case-run", "shouted-according-to", "dot-leaders", "initials-run", "verb-far-before-comma-quotes",
        "adverb-verbs-run", "spaces-then-quotes", "english-namesakes", "chinese-namesakes", "english-surfaces",
        "chinese-role-surfaces",
    ];

    /// <summary>The input called <paramref name="name"/>, about <paramref name="size"/> characters long.</summary>
    public static string Create(string name, int size) => name switch
    {
        "many-short-blocks" => Repeat(size, "甲\n\nB\n\n“\n\n(\n\n"),
        "one-huge-block" => Repeat(size, string.Join('\n', SampleArticles.Lines.SelectMany(l => l).Where(l => l.Length > 0)) + "\n"),
        "one-huge-line" => Repeat(size, string.Concat(SampleArticles.Lines.SelectMany(l => l))),
        // The first paragraph is a dateline that never closes; every later block almost is one too.
        "near-datelines" => "(" + Repeat(size / 2, "华盛顿、") + "20日\n\n"
            + Repeat(size / 2, "(华盛顿、基辅20日)文字\n\nWASHINGTON, March 18 (Reuters 文字\n\n【吉隆坡3月20日\n\nKYIV, Ukraine, NEW YORK (AP)\n\n"),
        "near-captions" => Repeat(size, "说明文字 (图取自法新社档案照\n\nA caption (AP Photo/Evan Vucci\n\n图片说明（图截自视频）。\n\n"),
        "near-subheadings" => Repeat(size, new string('提', 31) + "\n\n" + new string('提', 29) + "。\n\nA Heading Of Many Capitalised Words That Runs Past Eighty Characters In The End Here\n\n"),
        "near-promotions" => Repeat(size, "要看最快最熱資訊，請關注我們的頻道然後再看\n\nFollow us on our website for the latest news today\n\n"),
        "open-parentheses" => Repeat(size, "((((((((((图(取自(((((AP Photo((((((((\n"),
        "han-runs" => Repeat(size, new string('汉', 997) + "\n\n"),
        "related-teasers" => "正文第一段。\n\n热门新闻\n\n" + Repeat(size, "阅读全文\n图片说明(图取自网络)\n一个标题\n国际\n(吉隆坡20日讯)一段摘要文字。\n"),
        "two-long-sections" => Repeat(size / 2, "第一段中文翻译的文字内容比较长一些。\n") + Repeat(size / 2, "The English original of a paragraph, somewhat longer than that.\n"),
        // For the quote scanner and the language detector, which spend no steps: the timing check covers them.
        "unbalanced-quotes" => Repeat(size, "“字「『‘\"词 ’’ 」said \" "),
        "nested-quotes" => Nested(size / 4),
        // The run is the titled name of a speaker and the subject of its sentence: both are walked.
        "titled-digits" => "美国总统" + Repeat(size, "1") + "表示：“会谈。”\n",
        // "Said" is a name word and, in any case, a speech verb: every one read a subject back to the start.
        "title-case-run" => "Alpha " + Repeat(size, "Said ") + "\n",
        "shouted-according-to" => Repeat(size, "ACCORDING TO XYZ ") + "\n",
        "dot-leaders" => "He said it" + Repeat(size, ".") + "\n",
        "initials-run" => "He said " + Repeat(size, "a.") + "\n",
        "verb-far-before-comma-quotes" => "He said " + Repeat(size / 2, "word ") + Repeat(size / 2, ", \"x\"") + ".\n",
        "adverb-verbs-run" => "Officials " + Repeat(size, "reportedly ") + "agreed.\n",
        "spaces-then-quotes" => "他说。" + new string(' ', size / 2) + "好" + Repeat(size / 2, "“好”和") + "。\n",
        "english-namesakes" => Distinct(size, i => $"{LatinName(i)} {LatinName(i + 7)} Smith said. ") + "\n",
        "chinese-namesakes" => Distinct(size, i => $"{HanName(i)}·特朗普表示，好。") + "\n",
        "english-surfaces" => "President Donald Trump said. " + Distinct(size, i => $"{LatinName(i)} President Donald Trump said. ") + "\n",
        "chinese-role-surfaces" => "美国总统特朗普表示，好。" + Distinct(size, i => $"{HanName(i)}总统表示，好。") + "\n",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown adversarial input"),
    };

    /// <summary>Every input at once, each about <paramref name="size"/> / <see cref="Names"/>.Length characters, separated by blank lines.</summary>
    public static string Mixed(int size) => string.Join("\n\n", Names.Select(name => Create(name, size / Names.Length)));

    // depth quotes inside each other in one paragraph, alternating “ and ‘ as real nesting does.
    private static string Nested(int depth)
    {
        var text = new StringBuilder(depth * 4);
        for (var i = 0; i < depth; i++) text.Append(i % 2 == 0 ? '“' : '‘').Append('字');
        for (var i = depth - 1; i >= 0; i--) text.Append(i % 2 == 0 ? '”' : '’');
        return text.ToString();
    }

    // Units made from a counter, each different, to about `size` characters.
    private static string Distinct(int size, Func<int, string> unit)
    {
        var text = new StringBuilder(size + 64);
        for (var i = 0; text.Length < size; i++) text.Append(unit(i));
        return text.ToString();
    }

    // A capitalised name of three syllables for each number below 8,000 (Bakate, Bakebe …).
    private static string LatinName(int i)
    {
        const string Consonants = "bdfgklmnprstvz", Vowels = "aeiou";
        var name = new StringBuilder(6);
        for (var k = 0; k < 3; k++, i /= 20)
            name.Append(Consonants[i % 20 % Consonants.Length]).Append(Vowels[i % 20 % Vowels.Length]);
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    // Two Han characters for each number below 589,824 (U+5300–U+55FF, a block of common characters).
    private static string HanName(int i) => string.Concat((char)(0x5300 + (i / 0x300 % 0x300)), (char)(0x5300 + (i % 0x300)));

    private static string Repeat(int size, string unit)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size) text.Append(unit);
        return text.ToString();
    }
}
