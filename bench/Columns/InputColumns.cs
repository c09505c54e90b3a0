using System.Globalization;
using System.Reflection;

namespace DocSchema.Bench.Columns;

/// <summary>
/// The columns the throughput tables show. MB means MiB (2^20 bytes) throughout, input is counted
/// in UTF-8 bytes, times are medians, allocation per operation comes from BenchmarkDotNet's memory
/// diagnoser.
/// </summary>
public static class InputColumns
{
    private const double MiB = 1 << 20;

    /// <summary>UTF-8 input one operation reads.</summary>
    public static readonly InputColumn Input = new("Input", "Input", "UTF-8 bytes one operation reads",
        m => Size(m.Input.Utf8Bytes));

    /// <summary>Throughput in MiB of UTF-8 input per second.</summary>
    public static readonly InputColumn Throughput = new("MBps", "MB/s", "MiB of UTF-8 input per second (median)",
        m => Number(m.Input.Utf8Bytes / MiB / (m.MedianNanoseconds / 1e9)));

    /// <summary>Time per MiB of input, for the scaling tables.</summary>
    public static readonly InputColumn TimePerMegabyte = new("MsPerMB", "ms/MB", "milliseconds per MiB of UTF-8 input (median)",
        m => Number(m.MedianNanoseconds / 1e6 / (m.Input.Utf8Bytes / MiB)));

    /// <summary>Time per document, when an operation parses several.</summary>
    public static readonly InputColumn TimePerDocument = new("UsPerDoc", "µs/doc", "microseconds per document (median)",
        m => Number(m.MedianNanoseconds / 1e3 / m.Input.Documents));

    /// <summary>Bytes allocated per document.</summary>
    public static readonly InputColumn AllocatedPerDocument = new("AllocPerDoc", "Alloc/doc", "bytes allocated per document",
        m => m.AllocatedBytes is { } bytes ? Size(bytes / m.Input.Documents) : null);

    /// <summary>The bytes of the output's strings per operation.</summary>
    public static readonly InputColumn OutputStrings = new("OutStrings", "Out strings", "2 × length of every string value in the JSON output, per operation",
        m => m.Input.OutputStringBytes is { } bytes ? Size(bytes) : null);

    /// <summary>Allocation over output string bytes: the target is at most 2.</summary>
    public static readonly InputColumn AllocatedPerOutput = new("AllocPerOut", "Alloc/Out", "bytes allocated ÷ output string bytes (target ≤ 2)",
        m => m.AllocatedBytes is { } bytes && m.Input.OutputStringBytes is > 0 and var output ? Number((double)bytes / output) : null);

    /// <summary>How many times faster than the Regex baseline doing the same work (<see cref="ComparedWithAttribute"/>).</summary>
    public static readonly InputColumn SpeedupOverRegex = new("VsRegex", "vs Regex", "Regex baseline's median ÷ this median (target ≥ 3)",
        m => Speedup(m, Baseline.Regex));

    /// <summary>How many times faster than the Sprache interpreter doing the same work (<see cref="ComparedWithAttribute"/>).</summary>
    public static readonly InputColumn SpeedupOverInterpreter = new("VsSprache", "vs Sprache", "Sprache interpreter's median ÷ this median (target ≥ 30)",
        m => Speedup(m, Baseline.Interpreter));

    private static string? Speedup(Measured m, Baseline baseline)
    {
        var compared = m.Case.Descriptor.WorkloadMethod.GetCustomAttributes<ComparedWithAttribute>().FirstOrDefault(a => a.Baseline == baseline);
        if (compared is null) return null;
        var partner = m.Summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == m.Case.Descriptor.Type
            && c.Descriptor.WorkloadMethod.Name == compared.Method
            && c.Parameters.DisplayInfo == m.Case.Parameters.DisplayInfo);
        return partner is not null && m.Summary[partner]?.ResultStatistics is { } other
            ? Number(other.Median / m.MedianNanoseconds) + "×"
            : null;
    }

    private static string Number(double value) =>
        value.ToString(value >= 100 ? "N0" : value >= 10 ? "N1" : "N2", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / MiB).ToString("N1", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
