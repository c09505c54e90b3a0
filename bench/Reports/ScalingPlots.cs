namespace DocSchema.Bench.Reports;

/// <summary>
/// The two scaling curves of docs/performance.md, drawn from the CSV reports BenchmarkDotNet writes
/// for <c>--filter '*DocumentSizeScaling*'</c> and <c>--filter '*DocumentCountScaling*'</c>: time per
/// MiB against document size, and time per document against document count, one line per method.
/// </summary>
public static class ScalingPlots
{
    /// <summary>The size report's file name in BenchmarkDotNet's results folder.</summary>
    public const string SizeReport = "DocSchema.Bench.Benchmarks.DocumentSizeScaling-report.csv";

    /// <summary>The count report's file name in BenchmarkDotNet's results folder.</summary>
    public const string CountReport = "DocSchema.Bench.Benchmarks.DocumentCountScaling-report.csv";

    /// <summary>
    /// Writes <c>scaling-size.svg</c> and <c>scaling-count.svg</c> into <paramref name="outputDirectory"/>
    /// from the two reports in <paramref name="resultsDirectory"/>, and names each file on <paramref name="log"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">A report is missing (the message says which filter makes it); nothing is written then.</exception>
    /// <exception cref="InvalidDataException">A report cannot be read or drawn (the message names it, and the line, row or column); nothing is written then.</exception>
    public static void Write(string resultsDirectory, string outputDirectory, TextWriter log)
    {
        // Both drawn before either is written: a missing or bad report leaves the old pair as it was.
        var sizeChart = Chart(resultsDirectory, SizeReport, "*DocumentSizeScaling*", SizeChart);
        var countChart = Chart(resultsDirectory, CountReport, "*DocumentCountScaling*", CountChart);
        Directory.CreateDirectory(outputDirectory);
        foreach (var (file, chart) in new[] { ("scaling-size.svg", sizeChart), ("scaling-count.svg", countChart) })
        {
            var path = Path.Combine(outputDirectory, file);
            File.WriteAllText(path, chart);
            log.WriteLine(path);
        }
    }

    /// <summary>Time per MiB of input (the report's ms/MB column) against the page's size (SizeKiB).</summary>
    public static string SizeChart(BenchmarkReportCsv report) =>
        LineChart.Svg("One document, 1 KiB to 64 MiB: time per MiB (flat = linear)", "document size (synthetic Oriental Daily page)",
            "ms per MiB of UTF-8 input", Series(report, "SizeKiB", "ms/MB"), SizeLabel);

    /// <summary>Time per document (the report's µs/doc column) against the number of documents (Documents).</summary>
    public static string CountChart(BenchmarkReportCsv report) =>
        LineChart.Svg("10 to 100,000 documents: time per document (flat = linear)", "documents parsed one after another (copies of the Oriental Daily page)",
            "µs per document", Series(report, "Documents", "µs/doc"), x => x.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));

    // One series per method, in the report's order of first appearance, its points in the report's order of rows.
    private static List<ChartSeries> Series(BenchmarkReportCsv report, string xColumn, string yColumn)
    {
        var points = new Dictionary<string, List<(double X, double Y)>>();
        var order = new List<string>();
        for (int row = 0; row < report.Count; row++)
        {
            var method = report.Cell(row, "Method");
            if (!points.TryGetValue(method, out var list))
            {
                points[method] = list = [];
                order.Add(method);
            }
            list.Add((report.Number(row, xColumn), report.Number(row, yColumn)));
        }
        return order.ConvertAll(m => new ChartSeries(m == "Regex" ? "baseline R (Regex)" : m, points[m].OrderBy(p => p.X).ToList()));
    }

    private static string SizeLabel(double kibibytes) => kibibytes >= 1024 ? $"{kibibytes / 1024:0.#} MiB" : $"{kibibytes:0.#} KiB";

    // A report read and drawn. What is wrong with one (a cell, a missing column, a point the chart
    // cannot show) is named with its path, which the report's own messages cannot know.
    private static string Chart(string directory, string name, string filter, Func<BenchmarkReportCsv, string> draw)
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: run `dotnet run -c Release --project bench -- --filter '{filter}'` first", path);
        try
        {
            return draw(BenchmarkReportCsv.Parse(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
