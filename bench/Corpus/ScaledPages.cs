using System.Collections.Concurrent;
using System.Text;

namespace DocSchema.Bench.Corpus;

/// <summary>
/// Synthetic Oriental Daily pages of a given size (<see cref="OrientalDailyPage.Scaled"/>), built
/// once per size and process: the scaling benchmarks and their columns ask for the same bytes.
/// </summary>
public static class ScaledPages
{
    private static readonly ConcurrentDictionary<long, byte[]> s_pages = new();

    /// <summary>The UTF-8 bytes of a page of about <paramref name="kibibytes"/> KiB.</summary>
    public static byte[] OfKibibytes(int kibibytes) =>
        s_pages.GetOrAdd(kibibytes, kib => Encoding.UTF8.GetBytes(OrientalDailyPage.Real.Scaled(kib * 1024)));

    /// <summary>The name written as the <c>source</c> of such a page.</summary>
    public static string NameOf(int kibibytes) => $"synthetic/oriental-daily-{kibibytes}KiB.txt";
}
