using DocSchema.Robustness.Tests.Support;
using DocSchema.Runtime.Articles;

namespace DocSchema.Robustness.Tests;

/// <summary>
/// Parsing stays linear on adversarial inputs. The precise check is deterministic: an input eight
/// times longer spends at most ten times the pattern-matching steps (<see cref="Article.StepsUsed"/>)
/// and never runs out of its step budget (which would hide a super-linear pattern behind DS2002).
/// The timing check covers everything else (blocks, languages, quotes, alignment, JSON) with a
/// generous bound, because timings are noisy on a shared machine.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class LinearTimeTests(ITestOutputHelper output)
{
    private const int Factor = 8;
    private const double MaxStepRatio = 10;
    private const double MaxTimeRatio = 20;

    // Steps are exact at any size, so a small n keeps the 44 cases quick.
    private const int StepSize = 10_000;

    // Timing needs sizes where the parse, not the clock or a stray collection, dominates.
    private const int TimeSize = 100_000;

    // Work that does not grow with the input (the headline, the first paragraph's dateline), so
    // inputs whose steps barely grow are not failed on a constant.
    private const long StepSlack = 10_000;

    public static TheoryData<string, string> InputsAndSchemas()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in AdversarialInputs.Names)
            foreach (var schema in SchemaUnderTest.All)
                data.Add(input, schema.Name);
        return data;
    }

    public static TheoryData<string> Schemas() => SchemaUnderTest.Names();

    public static TheoryData<string> Inputs() => new(AdversarialInputs.Names);

    // Each input alone, timed: a super-linear walk in one of them can hide in the mixed timing
    // below, among the others' linear work. Sizes where a quadratic walk takes seconds.
    private const int OneInputSize = 25_000;

    // Under this, the large input's time says nothing: a quadratic walk at this size takes seconds.
    private static readonly TimeSpan s_tooShortToJudge = TimeSpan.FromMilliseconds(50);

    [Theory]
    [MemberData(nameof(InputsAndSchemas))]
    public void Eight_times_the_input_spends_at_most_about_eight_times_the_steps(string input, string schema)
    {
        var parser = SchemaUnderTest.Named(schema);
        var small = parser.Parse(AdversarialInputs.Create(input, StepSize), "small").Article!;
        var large = parser.Parse(AdversarialInputs.Create(input, StepSize * Factor), "large").Article!;
        var ratio = (double)large.StepsUsed / Math.Max(1, small.StepsUsed);

        // Inputs are whole units repeated, so the large one is about, not exactly, eight times as long.
        var growth = (double)large.Source.Length / small.Source.Length;
        var allowed = MaxStepRatio / Factor * growth;

        output.WriteLine($"steps {input} × {schema}: {small.Source.Length:N0} → {large.Source.Length:N0} chars (×{growth:0.00}), " +
            $"{small.StepsUsed:N0} → {large.StepsUsed:N0} steps (×{ratio:0.00})");

        Assert.False(large.Diagnostics.Any(d => d.Id == "DS2002"), $"{input} × {schema}: the step budget ran out (DS2002)");
        Assert.True(large.StepsUsed <= allowed * small.StepsUsed + StepSlack,
            $"{input} × {schema}: ×{growth:0.00} the input spent {large.StepsUsed:N0} steps against {small.StepsUsed:N0} (×{ratio:0.00}, at most ×{allowed:0.00} allowed)");
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Eight_times_the_input_takes_at_most_about_eight_times_as_long(string schema)
    {
        var parser = SchemaUnderTest.Named(schema);
        var small = AdversarialInputs.Mixed(TimeSize);
        var large = AdversarialInputs.Mixed(TimeSize * Factor);
        var (smallTime, largeTime) = Times(parser, small, large);
        var ratio = largeTime.TotalMilliseconds / Math.Max(0.01, smallTime.TotalMilliseconds);

        output.WriteLine($"time every adversarial input × {schema}: {small.Length:N0} → {large.Length:N0} chars, " +
            $"{smallTime.TotalMilliseconds:0.0} → {largeTime.TotalMilliseconds:0.0} ms of CPU (×{ratio:0.00})");

        Assert.True(ratio < MaxTimeRatio,
            $"{schema}: {Factor}× the input took {largeTime.TotalMilliseconds:0.0} ms of CPU against {smallTime.TotalMilliseconds:0.0} ms (×{ratio:0.00})");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_at_eight_times_the_size_takes_at_most_about_eight_times_as_long(string input)
    {
        // The generic schema: every paragraph of any text, Chinese or English, is attributed.
        var parser = SchemaUnderTest.Named("generic-news");
        var small = AdversarialInputs.Create(input, OneInputSize);
        var large = AdversarialInputs.Create(input, OneInputSize * Factor);
        var (smallTime, largeTime) = Times(parser, small, large);
        var ratio = largeTime.TotalMilliseconds / Math.Max(0.01, smallTime.TotalMilliseconds);

        output.WriteLine($"time {input} × generic-news: {small.Length:N0} → {large.Length:N0} chars, " +
            $"{smallTime.TotalMilliseconds:0.0} → {largeTime.TotalMilliseconds:0.0} ms of CPU (×{ratio:0.00})");

        Assert.True(largeTime < s_tooShortToJudge || ratio < MaxTimeRatio,
            $"{input}: {Factor}× the input took {largeTime.TotalMilliseconds:0.0} ms of CPU against {smallTime.TotalMilliseconds:0.0} ms (×{ratio:0.00})");
    }

    // The least CPU time of a few parses of each, after one untimed parse of each (the JIT's).
    // Small and large runs alternate, so a busy moment on the machine slows both alike.
    private static (TimeSpan Small, TimeSpan Large) Times(SchemaUnderTest parser, string small, string large)
    {
        ParseToJson(parser, small);
        ParseToJson(parser, large);
        TimeSpan smallTime = TimeSpan.MaxValue, largeTime = TimeSpan.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            smallTime = Min(smallTime, CpuTime(() => ParseToJson(parser, small)));
            if (round < 2) largeTime = Min(largeTime, CpuTime(() => ParseToJson(parser, large)));
        }

        return (smallTime, largeTime);
    }

    private static void ParseToJson(SchemaUnderTest parser, string text) => parser.Parse(text, "timed").Article!.ToJson(indented: false);

    // The process's CPU time, not the wall clock: other processes on a shared machine do not count,
    // only this parse (the collection runs alone) and the collections it causes.
    private static TimeSpan CpuTime(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Environment.CpuUsage.TotalTime;
        work();
        return Environment.CpuUsage.TotalTime - before;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
