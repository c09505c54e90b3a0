using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime;
using DocSchema.Bench.Corpus;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Text;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// What a generated parse allocates, by type: a page is parsed in a loop while an in-process
/// listener takes the runtime's allocation-tick events (one about every 100 KB allocated, naming
/// the type of the object that crossed the mark). The samples fall in proportion to bytes, so a
/// type's samples divided by its mean size estimate how many objects of it a parse makes — the
/// figure that matters once allocating, not collecting, is the cost (docs/performance.md). Large
/// objects are over-sampled (they always open a new allocation context): read their rows as
/// bytes, the small objects' rows as counts.
/// Run with <c>dotnet run -c Release --project bench -- allocations PAGE N</c>.
/// </summary>
public static class AllocationSample
{
    private const int WarmUpRound = 1000;
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(30);
    private const int Rows = 30;

    /// <summary>Parses <paramref name="page"/> <paramref name="times"/> times and prints the sampled types to <paramref name="output"/>.</summary>
    public static void Run(string page, int times, TextWriter output)
    {
        var (sample, schemaName) = RepeatPage.Named("allocations", page);
        var schema = ShippedSchemas.All.Single(s => s.Name == schemaName);
        var text = sample.Text;
        bool settled = WarmUp(() => schema.Parse(SourceText.From(text, page)));

        // Bytes a parse: the mean over the sampled loop, on this thread (the listener's events are
        // handled on another), counted once the listener is made: making it allocates too (about
        // 600 B a parse of a thousand-parse loop of the Oriental Daily page).
        var samples = new Dictionary<string, (int Count, long Bytes)>(StringComparer.Ordinal);
        long perParse;
        using (var listener = new AllocationTicks(samples))
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < times; i++) schema.Parse(SourceText.From(text, page));
            perParse = (GC.GetAllocatedBytesForCurrentThread() - before) / Math.Max(1, times);
        }

        int total = samples.Values.Sum(s => s.Count);
        double objects = samples.Values.Sum(s => s.Count / Math.Max(1.0, s.Bytes / (double)s.Count));
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"### Allocations by type: {page}, {times:N0} parses, {perParse:N0} B a parse, {total:N0} samples"));
        output.WriteLine();
        output.WriteLine("| type | % of samples (bytes) | samples | mean size B | % of objects (estimate) |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (type, (count, bytes)) in samples.OrderByDescending(s => s.Value.Count).Take(Rows))
        {
            double size = bytes / (double)count;
            output.WriteLine(string.Create(c, $"| `{type}` | {100.0 * count / total:F1} | {count:N0} | {size:N0} | {100.0 * count / Math.Max(1.0, size) / objects:F1} |"));
        }

        if (!settled)
        {
            output.WriteLine();
            output.WriteLine(string.Create(c, $"The warm-up did not settle in {MaxWarmUp.TotalSeconds:F0} s (methods still compiled or the bytes still changing): the figures may include code that is not yet optimized."));
        }
    }

    // Optimized code first, so that tier-0 code's allocations stay out of the samples: a parse is
    // deterministic, so its optimized code allocates the same bytes every time. The warm-up goes
    // on until a round and the pause after it compile no method and the round allocates what the
    // one before did. A fixed count was not enough: tiering waits until no new method has been
    // compiled for a while, and a generic span search such as `ContainsAnyExceptInRange<char>` ran
    // in tier-0 code through a whole sampled loop of the Oriental Daily page, boxing its bounds
    // (about 300 B a parse, sampled as `System.Char`). A round that compiles nothing is asked as
    // well, so that two rounds that match while methods still move between tiers do not end it.
    private static bool WarmUp(Action parse)
    {
        long previous = -1;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < MaxWarmUp)
        {
            long compiled = JitInfo.GetCompiledMethodCount();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < WarmUpRound; i++) parse();
            long round = GC.GetAllocatedBytesForCurrentThread() - before;
            // Tiered compilation promotes methods on a background thread after a delay.
            Thread.Sleep(WarmUpPause);
            if (round == previous && JitInfo.GetCompiledMethodCount() == compiled) return true;
            previous = round;
        }

        return false;
    }

    /// <summary>Counts the allocation-tick events of this process by type while it lives.</summary>
    private sealed class AllocationTicks(Dictionary<string, (int Count, long Bytes)> samples) : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is not { } names) return;
            var type = e.Payload![names.IndexOf("TypeName")] as string ?? "?";
            int sizeAt = names.IndexOf("ObjectSize");
            long size = sizeAt >= 0 ? Convert.ToInt64(e.Payload[sizeAt], CultureInfo.InvariantCulture) : 0;
            // Events arrive on the runtime's dispatch thread while the loop runs.
            lock (samples)
            {
                var (count, bytes) = samples.GetValueOrDefault(type);
                samples[type] = (count + 1, bytes + size);
            }
        }
    }
}
