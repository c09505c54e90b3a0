using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Inputs of pathological size or shape, as found in real archives (a page saved without line
/// breaks, a scraper's padding, a broken encoder's quote marks): a 5-million-character line,
/// 100,000 blank lines, 50,000 unbalanced opening or closing quote marks, quotes nested 20,000 deep.
/// Each is built around a real sample, so every role of a schema meets it.
/// </summary>
internal static class PathologicalInputs
{
    /// <summary>The names of the inputs, for test data.</summary>
    public static readonly string[] Names =
    [
        "five-million-char-line", "hundred-thousand-blank-lines", "fifty-thousand-opening-quotes",
        "fifty-thousand-closing-quotes", "quotes-nested-twenty-thousand-deep",
    ];

    private static readonly string[] s_blankLines = ["", " ", "\u3000", "\t", "\u200B", "\uFEFF \u3000", "\r"];
    private const string OpeningMarks = "“「『‘\"'";
    private const string ClosingMarks = "”」』’\"'";

    /// <summary>The input called <paramref name="name"/> (one of <see cref="Names"/>); <paramref name="random"/> varies its details.</summary>
    public static string Create(string name, Random random) => name switch
    {
        "five-million-char-line" => InSample(random, FiveMillionCharLine(random)),
        "hundred-thousand-blank-lines" => HundredThousandBlankLines(random),
        "fifty-thousand-opening-quotes" => InSample(random, Marks(random, OpeningMarks, 50_000)),
        "fifty-thousand-closing-quotes" => InSample(random, Marks(random, ClosingMarks, 50_000)),
        "quotes-nested-twenty-thousand-deep" => InSample(random, Nested(random, 20_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown pathological input"),
    };

    /// <summary>5,000,000 characters without a line break: the samples' lines run together, as a page saved without them.</summary>
    public static string FiveMillionCharLine(Random random)
    {
        const int Length = 5_000_000;
        var lines = SampleArticles.Lines.SelectMany(l => l).Where(l => l.Length > 0).ToArray();
        var text = new StringBuilder(Length + 1000);
        while (text.Length < Length) text.Append(lines[random.Next(lines.Length)]);
        text.Length = Length;
        return text.ToString();
    }

    // A sample with 100,000 blank lines (of every kind of white space) at its start, in its middle and at its end.
    private static string HundredThousandBlankLines(Random random)
    {
        var lines = SampleArticles.Lines[random.Next(SampleArticles.All.Count)];
        var text = new StringBuilder();
        void Blanks(int count)
        {
            for (var i = 0; i < count; i++) text.Append(s_blankLines[random.Next(s_blankLines.Length)]).Append('\n');
        }
        Blanks(30_000);
        var middle = lines.Length / 2;
        foreach (var line in lines.Take(middle)) text.Append(line).Append('\n');
        Blanks(40_000);
        foreach (var line in lines.Skip(middle)) text.Append(line).Append('\n');
        Blanks(30_000);
        return text.ToString();
    }

    // count marks, each followed by a word, on one line: no mark ever finds its partner.
    private static string Marks(Random random, string marks, int count)
    {
        var text = new StringBuilder(count * 4);
        for (var i = 0; i < count; i++)
        {
            text.Append(marks[random.Next(marks.Length)]);
            text.Append(random.Next(3) switch { 0 => "字", 1 => "word ", _ => "" });
        }
        return text.ToString();
    }

    // depth pairs of quote marks nested inside each other, alternating families as real nesting does, a word at every level.
    private static string Nested(Random random, int depth)
    {
        (char Open, char Close)[] pairs = [('“', '”'), ('‘', '’'), ('「', '」'), ('『', '』')];
        var family = random.Next(2) * 2; // “‘ or 「『
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++) text.Append(pairs[family + i % 2].Open).Append(i % 7 == 0 ? "说" : "");
        text.Append("核心");
        for (var i = depth - 1; i >= 0; i--) text.Append(pairs[family + i % 2].Close).Append(i % 5 == 0 ? "a" : "");
        return text.ToString();
    }

    // The payload as one paragraph of a real article: after its first few lines, before the rest.
    private static string InSample(Random random, string payload)
    {
        var lines = SampleArticles.Lines[random.Next(SampleArticles.All.Count)];
        var at = random.Next(1, Math.Min(6, lines.Length));
        return string.Join('\n', lines.Take(at)) + "\n\n" + payload + "\n\n" + string.Join('\n', lines.Skip(at));
    }
}
