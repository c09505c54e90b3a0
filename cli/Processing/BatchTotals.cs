using System.Diagnostics;
using System.Globalization;

namespace DocSchema.Cli.Processing;

/// <summary>
/// What a batch has done so far: documents written, bytes read, failures and time-outs, and the time
/// it took. Gives the progress line and the summary line of standard error.
/// </summary>
internal sealed class BatchTotals
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Documents written.</summary>
    public int Documents { get; private set; }

    /// <summary>Bytes read, over every document written.</summary>
    public long Bytes { get; private set; }

    /// <summary>Documents that failed (see <see cref="DocumentResult.Failed"/>), time-outs included.</summary>
    public int Failed { get; private set; }

    /// <summary>Documents stopped by the time limit.</summary>
    public int TimedOut { get; private set; }

    /// <summary>True when the batch was cancelled (Ctrl-C) before every document was written.</summary>
    public bool Interrupted { get; set; }

    /// <summary>Counts <paramref name="result"/>, which has just been written.</summary>
    public void Add(DocumentResult result)
    {
        Documents++;
        Bytes += result.Bytes;
        if (result.Failed) Failed++;
        if (result.TimedOut) TimedOut++;
    }

    /// <summary>The progress line: <c>120 files, 35.2 MB, 2.9 MB/s, 3 errors</c>.</summary>
    public string Progress() =>
        Invariant($"{Documents} {Plural(Documents, "file")}, {Megabytes:0.0} MB, {MegabytesPerSecond:0.0} MB/s, {Failed} {Plural(Failed, "error")}");

    /// <summary>
    /// The summary line: <c>docschema: 300 files (12.3 MB) in 4.2 s, 2.9 MB/s; 2 failed (1 timed out)</c>,
    /// ending in <c>; interrupted: …</c> when the batch was cancelled.
    /// </summary>
    public string Summary()
    {
        var failures = Failed == 0 ? "none failed" : Invariant($"{Failed} failed") + (TimedOut > 0 ? Invariant($" ({TimedOut} timed out)") : "");
        return Invariant($"docschema: {Documents} {Plural(Documents, "file")} ({Megabytes:0.0} MB) in {_clock.Elapsed.TotalSeconds:0.0} s, ") +
            Invariant($"{MegabytesPerSecond:0.0} MB/s; {failures}") +
            (Interrupted ? "; interrupted: later documents were not parsed" : "");
    }

    private double Megabytes => Bytes / 1_000_000.0;

    private double MegabytesPerSecond => Megabytes / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
