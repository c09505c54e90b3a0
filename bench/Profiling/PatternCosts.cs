using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using DocSchema.Bench.Baselines;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;
using DocSchema.Schemas;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// What each generated match routine costs on the blocks Parse hands it, next to the Regex the
/// baseline uses for the same pattern on the same blocks and as a share of a whole Parse of the
/// page (all three timed interleaved, so under the same load). The routines are private to the
/// generated types, so they are reached by reflection and called through delegates (a few
/// nanoseconds per call, nothing next to a match). Each sweep gets a fresh ParseContext, because a
/// context's step budget is meant for one parse.
/// </summary>
public static class PatternCosts
{
    private delegate bool WholeBlock(ParseContext context, TextSpan block);

    private delegate bool BlockPrefix(ParseContext context, TextSpan block, out int end);

    private static readonly TimeSpan s_warmup = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan s_measure = TimeSpan.FromMilliseconds(900);

    /// <summary>Prints one table per sample article.</summary>
    public static void Run(TextWriter output)
    {
        // As for the phases: one discarded pass so that every routine runs optimized code.
        RunAll(TextWriter.Null);
        RunAll(output);
    }

    private static void RunAll(TextWriter output)
    {
        foreach (var table in Tables()) Print(output, table);
    }

    /// <summary>The tables <see cref="Run"/> prints: for each sample, the routines timed and the blocks each is timed on.</summary>
    public static IReadOnlyList<RoutineTable> Tables()
    {
        var od = SourceText.From(SampleArticle.OrientalDaily.Text);
        var odBlocks = BlockSplitter.Split(od, BlockMode.Paragraphs);
        var boilerplate = OrientalDailyArticle.Parse(od).Value!.Boilerplate!.Start.Span.Start;
        var body = odBlocks.Skip(1).TakeWhile(b => b.Span.Start < boilerplate).Select(b => b.Span).ToArray();
        var bodyAndEnd = body.Append(odBlocks.First(b => b.Span.Start >= boilerplate).Span).ToArray();
        var lines = BlockSplitter.Split(od, BlockMode.Lines, TextSpan.FromBounds(boilerplate, od.Length)).Select(b => b.Span).ToArray();
        var abc = SourceText.From(SampleArticle.AbcNewsBilingual.Text);
        var abcLines = BlockSplitter.Split(abc, BlockMode.Lines).Select(b => b.Span).ToArray();
        return
        [
            new("oriental-daily: body blocks (19 paragraphs and a subheading) and the boilerplate's lines", od, typeof(OrientalDailyArticle),
                s => OrientalDailyArticle.Parse(s).Value!,
            [
                ("BodyEnd1", "`@promotion` (end marker, at the block's start)", bodyAndEnd, OrientalDailyRegexParser.Promotion),
                ("BodyEnd2", "`('热门新闻' | …) $` (end marker)", bodyAndEnd, OrientalDailyRegexParser.ListHeading),
                ("BodyEnd3", "`'阅读全文' (newline | $)` (end marker)", bodyAndEnd, OrientalDailyRegexParser.ReadMoreFirst),
                ("BodySubheading", "`@zh-short-subheading` (whole block)", body, ChineseNewsRegexes.ShortSubheading),
                ("BodyCaption", "`@zh-caption` (whole block)", body, ChineseNewsRegexes.Caption),
                ("RelatedSeparator", "`'阅读全文'` (whole line; ReadRelated tries it up to 5 times a line)", lines, OrientalDailyRegexParser.ReadMore),
                ("RelatedSection", "`han{1,4}` (whole line)", lines, OrientalDailyRegexParser.SectionLabel),
                ("RelatedTeaserDateline", "`@zh-dateline` (at the line's start)", lines, ChineseNewsRegexes.Dateline),
            ]),
            new("abc-news-bilingual: every line (38 paragraphs and a headline)", abc, typeof(AbcNewsBilingualArticle),
                s => AbcNewsBilingualArticle.Parse(s).Value!,
            [
                ("SectionHeadline", "`@headline` (whole block; Parse tries it on each section's first line only)", abcLines, BuiltinRegexes.Headline),
                ("SectionBodySubheading", "`@zh-short-subheading | @en-subheading`", abcLines, AbcNewsBilingualRegexParser.Subheading),
                ("SectionBodyCaption", "`@en-caption | @zh-caption`", abcLines, AbcNewsBilingualRegexParser.Caption),
                ("SectionBodyDateline", "`@en-dateline | @zh-dateline` (at the start; Parse tries it on each section's first paragraph only)", abcLines, AbcNewsBilingualRegexParser.Dateline),
            ]),
        ];
    }

    /// <summary>
    /// The generated match routine of layout slot <paramref name="slot"/> in <paramref name="article"/>,
    /// as a delegate over one block. The emitter names it <c>Match</c> + the slot (PatternEmitter).
    /// </summary>
    public static Func<ParseContext, TextSpan, bool> Routine(Type article, string slot)
    {
        var patterns = article.GetNestedType("Patterns", BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{article.Name} has no Patterns class");
        var method = patterns.GetMethod("Match" + slot, BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{article.Name}.Patterns has no Match{slot}");
        return method.GetParameters().Length == 2
            ? method.CreateDelegate<WholeBlock>().Invoke
            : Prefix(method.CreateDelegate<BlockPrefix>());
    }

    private static void Print(TextWriter output, RoutineTable table)
    {
        var (title, source, article, parse, routines) = table;
        output.WriteLine($"### Match routines: {title}");
        output.WriteLine();
        output.WriteLine("| routine | pattern | blocks | characters | generated µs | ns/char | % of a Parse | Regex µs | generated ÷ Regex |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (routine, pattern, blocks, regex) in routines)
        {
            var match = Routine(article, routine);
            var characters = blocks.Sum(b => (long)b.Length);
            var timed = PhaseTimer.Interleaved(s_warmup, s_measure,
                () =>
                {
                    var context = new ParseContext(source);
                    var matches = 0;
                    foreach (var block in blocks) matches += match(context, block) ? 1 : 0;
                    // Its captures' storage left for the next, as a parse leaves it.
                    context.Release();
                    return matches;
                },
                () =>
                {
                    var matches = 0;
                    foreach (var block in blocks) matches += regex.IsMatch(source.AsSpan(block)) ? 1 : 0;
                    return matches;
                },
                () => parse(source).Paragraphs.Count);
            var (generated, viaRegex, whole) = (timed[0].Microseconds, timed[1].Microseconds, timed[2].Microseconds);
            output.WriteLine($"| `Match{routine}` | {pattern.Replace("|", "\\|", StringComparison.Ordinal)} | {blocks.Length} | {characters:N0} | {F(generated)} | {F(generated * 1000 / characters)} | {F(100 * generated / whole)} | {F(viaRegex)} | {F(generated / viaRegex)} |");
        }
        output.WriteLine();
    }

    private static Func<ParseContext, TextSpan, bool> Prefix(BlockPrefix prefix) => (context, block) => prefix(context, block, out _);

    private static string F(double value) => value.ToString(value >= 100 ? "N0" : value >= 10 ? "N1" : "N2", CultureInfo.InvariantCulture);

    /// <summary>One table: a sample, its generated type, and the routines timed with the blocks and the baseline's Regex for each.</summary>
    public sealed record RoutineTable(string Title, SourceText Source, Type Article, Func<SourceText, Runtime.Articles.Article> Parse,
        (string Slot, string Pattern, TextSpan[] Blocks, Regex Regex)[] Routines);
}
