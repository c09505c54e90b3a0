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
    private static readonly TimeSpan s_measure = TimeSpan.FromMilliseconds(900);

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
            ("quotes: scanning, kinds and speakers (QuoteFinder on each section's headline, paragraphs and captions)", true, () =>
            {
                // QuoteFinder joins the texts it is given into one string first; Parse attributes the
                // spans of the document in place, so this phase is slightly dearer than its share of Parse.
                long n = 0;
                foreach (var section in sections)
                {
                    var found = QuoteFinder.Find(section.Headline?.Text, section.Paragraphs.Select(p => p.Text.Text).ToList(),
                        section.Captions.Select(c => c.Text.Text).ToList());
                    n += found.Quotes.Count + found.Speakers.Count;
                }
                return n;
            }),
            ("alignment (GaleChurchAligner)", article.Alignment.Count > 0, () =>
                GaleChurchAligner.Align(sections[0].Paragraphs.Select(p => p.Text.Text.Length).ToArray(),
                    sections[1].Paragraphs.Select(p => p.Text.Text.Length).ToArray()).Count),
        };

        Func<long> parseOnce = () => parse(text).Paragraphs.Count;
        var (decodeUs, decodeBytes) = PhaseTimer.Interleaved(s_warmup, s_measure, () => Encoding.UTF8.GetString(utf8).Length)[0];
        var (jsonUs, jsonBytes) = PhaseTimer.Interleaved(s_warmup, s_measure, () =>
        {
            json.ResetWrittenCount();
            writer.Reset(json);
            ArticleJsonWriter.Write(writer, article);
            writer.Flush();
            return json.WrittenCount;
        })[0];

        // Each phase is timed interleaved with the whole Parse, so its share is taken under the same load.
        var rows = new List<(string Name, double Share, long Bytes)>();
        var parseTimes = new List<double>();
        long parseBytes = 0;
        foreach (var (name, partOfParse, run) in phases.Where(p => p.PartOfParse))
        {
            var timed = PhaseTimer.Interleaved(s_warmup, s_measure, run, parseOnce);
            rows.Add((name, timed[0].Microseconds / timed[1].Microseconds, timed[0].AllocatedBytes));
            parseTimes.Add(timed[1].Microseconds);
            parseBytes = timed[1].AllocatedBytes;
        }
        var parseUs = parseTimes.Order().ElementAt(parseTimes.Count / 2);

        output.WriteLine($"### {title}");
        output.WriteLine();
        output.WriteLine($"{utf8.Length:N0} bytes of UTF-8, {text.Length:N0} characters; Parse (without decoding) {F(parseUs)} µs, {parseBytes:N0} B allocated.");
        output.WriteLine();
        output.WriteLine("| phase | % of Parse | µs | allocated B |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine($"| UTF-8 decode (before Parse) | – | {F(decodeUs)} | {decodeBytes:N0} |");
        foreach (var (name, share, bytes) in rows)
            output.WriteLine($"| {name} | {F(100 * share)} | {F(share * parseUs)} | {bytes:N0} |");
        var rest = 1 - rows.Sum(r => r.Share);
        output.WriteLine($"| **pattern matching, layout walk, values (the rest)** | {F(100 * rest)} | {F(rest * parseUs)} | {parseBytes - rows.Sum(r => r.Bytes):N0} |");
        output.WriteLine($"| JSON writing (after Parse, reused buffer) | – | {F(jsonUs)} | {jsonBytes:N0} |");
        output.WriteLine();
    }

    private static string F(double value) => value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);

    /// <summary>What the phases read of a section (or of a single-section article).</summary>
    private sealed record SectionView(Runtime.Text.TextValue? Headline, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Caption> Captions);
}
