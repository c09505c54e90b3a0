using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Profiling;
using DocSchema.Cli.Compilation;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Text;

namespace DocSchema.Bench.Generator;

/// <summary>
/// What a schema's generated code costs at run time, beside what the generator costs at build time
/// (<see cref="Benchmarks.GeneratorBenchmarks"/>): its size (C#, IL, native code), the JIT's time
/// for it, and how fast it then parses. Command: <c>bench -- code-cost [--runs N]</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each schema is generated and compiled in process as the CLI compiles a schema file
/// (<see cref="GeneratorRun"/>), then measured in fresh processes of this bench, so that nothing is
/// compiled already:
/// </para>
/// <list type="bullet">
/// <item><description><b>every method at full optimization</b> (tiering off,
/// <see cref="RuntimeHelpers.PrepareMethod(RuntimeMethodHandle)"/> on each method of the
/// assembly): the upper bound of what tier 1 recompiles as methods get hot, and what the JIT's
/// inlining of small pattern routines makes larger; the native code's size comes from the JIT's own
/// method summary (<c>DOTNET_JitDisasmSummary</c>);</description></item>
/// <item><description><b>the first parse with tiering off</b>: the methods a parse reaches, each
/// compiled once at full optimization where it is called, and so without a copy of its own of a
/// routine inlined wherever it is used: the code a parse really runs once it is hot;</description></item>
/// <item><description><b>the first parse under default tiering</b>: what a user waits for before
/// the first article, with the generated code compiled at tier 0;</description></item>
/// <item><description><b>a steady parse</b> under default tiering, after two seconds of parsing:
/// whether what the generator asks the JIT to inline makes the code it settles on faster
/// (docs/performance.md, "The generated code: size and JIT time").</description></item>
/// </list>
/// <para>
/// Both first parses come once the runtime's own code is compiled, by parsing both sample pages with
/// the compiled-in parsers, so that what they measure is the generated code's. The schemas: the
/// three shipped ones, each parsing its sample page (generic-news the ABC one), and
/// <see cref="LargeSchema"/> (a 300-literal pattern used by 300 alternatives) parsing
/// <see cref="LargeSchema.Page"/>, which is where a change to how much the generator inlines shows.
/// </para>
/// </remarks>
public static class GeneratedCodeCost
{
    private const string ChildArgument = "code-cost-child";

    /// <summary>A schema compiled to an assembly, with the page its first parse reads.</summary>
    /// <param name="Name">The schema's name.</param>
    /// <param name="GeneratedChars">The generated C#, in characters, over every generated file.</param>
    /// <param name="Image">The compiled assembly.</param>
    /// <param name="Page">The page the first parse reads: a sample page's name, or the large schema's (<see cref="PageText"/>).</param>
    public sealed record CompiledSchema(string Name, int GeneratedChars, byte[] Image, string Page);

    /// <summary>Every method of a generated assembly compiled at once.</summary>
    /// <param name="Methods">Methods the JIT compiled meanwhile, on this thread.</param>
    /// <param name="ILBytes">Their IL, in bytes.</param>
    /// <param name="JitMilliseconds">The JIT's time for them.</param>
    /// <param name="Types">The assembly's types, as the JIT's summary names them.</param>
    public sealed record FullCompilation(long Methods, long ILBytes, double JitMilliseconds, IReadOnlyList<string> Types);

    /// <summary>A first parse with the generated code not yet compiled.</summary>
    /// <param name="Milliseconds">The parse, from the call to its return.</param>
    /// <param name="JitMilliseconds">The JIT's time within it, on this thread.</param>
    /// <param name="Methods">Methods the JIT compiled within it.</param>
    /// <param name="Types">The assembly's types, as the JIT's summary names them.</param>
    /// <param name="SteadyMicroseconds">When asked for, a parse's median time once the page has been parsed for two seconds.</param>
    public sealed record FirstParse(double Milliseconds, double JitMilliseconds, long Methods, IReadOnlyList<string> Types, double? SteadyMicroseconds);

