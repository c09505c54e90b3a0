using DocSchema.Bench.Batch;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Generator;
using DocSchema.Bench.Profiling;
using DocSchema.Bench.Reports;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Text;
using DocSchema.Schemas;

namespace DocSchema.Bench.Commands;

/// <summary>
/// The bench's commands besides BenchmarkDotNet (docs/performance.md has each exact command). Every
/// command checks all its arguments before it starts any work, and refuses bad ones with a
/// <see cref="BenchUsageException"/>.
/// </summary>
public static class BenchCommands
{
    // Each command with its arguments and what it does, in the order the usage lists them: the one
    // list both the usage and a command's refusal are made from.
    private static readonly (string Name, string Arguments, string Description)[] s_commands =
    [
        ("phases", "", "where a generated parse spends its time"),
        ("profile", "PAGE", "a sampling profile of a generated parse of PAGE (oriental-daily, abc-news-bilingual)"),
        ("repeat", "PAGE N [--auto] [--json]", """
            a sample page parsed N times, for instruction counts (--auto: the schema chosen by
            scoring, as `parse --schema auto` does; --json: each article's JSON written too)
            """),
        ("allocations", "PAGE N", "what N parses of a page allocate, by type (sampled)"),
        ("decode", "PAGE N [--get-string]", """
            a sample page's bytes decoded N times by the CLI's decoder, for instruction counts
            (--get-string: by the strict GetString it uses for files over 1 MB)
            """),
        ("json", "PAGE N", """
            the compact JSON of a parsed page written N times a round, 45 rounds: the median µs of
            a write over the last 15 (the first 30 bring the code to optimized tiers)
            """),
        ("plot-scaling", "[RESULTS [OUT]]", """
            the scaling curves as SVG (OUT/scaling-size.svg, OUT/scaling-count.svg; default docs)
            from the scaling benchmarks' CSV reports in RESULTS (default BenchmarkDotNet.Artifacts/results)
            """),
        ("batch", "DIR [--runs N] [--cli CLI]", """
            the CLI's batch against the floor, N runs (3 by default); DIR is filled with 4,000
            copies of each sample first when it does not exist; CLI: a docschema.dll, or a native
            docschema executable (default: the one built beside the bench)
            """),
        ("code-cost", "[--runs N]", """
            each schema's generated code in fresh processes: its size and JIT time, the first parse
            at full optimization and under default tiering, and a steady parse under the JIT; N
            runs each (5 by default)
            """),
    ];

    /// <summary>The commands and their arguments, as printed after a usage error.</summary>
    public static string Usage { get; } = MakeUsage();

    /// <summary>
    /// Runs the command <paramref name="args"/> name; false, with nothing done, when they are
    /// BenchmarkDotNet's (none at all, or options: <c>--filter</c>, <c>--list</c> …).
    /// </summary>
    /// <exception cref="BenchUsageException">A command of this class with arguments it cannot run
    /// with, or a first argument that is neither a command nor an option (a mistyped command, which
    /// BenchmarkDotNet would answer with its interactive menu).</exception>
    public static bool TryRun(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        string command = args[0];
        var rest = args[1..];
        switch (command)
        {
            case "phases" when rest.Length == 0:
                PhaseBreakdown.Run(output);
                PatternCosts.Run(output);
                return true;
            case "profile" when rest is [var document]:
                SamplingProfile.Run(document, output);
                return true;
            case "repeat" when rest is [var page, var times, .. var options]:
                Repeat(page, times, options);
                return true;
            case "allocations" when rest is [var page, var times]:
                AllocationSample.Run(page, BenchArguments.Count(command, "N", times), output);
                return true;
            case "decode" when rest is [var page, var times, .. var options]:
                Decode(page, times, options, output);
                return true;
            case "json" when rest is [var page, var times]:
                Json(page, times, output);
                return true;
            case "plot-scaling" when rest.Length <= 2:
                // Both folders relative to the working directory, as the other commands' are: run from the repository's root.
                ScalingPlots.Write(rest.ElementAtOrDefault(0) ?? Path.Combine("BenchmarkDotNet.Artifacts", "results"), rest.ElementAtOrDefault(1) ?? "docs", output);
                return true;
            case "batch" when rest is [var directory, .. var options] && !directory.StartsWith('-'):
                Batch(directory, options, output);
                return true;
            case "code-cost":
                var costOptions = BenchArguments.Options(command, rest, [], ["--runs"]);
                GeneratedCodeCost.Run(output, costOptions.TryGetValue("--runs", out var runs) ? BenchArguments.Count(command, "--runs", runs!) : 5);
                return true;
            default:
                var known = Array.Find(s_commands, c => c.Name == command);
                throw new BenchUsageException(known.Name is null
                    ? $"unknown command '{command}'"
                    : $"{command} takes {(known.Arguments.Length == 0 ? "no arguments" : known.Arguments)}, not '{string.Join(' ', rest)}'");
        }
    }

