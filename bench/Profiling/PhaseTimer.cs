using System.Diagnostics;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// Times pieces of a parse against each other on a shared machine. The pieces run in alternating
/// short batches (a batch of the first, a batch of the second, …), so that every piece sees the same
/// load from other jobs, and each piece's time is the median of its batches, so that a batch that
/// another job stretched does not count. A discarded warm-up first lets tiered JIT settle on
/// optimized code. Cruder than BenchmarkDotNet, but it compares the runtime's pieces in one process.
/// </summary>
public static class PhaseTimer
{
    private const int Batches = 21;

    /// <summary>Median time per run (µs) and bytes allocated by one run, of each of <paramref name="pieces"/>.</summary>
    public static (double Microseconds, long AllocatedBytes)[] Interleaved(TimeSpan warmup, TimeSpan measure, params Func<long>[] pieces)
    {
        long sink = 0;
        var clock = new Stopwatch();

        // Warm-up, also measuring each piece's pace to size its batches.
        var pace = new double[pieces.Length];
        for (var p = 0; p < pieces.Length; p++)
        {
            var runs = 0;
            clock.Restart();
            while (clock.Elapsed < warmup / pieces.Length)
            {
                sink += pieces[p]();
                runs++;
            }
            pace[p] = clock.Elapsed.TotalMicroseconds / runs;
        }

        var results = new (double, long)[pieces.Length];
        var perBatch = new int[pieces.Length];
        for (var p = 0; p < pieces.Length; p++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            sink += pieces[p]();
            results[p].Item2 = GC.GetAllocatedBytesForCurrentThread() - before;
            perBatch[p] = Math.Max(1, (int)(measure.TotalMicroseconds / pieces.Length / Batches / pace[p]));
        }

        var times = new double[pieces.Length, Batches];
        for (var b = 0; b < Batches; b++)
        {
            for (var p = 0; p < pieces.Length; p++)
            {
                clock.Restart();
                for (var i = 0; i < perBatch[p]; i++) sink += pieces[p]();
                times[p, b] = clock.Elapsed.TotalMicroseconds / perBatch[p];
            }
        }
        GC.KeepAlive(sink);

        for (var p = 0; p < pieces.Length; p++)
        {
            var sorted = Enumerable.Range(0, Batches).Select(b => times[p, b]).Order().ToArray();
            results[p].Item1 = sorted[Batches / 2];
        }
        return results;
    }
}