    /// <summary>The shipped schemas and the large one, in the table's order.</summary>
    public static IReadOnlyList<CompiledSchema> CompileAll() =>
    [
        Compile("oriental-daily", Shipped("oriental-daily"), SampleArticle.OrientalDaily.Name),
        Compile("abc-news-bilingual", Shipped("abc-news-bilingual"), SampleArticle.AbcNewsBilingual.Name),
        Compile("generic-news", Shipped("generic-news"), SampleArticle.AbcNewsBilingual.Name),
        Compile(LargeSchema.Name, [(LargeSchema.Path, LargeSchema.Text)], LargeSchema.Name),
    ];

    /// <summary>Generates and compiles one schema from <paramref name="inputs"/> (path, text: the schema, then its libraries).</summary>
    public static CompiledSchema Compile(string name, IReadOnlyList<(string Path, string Text)> inputs, string page)
    {
        var run = GeneratorRun.Run(inputs, "DocSchema.CodeCost." + name);
        if (run.HasErrors) throw new InvalidOperationException($"code-cost: {name} does not generate: {string.Join("; ", run.Diagnostics)}");
        var (image, errors) = run.Emit();
        if (image is null) throw new InvalidOperationException($"code-cost: the code generated for {name} does not compile: {string.Join("; ", errors)}");
        return new CompiledSchema(name, run.Sources.Sum(s => s.SourceText.Length), image, page);
    }

    /// <summary>Compiles every method of every type of <paramref name="assembly"/> now.</summary>
    public static FullCompilation PrepareEveryMethod(Assembly assembly)
    {
        var types = assembly.GetTypes();
        var handles = MethodsWithBodies(assembly).Select(m => m.MethodHandle).ToArray();
        // The counters are read after the list is made, so that what making it compiled (its
        // lambdas, LINQ's iterators) is not counted; the loop itself compiles nothing of its own.
        var methods = JitInfo.GetCompiledMethodCount(currentThread: true);
        var il = JitInfo.GetCompiledILBytes(currentThread: true);
        var time = JitInfo.GetCompilationTime(currentThread: true);
        for (var i = 0; i < handles.Length; i++) RuntimeHelpers.PrepareMethod(handles[i]);

        return new FullCompilation(
            JitInfo.GetCompiledMethodCount(currentThread: true) - methods,
            JitInfo.GetCompiledILBytes(currentThread: true) - il,
            (JitInfo.GetCompilationTime(currentThread: true) - time).TotalMilliseconds,
            [.. types.Select(t => t.FullName!)]);
    }

