using System.Diagnostics;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// Times one phase by running it over and over: first long enough for tiered JIT to settle on
/// optimized code, then for a fixed time; reports the mean time and the bytes allocated per run.
/// Cruder than BenchmarkDotNet, but it runs the runtime's pieces one at a time in one process.
/// </summary>
public static class PhaseTimer
{
    /// <summary>Mean time and allocation of one run of <paramref name="phase"/>.</summary>
    public static (double Microseconds, long AllocatedBytes) Measure(Func<long> phase, TimeSpan warmup, TimeSpan measure)
    {
        long sink = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < warmup) sink += phase();

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        phase();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var runs = 0;
        clock.Restart();
        while (clock.Elapsed < measure)
        {
            sink += phase();
            runs++;
        }
        GC.KeepAlive(sink);
        return (clock.Elapsed.TotalMicroseconds / runs, allocated);
    }
}
