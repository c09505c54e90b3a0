using BenchmarkDotNet.Running;
using DocSchema.Bench.Batch;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Generator;
using DocSchema.Bench.Profiling;
using DocSchema.Bench.Reports;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Text;
using DocSchema.Schemas;

// Commands besides BenchmarkDotNet (docs/performance.md has each exact command):
//   phases                           where a generated parse spends its time
//   profile DOCUMENT                 a sampling profile of a generated parse of DOCUMENT
//   repeat PAGE N [--auto] [--json]  a sample page (or the teaser-heavy one) parsed N times, for instruction counts (--auto:
//                                    the schema chosen by scoring, as `parse --schema auto` does;
//                                    --json: each article's JSON written too)
//   allocations PAGE N               what N parses of a page allocate, by type (sampled)
//   decode PAGE N [--get-string]     a sample page's bytes decoded N times by the CLI's decoder, for
//                                    instruction counts (--get-string: by the strict GetString it
//                                    uses for files over 1 MB, and used for every file before)
//   json PAGE N                      the compact JSON of a parsed sample page written N times a round, 45
//                                    rounds; prints the median µs of a write over the last 15 (the
//                                    first 30 bring the code to optimized tiers)
//   plot-scaling [RESULTS [OUT]]     the scaling curves as SVG (OUT/scaling-size.svg, OUT/scaling-count.svg; default
//                                    docs) from the two scaling benchmarks' CSV reports in RESULTS (default
//                                    BenchmarkDotNet.Artifacts/results)
//   batch DIR [--runs N] [--cli CLI] the CLI's batch against the floor (DIR is filled with 4,000
//                                    copies of each sample first when it does not exist; CLI: a
//                                    docschema.dll, or a native docschema executable)
//   code-cost [--runs N]             each schema's generated code in fresh processes: its size and the JIT's
//                                    time for it (every method at full optimization; the first parse at
//                                    full optimization), the first parse under default tiering, and a
//                                    steady parse under the JIT; N runs each, 5 by default
// Anything else goes to BenchmarkDotNet (e.g. --filter '*', --list flat).
if (SamplingProfile.TryRunChild(args)) return;
if (GeneratedCodeCost.TryRunChild(args)) return;
if (args is ["code-cost", .. var costOptions])
{
    var costRuns = costOptions switch
    {
        [] => 5,
        ["--runs", var n] when int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        ["--runs", ..] => throw new ArgumentException($"code-cost: --runs needs a whole number of at least 1, not '{string.Join(' ', costOptions.Skip(1))}'", nameof(args)),
        _ => throw new ArgumentException($"code-cost: unknown options '{string.Join(' ', costOptions)}' (--runs N)", nameof(args)),
    };
    GeneratedCodeCost.Run(Console.Out, costRuns);
    return;
}
if (args is ["profile", var document])
{
    SamplingProfile.Run(document, Console.Out);
    return;
}
if (args is ["batch", var directory, .. var options])
{
    // --runs N (default 3); --cli CLI: a published CLI (ReadyToRun docschema.dll, or native docschema) instead of the one built beside the bench.
    string? Option(string name) => options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
    var runs = Option("--runs") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3;
    var cli = Option("--cli") is { } path ? Path.GetFullPath(path) : Path.Combine(AppContext.BaseDirectory, "docschema.dll");
    BatchAgainstFloor.Run(Console.Out, directory, runs, copies: 4000, cli);
    return;
}
if (args is ["repeat", var page, var times, .. var repeatOptions])
{
    // The generated parse of a sample page (decoding included), `times` times: a loop to count
    // instructions in (valgrind; docs/performance.md), where timings are too noisy to compare.
    var (sample, fixedSchema) = RepeatPage.Named(page);
    // --auto: choose the schema by scoring first; --json: write each article's JSON too (into one
    // reused buffer), so that the difference from a run without it is the cost of writing JSON.
    var unknown = repeatOptions.Except(["--auto", "--json"]).ToList();
    if (unknown.Count > 0 || repeatOptions.Distinct().Count() != repeatOptions.Length)
        throw new ArgumentException($"repeat: unknown or repeated options '{string.Join(' ', repeatOptions)}' (--auto, --json)", nameof(args));
    var auto = repeatOptions.Contains("--auto");
    var json = repeatOptions.Contains("--json");
    var schema = ShippedSchemas.All.Single(s => s.Name == fixedSchema);
    var buffer = new System.Buffers.ArrayBufferWriter<byte>();
    using var writer = new System.Text.Json.Utf8JsonWriter(buffer, DocSchema.Runtime.Json.ArticleJsonWriter.Options(indented: false));
    for (int i = int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i > 0; i--)
    {
        // As the CLI does: one SourceText for choosing and parsing.
        var source = SourceText.From(sample.Text, page);
        var chosen = auto ? SchemaInfo.Best(ShippedSchemas.All, source)! : schema;
        var parsed = chosen.Parse(source);
        if (!json) continue;
        buffer.ResetWrittenCount();
        writer.Reset();
        DocSchema.Runtime.Json.ArticleJsonWriter.Write(writer, parsed.Article!);
        writer.Flush();
    }
    return;
}
if (args is ["decode", var decodePage, var decodeTimes, .. var decodeOptions])
{
    if (decodeOptions is not ([] or ["--get-string"]))
        throw new ArgumentException($"decode: unknown options '{string.Join(' ', decodeOptions)}' (--get-string)", nameof(args));
    var bytes = RepeatPage.Named(decodePage).Page.Utf8;
    long characters = 0;
    for (int i = int.Parse(decodeTimes, System.Globalization.CultureInfo.InvariantCulture); i > 0; i--)
        characters += decodeOptions.Length > 0 ? DocSchema.Cli.Inputs.TextDecoder.StrictUtf8.GetString(bytes).Length : DocSchema.Cli.Inputs.TextDecoder.Decode(bytes).Text.Length;
    Console.WriteLine(characters);
    return;
}
if (args is ["json", var jsonPage, var jsonTimes])
{
    var (jsonSample, jsonSchema) = RepeatPage.Named(jsonPage);
    var article = ShippedSchemas.All.Single(s => s.Name == jsonSchema).Parse(SourceText.From(jsonSample.Text, jsonPage)).Article!;
    var output = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
    using var jsonWriter = new System.Text.Json.Utf8JsonWriter(output, DocSchema.Runtime.Json.ArticleJsonWriter.Options(indented: false));
    int writes = int.Parse(jsonTimes, System.Globalization.CultureInfo.InvariantCulture);
    var rounds = new List<double>();
    for (int round = 0; round < 45; round++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < writes; i++)
        {
            output.ResetWrittenCount();
            jsonWriter.Reset(output);
            DocSchema.Runtime.Json.ArticleJsonWriter.Write(jsonWriter, article);
            jsonWriter.Flush();
        }

        rounds.Add(clock.Elapsed.TotalMicroseconds / writes);
    }

    var steady = rounds.Skip(30).Order().ToList();
    Console.WriteLine($"{jsonPage}: {steady[steady.Count / 2]:F2} µs a write (median of the last 15 rounds of {writes}), {output.WrittenCount:N0} bytes");
    return;
}
if (args is ["allocations", var allocationPage, var allocationTimes])
{
    AllocationSample.Run(allocationPage, int.Parse(allocationTimes, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return;
}
if (args is ["plot-scaling", .. var plotArguments])
{
    if (plotArguments.Length > 2) throw new ArgumentException($"plot-scaling: at most RESULTS and OUT, not '{string.Join(' ', plotArguments)}'", nameof(args));
    // Both folders relative to the working directory, as the other commands' are: run from the repository's root.
    ScalingPlots.Write(plotArguments.ElementAtOrDefault(0) ?? Path.Combine("BenchmarkDotNet.Artifacts", "results"), plotArguments.ElementAtOrDefault(1) ?? "docs", Console.Out);
    return;
}
if (args is ["phases"])
{
    PhaseBreakdown.Run(Console.Out);
    PatternCosts.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BatchAgainstFloor).Assembly).Run(args);
