using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Alignment;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Quotes;
using DocSchema.Schemas;
using SourceText = DocSchema.Runtime.Text.SourceText;
using TextSpan = DocSchema.Runtime.Text.TextSpan;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// Where a generated parse spends its time: each runtime phase a Parse call goes through is run on
/// its own, on exactly the inputs the parse gives it (the blocks, paragraphs, quotes of the parsed
/// article), and timed; what the phases do not explain is the generated code's own work — matching
/// the schema's patterns against the blocks, walking the layout, building the values. Run with
/// <c>dotnet run -c Release --project bench -- phases</c>; prints a Markdown table per document.
/// </summary>
public static class PhaseBreakdown
{
    private static readonly TimeSpan s_warmup = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan s_measure = TimeSpan.FromMilliseconds(600);

    /// <summary>Prints the breakdown of every document of the corpus.</summary>
    public static void Run(TextWriter output)
    {
        // A first pass, thrown away, brings every phase of every document to optimized code before
        // anything is measured: tiered JIT promotes methods only after a delay, per method.
        RunAll(TextWriter.Null);
        RunAll(output);
    }

    private static void RunAll(TextWriter output)
    {
        var od = SampleArticle.OrientalDaily;
        var abc = SampleArticle.AbcNewsBilingual;
        var teasers = Encoding.UTF8.GetBytes(OrientalDailyPage.Real.WithTeasersRepeated(8));
        Print(output, "oriental-daily on " + od.Name, od.Utf8, BlockMode.Paragraphs, t => OrientalDailyArticle.Parse(t).Value!);
        Print(output, "abc-news-bilingual on " + abc.Name, abc.Utf8, BlockMode.Lines, t => AbcNewsBilingualArticle.Parse(t).Value!);
        Print(output, "oriental-daily on the teaser-heavy page (synthetic, teasers x8)", teasers, BlockMode.Paragraphs, t => OrientalDailyArticle.Parse(t).Value!);
    }

    private static void Print(TextWriter output, string title, byte[] utf8, BlockMode mode, Func<string, Article> parse)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var article = parse(text);
        var source = article.Source;
        var sections = article.Sections.Count > 0
            ? article.Sections.Select(s => new SectionView(s.Headline, s.Paragraphs, s.Captions)).ToList()
            : [new SectionView(article.Headline, article.Paragraphs, article.Captions)];
        var paragraphs = sections.SelectMany(s => s.Paragraphs).Select(p => p.Text).ToList();
        var quoted = sections.SelectMany(s => s.Headline is { } h ? [h] : Array.Empty<Runtime.Text.TextValue>())
            .Concat(paragraphs)
            .Concat(sections.SelectMany(s => s.Captions).Select(c => c.Text))
            .Select(v => v.Span).ToList();
        var json = new ArrayBufferWriter<byte>(1 << 16);
        var writer = new Utf8JsonWriter(json, ArticleJsonWriter.Options(indented: false));

        var phases = new List<(string Name, bool PartOfParse, Func<long> Run)>
        {
            ("block splitting (BlockSplitter.Split, and the boilerplate's lines)", true, () =>
            {
                var blocks = BlockSplitter.Split(source, mode).Length;
                if (article.Boilerplate is { } b)
                    blocks += BlockSplitter.Split(source, BlockMode.Lines, TextSpan.FromBounds(b.Start.Span.Start, source.Length)).Length;
                return blocks;
            }),
            ("script of every block (section splitting)", article.Sections.Count > 0, () =>
            {
                long n = 0;
                foreach (var block in BlockSplitter.Split(source, mode)) n += (int)LanguageDetector.DominantScript(source.AsSpan(block.Span));
                return n;
            }),
            ("language detection (every paragraph, the boilerplate's first line)", true, () =>
            {
                long n = 0;
                foreach (var paragraph in paragraphs) n += LanguageDetector.Detect(paragraph.Text).Length;
                if (article.Boilerplate is { } b) n += LanguageDetector.Detect(b.Start.Text).Length;
                return n;
            }),
            ("quote scanning (QuoteScanner.Scan + the quotes' strings)", true, () =>
            {
                long n = 0;
                foreach (var span in quoted)
                    foreach (var quote in QuoteScanner.Scan(text, span)) n += source.Value(quote)?.Text.Length ?? 0;
                return n;
            }),
            ("line map (SourceText.GetLinePosition, for the boilerplate's line count)", article.Boilerplate is not null, () =>
                SourceText.From(text).GetLinePosition(text.Length).Line),
            ("alignment (GaleChurchAligner)", article.Alignment.Count > 0, () =>
                GaleChurchAligner.Align(sections[0].Paragraphs.Select(p => p.Text.Text.Length).ToArray(),
                    sections[1].Paragraphs.Select(p => p.Text.Text.Length).ToArray()).Count),
        };

        var decode = PhaseTimer.Measure(() => Encoding.UTF8.GetString(utf8).Length, s_warmup, s_measure);
        var total = PhaseTimer.Measure(() => parse(text).Paragraphs.Count, s_warmup, s_measure);
        var toJson = PhaseTimer.Measure(() =>
        {
            json.ResetWrittenCount();
            writer.Reset(json);
            ArticleJsonWriter.Write(writer, article);
            writer.Flush();
            return json.WrittenCount;
        }, s_warmup, s_measure);

        output.WriteLine($"### {title}");
        output.WriteLine();
        output.WriteLine($"{utf8.Length:N0} bytes of UTF-8, {text.Length:N0} characters; Parse (without decoding) {F(total.Microseconds)} µs, {total.AllocatedBytes:N0} B allocated.");
        output.WriteLine();
        output.WriteLine("| phase | µs | % of Parse | allocated B |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine($"| UTF-8 decode (before Parse) | {F(decode.Microseconds)} | – | {decode.AllocatedBytes:N0} |");
        double explained = 0;
        long explainedBytes = 0;
        foreach (var (name, partOfParse, run) in phases.Where(p => p.PartOfParse))
        {
            var (us, bytes) = PhaseTimer.Measure(run, s_warmup, s_measure);
            explained += us;
            explainedBytes += bytes;
            output.WriteLine($"| {name} | {F(us)} | {F(100 * us / total.Microseconds)} | {bytes:N0} |");
        }
        var rest = total.Microseconds - explained;
        output.WriteLine($"| **pattern matching, layout walk, values (the rest)** | {F(rest)} | {F(100 * rest / total.Microseconds)} | {total.AllocatedBytes - explainedBytes:N0} |");
        output.WriteLine($"| JSON writing (after Parse, reused buffer) | {F(toJson.Microseconds)} | – | {toJson.AllocatedBytes:N0} |");
        output.WriteLine();
    }

    private static string F(double value) => value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);

    /// <summary>What the phases read of a section (or of a single-section article).</summary>
    private sealed record SectionView(Runtime.Text.TextValue? Headline, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Caption> Captions);
}
