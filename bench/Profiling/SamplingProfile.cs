using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocSchema.Bench.Commands;
using DocSchema.Bench.Corpus;
using DocSchema.Schemas;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Kernel;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// A CPU sampling profile of a generated parser. BenchmarkDotNet 0.14's EventPipeProfiler refuses
/// .NET 10 ("supports only .NET Core 3.0+"), so this starts the bench itself again as a child that
/// parses one document in a loop with the runtime's own EventPipe file session switched on
/// (DOTNET_EnableEventPipe), then reads the trace with TraceEvent and prints the methods where the
/// samples fall: own (the method and the .NET library calls it makes) and inclusive (with
/// everything it calls).
/// Run with <c>dotnet run -c Release --project bench -- profile oriental-daily|abc-news-bilingual</c>.
/// </summary>
public static class SamplingProfile
{
    private const string ChildArgument = "profile-child";

    /// <summary>Profiles <paramref name="document"/> and prints the top methods to <paramref name="output"/>.</summary>
    /// <exception cref="BenchUsageException"><paramref name="document"/> is not one of the two sample pages (checked before the child starts).</exception>
    /// <exception cref="InvalidOperationException">The child failed or wrote no trace.</exception>
    public static void Run(string document, TextWriter output)
    {
        Page(document); // refused here, before a child is started for it
        var trace = Path.Combine(Path.GetTempPath(), $"docschema-bench-{document}-{Environment.ProcessId}.nettrace");
        var child = SelfProcess.StartInfo(ChildArgument, document);
        child.Environment["DOTNET_EnableEventPipe"] = "1";
        child.Environment["DOTNET_EventPipeOutputPath"] = trace;
        // The sample profiler (every ~1 ms, every managed thread) and the runtime events that name JIT-compiled methods.
        child.Environment["DOTNET_EventPipeConfig"] =
            "Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x14C14FCCBD:4";
        // TraceLog's converted copy, which it names after the whole trace file (x.nettrace.etlx):
        // Path.ChangeExtension named another file, and every run left its copy in the temporary folder.
        var etlx = trace + ".etlx";
        try
        {
            using (var process = Process.Start(child)!)
            {
                process.WaitForExit();
                if (process.ExitCode != 0 || !File.Exists(trace))
                    throw new InvalidOperationException($"the profiling child (profile-child {document}) exited with code {process.ExitCode}{(File.Exists(trace) ? "" : $" and wrote no trace at {trace}")}");
            }

            Report(trace, document, output);
        }
        finally
        {
            // Deleting a file that is not there does nothing.
            File.Delete(trace);
            File.Delete(etlx);
        }
    }

    /// <summary>In the child (<c>profile-child DOCUMENT</c>): parses the document over and over for 8 seconds; false in any other process.</summary>
    public static bool TryRunChild(string[] args)
    {
        if (args is not [ChildArgument, var document]) return false;
        var (parse, utf8) = Page(document);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(8)) parse(Encoding.UTF8.GetString(utf8));
        return true;
    }

    // A page the profiler knows: its parser and its bytes, named together so that they cannot disagree.
    private static (Func<string, object> Parse, byte[] Utf8) Page(string document) => document switch
    {
        "oriental-daily" => (t => OrientalDailyArticle.Parse(t).Value!, SampleArticle.OrientalDaily.Utf8),
        "abc-news-bilingual" => (t => AbcNewsBilingualArticle.Parse(t).Value!, SampleArticle.AbcNewsBilingual.Utf8),
        _ => throw new BenchUsageException($"profile: '{document}' is not a sample page (oriental-daily or abc-news-bilingual)"),
    };

    private static void Report(string tracePath, string document, TextWriter output)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath));
        var exclusive = new Dictionary<string, int>();
        var inclusive = new Dictionary<string, int>();
        var samples = 0;
        foreach (var sample in log.Events.Where(e => e.ProviderName == "Microsoft-DotNETCore-SampleProfiler" && e.EventName == "Thread/Sample"))
        {
            var stack = sample.CallStack();
            if (stack is null || !OnParsePath(stack)) continue;
            samples++;
            var seen = new HashSet<string>();
            string? own = null;
            for (var frame = stack; frame is not null; frame = frame.Caller)
            {
                var name = Name(frame.CodeAddress.FullMethodName, frame.CodeAddress.ModuleName);
                if (own is null && IsDocSchema(name)) own = name;
                if (seen.Add(name)) inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
            }

            // EventPipe samples threads at safe points, so a thread in a call-free loop is caught
            // in the GC poll stub, which TraceEvent names after unrelated CoreLib methods. Each
            // sample is therefore charged to the innermost DocSchema method on its stack (its own
            // code and the .NET library calls it makes), or to decoding when it has none.
            own ??= seen.Contains("System.Text.Encoding.GetString") || seen.Any(n => n.Contains("Utf8", StringComparison.Ordinal))
                ? "UTF-8 decode (Encoding.GetString)"
                : "other (.NET runtime, GC)";
            exclusive[own] = exclusive.GetValueOrDefault(own) + 1;
        }

        output.WriteLine($"### Sampling profile: {document} (decode + Parse in a loop, {samples:N0} samples on the parse path)");
        output.WriteLine();
        output.WriteLine("| method | own % | inclusive % |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (name, count) in exclusive.OrderByDescending(p => p.Value).Take(25))
            output.WriteLine($"| `{name}` | {P(count, samples)} | {P(inclusive.GetValueOrDefault(name), samples)} |");
        output.WriteLine();
        output.WriteLine("Inclusive, the runtime's and the generated code's entry points:");
        output.WriteLine();
        output.WriteLine("| method | inclusive % |");
        output.WriteLine("|---|---:|");
        foreach (var (name, count) in inclusive.Where(p => p.Key.Contains("Article", StringComparison.Ordinal) || p.Key.Contains("DocSchema", StringComparison.Ordinal))
                     .OrderByDescending(p => p.Value).Take(30))
            output.WriteLine($"| `{name}` | {P(count, samples)} |");
        output.WriteLine();
    }

    /// <summary>Only samples of the loop's thread inside decoding or parsing count (not the runtime's own threads).</summary>
    private static bool OnParsePath(TraceCallStack stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
            if (frame.CodeAddress.FullMethodName.Contains("TryRunChild", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsDocSchema(string name) =>
        name.StartsWith("Schemas.", StringComparison.Ordinal) || name.StartsWith("Runtime.", StringComparison.Ordinal);

    private static string Name(string method, string module)
    {
        if (string.IsNullOrEmpty(method)) return "[" + (string.IsNullOrEmpty(module) ? "native" : module) + "]";
        // Drop parameter lists: the name is enough to tell methods apart here.
        var paren = method.IndexOf('(', StringComparison.Ordinal);
        return (paren > 0 ? method[..paren] : method).Replace("DocSchema.", "", StringComparison.Ordinal);
    }

    private static string P(int count, int total) =>
        (100.0 * count / Math.Max(1, total)).ToString("N1", CultureInfo.InvariantCulture);
}