    /// <summary>Every method and constructor of <paramref name="assembly"/> that has IL to compile (not abstract, not an open generic).</summary>
    public static IEnumerable<MethodBase> MethodsWithBodies(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all)))
            .Where(m => !m.IsAbstract && !m.ContainsGenericParameters && m.GetMethodBody() is not null);
    }

    /// <summary>The generated registry's one schema in <paramref name="assembly"/>.</summary>
    public static SchemaInfo SchemaOf(Assembly assembly)
    {
        var registry = assembly.GetType("DocSchema.Generated.DocSchemaRegistry")
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no generated registry");
        var all = (IReadOnlyList<SchemaInfo>)registry.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return all.Single();
    }

    /// <summary>Measures every schema <paramref name="runs"/> times and writes the table to <paramref name="output"/>.</summary>
    public static void Run(TextWriter output, int runs)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), runs, "code-cost: --runs needs a whole number of at least 1");
        var folder = BenchTempFolder.Create("code-cost");
        try
        {
            output.WriteLine($"Generated code: its size, the JIT's time for it and parse times, in fresh processes (medians of {runs} runs each)");
            output.WriteLine();
            output.WriteLine("| schema | generated C# KB | methods | IL KB | every method at full opt: native code KB | its JIT ms | first parse at full opt: native code KB | its JIT ms | first parse, tiered: ms | its JIT ms | steady parse µs |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var schema in CompileAll())
            {
                var image = Path.Combine(folder.FullName, schema.Name + ".dll");
                File.WriteAllBytes(image, schema.Image);
                var summary = Path.Combine(folder.FullName, schema.Name + ".jit.txt");
                var full = new List<(FullCompilation Compilation, long CodeBytes)>();
                var optimized = new List<(FirstParse Parse, long CodeBytes)>();
                var tiered = new List<FirstParse>();
                for (var run = 0; run < runs; run++)
                {
                    var start = FullOptimization(SelfProcess.StartInfo(ChildArgument, "jit", image), summary);
                    var compilation = Child<FullCompilation>(start);
                    full.Add((compilation, CodeBytes(summary, compilation.Types)));
                    start = FullOptimization(SelfProcess.StartInfo(ChildArgument, "first", image, schema.Page), summary);
                    var parse = Child<FirstParse>(start);
                    optimized.Add((parse, CodeBytes(summary, parse.Types)));
                    tiered.Add(Child<FirstParse>(SelfProcess.StartInfo(ChildArgument, "first", image, schema.Page, "--steady")));
                }

                var (sizes, reached) = (full[0], optimized[0]);
                if (full.Any(f => f.Compilation.Methods != sizes.Compilation.Methods || f.CodeBytes != sizes.CodeBytes) || optimized.Any(o => o.CodeBytes != reached.CodeBytes))
                    throw new InvalidOperationException($"code-cost: {schema.Name} compiled to different code in different runs");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {schema.Name} | {schema.GeneratedChars / 1024.0:F0} | {sizes.Compilation.Methods:N0} | {sizes.Compilation.ILBytes / 1024.0:F0} | {sizes.CodeBytes / 1024.0:F0} | {Median(full.Select(f => f.Compilation.JitMilliseconds)):F1} | {reached.CodeBytes / 1024.0:F0} | {Median(optimized.Select(o => o.Parse.JitMilliseconds)):F1} | {Median(tiered.Select(f => f.Milliseconds)):F2} | {Median(tiered.Select(f => f.JitMilliseconds)):F2} | {Median(tiered.Select(f => f.SteadyMicroseconds!.Value)):F1} |"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs a child's measurement when <paramref name="args"/> ask for one; false otherwise.</summary>
    public static bool TryRunChild(string[] args)
    {
        switch (args)
        {
            case [ChildArgument, "jit", var image]:
                LoadingMeasuredAssembly();
                Report(PrepareEveryMethod(Load(image)));
                return true;
            case [ChildArgument, "first", var image, var page, .. var steady] when steady is [] or ["--steady"]:
                {
                    // The runtime's code compiled first (tier 0, as a batch's first documents leave it),
                    // by the compiled-in parsers: what is left is the generated code's own.
                    foreach (var sample in s_samplePages)
                    {
                        foreach (var shipped in ShippedSchemas.All) shipped.Parse(SourceText.From(sample.Text, sample.Name));
                    }

                    var text = SourceText.From(PageText(page), page);
                    LoadingMeasuredAssembly();
                    var assembly = Load(image);
                    var schema = SchemaOf(assembly);
                    var methods = JitInfo.GetCompiledMethodCount(currentThread: true);
                    var jit = JitInfo.GetCompilationTime(currentThread: true);
                    var clock = Stopwatch.StartNew();
                    schema.Parse(text);
                    var elapsed = clock.Elapsed.TotalMilliseconds;
                    var jitTime = (JitInfo.GetCompilationTime(currentThread: true) - jit).TotalMilliseconds;
                    var compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - methods;
                    Report(new FirstParse(elapsed, jitTime, compiled, [.. assembly.GetTypes().Select(t => t.FullName!)],
                        steady is [] ? null : SteadyMicroseconds(schema, text)));
                    return true;
                }
            default:
                return false;
        }
    }

    // A parse's median time once the code has reached its last tier: two seconds of parsing first
    // (call counting, then tier 1 compiled in the background), then 21 rounds of about 20 ms.
    private static double SteadyMicroseconds(SchemaInfo schema, SourceText text)
    {
        var clock = Stopwatch.StartNew();
        long parses = 0;
        for (; clock.Elapsed < TimeSpan.FromSeconds(2); parses++) schema.Parse(text);
        var perRound = Math.Max(1, (int)(parses / 100));
        var rounds = new List<double>(21);
        for (var round = 0; round < 21; round++)
        {
            clock.Restart();
            for (var i = 0; i < perRound; i++) schema.Parse(text);
            rounds.Add(clock.Elapsed.TotalMicroseconds / perRound);
        }

        return Median(rounds);
    }

    // A child with tiering off, whose JIT lists every method it compiles in `summary`.
    private static ProcessStartInfo FullOptimization(ProcessStartInfo start, string summary)
    {
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.Environment["DOTNET_JitDisasmSummary"] = "1";
        start.Environment["DOTNET_JitStdOutFile"] = summary;
        File.Delete(summary);
        return start;
    }

    // The native code the JIT's summary gives for the generated assembly's types.
    private static long CodeBytes(string summary, IReadOnlyList<string> generatedTypes)
    {
        var code = CodeBytesAfterLoad(File.ReadLines(summary), generatedTypes);
        if (code == 0) throw new InvalidOperationException($"code-cost: the JIT's summary at {summary} names no method of the generated assembly");
        return code;
    }

    /// <summary>
    /// The native code, in bytes, of the methods of <paramref name="generatedTypes"/> that the JIT's
    /// summary lists after <see cref="LoadingMeasuredAssembly"/>: the measured assembly's, and not
    /// those of the parsers compiled into the bench under the same type names, which the warm-up
    /// compiled before it (the summary does not say which assembly a method is from).
    /// </summary>
    /// <exception cref="InvalidOperationException">The summary does not list the marker.</exception>
    public static long CodeBytesAfterLoad(IEnumerable<string> summaryLines, IReadOnlyCollection<string> generatedTypes)
    {
        var types = generatedTypes.ToHashSet(StringComparer.Ordinal);
        var marker = typeof(GeneratedCodeCost).FullName!;
        var loaded = false;
        long code = 0;
        foreach (var line in summaryLines)
        {
            if (JitSummaryLine.TryParse(line) is not { } method) continue;
            if (!loaded) loaded = method.Type == marker && method.Method == nameof(LoadingMeasuredAssembly);
            else if (types.Contains(method.Type)) code += method.CodeSize;
        }

        return loaded ? code : throw new InvalidOperationException($"code-cost: the JIT's summary does not list {marker}.{nameof(LoadingMeasuredAssembly)}, which the child calls before loading the measured assembly");
    }

    // Called just before the measured assembly is loaded: compiled then, it marks in the JIT's
    // summary where that assembly's methods begin (CodeBytesAfterLoad).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadingMeasuredAssembly()
    {
    }

    private static T Child<T>(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"code-cost: the child ({string.Join(' ', start.ArgumentList)}) exited with code {process.ExitCode}");
        return JsonSerializer.Deserialize<T>(output) ?? throw new InvalidOperationException($"code-cost: the child wrote no result: {output}");
    }

    private static void Report<T>(T result) => Console.WriteLine(JsonSerializer.Serialize(result));

    // A context of its own, as the CLI loads a schema file (SchemaFileLoader).
    private static Assembly Load(string image) =>
        new AssemblyLoadContext("code-cost").LoadFromAssemblyPath(Path.GetFullPath(image));

    private static readonly SampleArticle[] s_samplePages = [SampleArticle.OrientalDaily, SampleArticle.AbcNewsBilingual];

    /// <summary>The text of the page named <paramref name="name"/>: a sample page's path, or the large schema's name.</summary>
    public static string PageText(string name) =>
        name == LargeSchema.Name ? LargeSchema.Page : s_samplePages.Single(p => p.Name == name).Text;

    /// <summary>A shipped schema's file and the libraries it imports (path, text), as the CLI collects a schema file's.</summary>
    public static IReadOnlyList<(string Path, string Text)> Shipped(string name) =>
        SchemaInputs.Collect(RepositoryFiles.PathOf("schemas/" + name + ".docschema.yaml"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