    private static string MakeUsage()
    {
        const int Indent = 35;
        var usage = new System.Text.StringBuilder("usage: dotnet run -c Release --project bench -- COMMAND, one of\n");
        foreach (var (name, arguments, description) in s_commands)
        {
            var lines = description.Split('\n');
            usage.Append($"  {name} {arguments}".PadRight(Indent)).Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1)) usage.Append(' ', Indent).Append(line).Append('\n');
        }

        return usage.Append($"PAGE is one of {RepeatPage.Names} (profile: the first two).\n")
            .Append("Anything else that starts with '-' goes to BenchmarkDotNet (e.g. --filter '*', --list flat).").ToString();
    }

    // The generated parse of a sample page (decoding included), `times` times: a loop to count
    // instructions in (valgrind; docs/performance.md), where timings are too noisy to compare.
    private static void Repeat(string page, string times, string[] options)
    {
        int count = BenchArguments.Count("repeat", "N", times);
        var given = BenchArguments.Options("repeat", options, ["--auto", "--json"], []);
        var (sample, fixedSchema) = RepeatPage.Named("repeat", page);
        // --auto: choose the schema by scoring first; --json: write each article's JSON too (into one
        // reused buffer), so that the difference from a run without it is the cost of writing JSON.
        bool auto = given.ContainsKey("--auto"), json = given.ContainsKey("--json");
        var schema = ShippedSchemas.All.Single(s => s.Name == fixedSchema);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer, ArticleJsonWriter.Options(indented: false));
        for (int i = count; i > 0; i--)
        {
            // As the CLI does: one SourceText for choosing and parsing.
            var source = SourceText.From(sample.Text, page);
            var chosen = auto ? SchemaInfo.Best(ShippedSchemas.All, source)! : schema;
            var parsed = chosen.Parse(source);
            if (!json) continue;
            buffer.ResetWrittenCount();
            writer.Reset();
            ArticleJsonWriter.Write(writer, parsed.Article!);
            writer.Flush();
        }
    }

    private static void Decode(string page, string times, string[] options, TextWriter output)
    {
        int count = BenchArguments.Count("decode", "N", times);
        bool getString = BenchArguments.Options("decode", options, ["--get-string"], []).ContainsKey("--get-string");
        var bytes = RepeatPage.Named("decode", page).Page.Utf8;
        long characters = 0;
        for (int i = count; i > 0; i--)
            characters += getString ? Cli.Inputs.TextDecoder.StrictUtf8.GetString(bytes).Length : Cli.Inputs.TextDecoder.Decode(bytes).Text.Length;
        output.WriteLine(characters);
    }

    private static void Json(string page, string times, TextWriter output)
    {
        int writes = BenchArguments.Count("json", "N", times);
        var (sample, schemaName) = RepeatPage.Named("json", page);
        var article = ShippedSchemas.All.Single(s => s.Name == schemaName).Parse(SourceText.From(sample.Text, page)).Article!;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer, ArticleJsonWriter.Options(indented: false));
        var rounds = new List<double>();
        for (int round = 0; round < 45; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (int i = 0; i < writes; i++)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                ArticleJsonWriter.Write(writer, article);
                writer.Flush();
            }

            rounds.Add(clock.Elapsed.TotalMicroseconds / writes);
        }

        var steady = rounds.Skip(30).Order().ToList();
        output.WriteLine($"{page}: {steady[steady.Count / 2]:F2} µs a write (median of the last 15 rounds of {writes}), {buffer.WrittenCount:N0} bytes");
    }

    // --runs N (default 3); --cli CLI: a published CLI (ReadyToRun docschema.dll, or native docschema) instead of the one built beside the bench.
    private static void Batch(string directory, string[] options, TextWriter output)
    {
        var given = BenchArguments.Options("batch", options, [], ["--runs", "--cli"]);
        int runs = given.TryGetValue("--runs", out var n) ? BenchArguments.Count("batch", "--runs", n!) : 3;
        // Refused here, before the corpus is made in DIR: an empty path, or a file where the folder goes.
        if (directory.Length == 0 || File.Exists(directory)) throw new BenchUsageException($"batch: DIR must be a folder, or a path where one can be made, not '{directory}'");
        if (given.TryGetValue("--cli", out var path) && string.IsNullOrEmpty(path)) throw new BenchUsageException("batch: --cli needs the path of a docschema.dll or a native docschema");
        string cli = path is null ? Path.Combine(AppContext.BaseDirectory, "docschema.dll") : Path.GetFullPath(path);
        BatchAgainstFloor.Run(output, directory, runs, copies: 4000, cli);
    }
}
