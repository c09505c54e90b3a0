using System.Globalization;
using System.Xml.Linq;
using DocSchema.Bench.Reports;

namespace DocSchema.Bench.Tests;

/// <summary>The scaling curves: BenchmarkDotNet's CSV report read back, and the SVG drawn from it.</summary>
public class ScalingPlotTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    // The shape of BenchmarkDotNet's report: cells with a thousands separator are quoted, units follow numbers.
    private const string SizeReport = """
        Method,Job,SizeKiB,Median,ms/MB,µs/doc
        Floor,w1i5,1,706.8 ns,0.67,0.71
        Generated,w1i5,1,"3,673.2 ns",3.46,3.67
        Regex,w1i5,1,"6,775.9 ns",6.38,6.78
        Floor,w1i5,1024,"897,389.3 ns",0.90,897
        Generated,w1i5,1024,"2,449,166.0 ns",2.45,"2,449"
        Regex,w1i5,1024,"7,298,886.3 ns",7.30,"7,299"
        Floor,w1i5,65536,"126,090,842.0 ns",1.97,"126,091"
        Generated,w1i5,65536,"185,392,034.0 ns",2.90,"185,392"
        Regex,w1i5,65536,"611,275,787.0 ns",9.55,"611,276"
        """;

    [Fact]
    public void A_report_cell_is_read_as_printed_and_as_a_number_without_separators_or_unit()
    {
        var report = BenchmarkReportCsv.Parse(SizeReport);

        Assert.Equal(9, report.Count);
        Assert.Equal("Generated", report.Cell(1, "Method"));
        Assert.Equal("3,673.2 ns", report.Cell(1, "Median"));
        Assert.Equal(3673.2, report.Number(1, "Median"));
        Assert.Equal(185392, report.Number(7, "µs/doc"));
        Assert.Equal(65536, report.Number(8, "SizeKiB"));
    }

    [Fact]
    public void A_quoted_cell_keeps_its_commas_and_its_doubled_quotation_marks()
    {
        var report = BenchmarkReportCsv.Parse("A,B,C\n\"x, \"\"y\"\"\",2,\"\"\r\n");

        Assert.Equal(1, report.Count);
        Assert.Equal("x, \"y\"", report.Cell(0, "A"));
        Assert.Equal("2", report.Cell(0, "B"));
        Assert.Equal("", report.Cell(0, "C"));
    }

    [Fact]
    public void A_bad_report_or_cell_is_refused_with_where_and_why()
    {
        Assert.Contains("header", Assert.Throws<FormatException>(() => BenchmarkReportCsv.Parse("")).Message);
        Assert.Contains("line 3: 2 cells where the header has 3", Assert.Throws<FormatException>(() => BenchmarkReportCsv.Parse("A,B,C\n1,2,3\n1,2\n")).Message);
        Assert.Contains("line 2: a quotation mark is not closed", Assert.Throws<FormatException>(() => BenchmarkReportCsv.Parse("A,B\n\"1,2\n")).Message);

        var report = BenchmarkReportCsv.Parse("Method,ms/MB\nFloor,-\nA,\"1,2,3\"\nB,1 234\nC,1.2E+03 ms\nD,12 KB 3\n");
        Assert.Contains("row 1, column 'ms/MB': '-' is not a number", Assert.Throws<FormatException>(() => report.Number(0, "ms/MB")).Message);
        // Separators out of their places, and a number followed by another, are refused rather than cut short.
        Assert.Throws<FormatException>(() => report.Number(1, "ms/MB"));
        Assert.Throws<FormatException>(() => report.Number(2, "ms/MB"));
        Assert.Equal(1200, report.Number(3, "ms/MB"));
        Assert.Throws<FormatException>(() => report.Number(4, "ms/MB"));
        Assert.Contains("it has: Method, ms/MB", Assert.Throws<KeyNotFoundException>(() => report.Cell(0, "µs/doc")).Message);
    }

    [Fact]
    public void The_size_chart_draws_one_line_a_method_through_its_per_MiB_times()
    {
        var svg = XDocument.Parse(ScalingPlots.SizeChart(BenchmarkReportCsv.Parse(SizeReport)));

        var lines = svg.Descendants(s_svg + "polyline").ToDictionary(l => l.Element(s_svg + "title")!.Value, Points);
        Assert.Equal(["Floor", "Generated", "baseline R (Regex)"], lines.Keys);
        foreach (var points in lines.Values)
        {
            // Three sizes, left to right, spaced by their logarithms: 1 to 1,024 KiB is ten doublings, 1,024 to 65,536 six.
            Assert.Equal(3, points.Count);
            Assert.True(points[0].X < points[1].X && points[1].X < points[2].X);
            Assert.Equal((points[1].X - points[0].X) / 10, (points[2].X - points[1].X) / 6, 1);
        }

        // Y grows upwards: the larger time is drawn higher (a smaller SVG y), in proportion from zero.
        var generated = lines["Generated"];
        var regex = lines["baseline R (Regex)"];
        Assert.True(regex[2].Y < generated[2].Y);
        double zero = BaselineOfZero(svg);
        Assert.Equal(9.55 / 2.90, (zero - regex[2].Y) / (zero - generated[2].Y), 2);

        var labels = svg.Descendants(s_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("1 KiB", labels);
        Assert.Contains("1 MiB", labels);
        Assert.Contains("64 MiB", labels);
        Assert.Contains("ms per MiB of UTF-8 input", labels);
    }

    [Fact]
    public void The_count_chart_reads_the_per_document_column_against_the_documents()
    {
        var report = BenchmarkReportCsv.Parse("""
            Method,Documents,µs/doc,ms/MB
            Floor,10,7.48,1.0
            Generated,10,47.6,6.5
            Floor,"100,000",8.12,1.1
            Generated,"100,000",53.1,7.2
            """);

        var svg = XDocument.Parse(ScalingPlots.CountChart(report));
        var generated = svg.Descendants(s_svg + "polyline").Single(l => l.Element(s_svg + "title")!.Value == "Generated");
        var points = Points(generated);
        double zero = BaselineOfZero(svg);
        Assert.Equal(53.1 / 47.6, (zero - points[1].Y) / (zero - points[0].Y), 2);
        Assert.Contains("100,000", svg.Descendants(s_svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Names_are_escaped_and_points_the_axes_cannot_show_are_refused()
    {
        var svg = LineChart.Svg("a < b & c", "x", "y", [new ChartSeries("<R&D>", [(1, 2), (10, 3)])], x => x.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("<R&D>", XDocument.Parse(svg).Descendants(s_svg + "title").Select(t => t.Value));

        Assert.Throws<ArgumentException>(() => LineChart.Svg("t", "x", "y", [new ChartSeries("s", [(0, 1)])], x => ""));
        Assert.Throws<ArgumentException>(() => LineChart.Svg("t", "x", "y", [new ChartSeries("s", [(1, double.NaN)])], x => ""));
        Assert.Throws<ArgumentException>(() => LineChart.Svg("t", "x", "y", [new ChartSeries("s", [])], x => ""));
        Assert.Throws<ArgumentException>(() => LineChart.Svg("t", "x", "y", [new ChartSeries("s", [(double.PositiveInfinity, 1)])], x => ""));
        Assert.Throws<ArgumentException>(() => LineChart.Svg("t", "x", "y", [new ChartSeries("s", [(1, double.PositiveInfinity)])], x => ""));
        Assert.Throws<ArgumentException>(() => LineChart.Svg("t", "x", "y", [new ChartSeries("s", [(1, 1.7e308)])], x => ""));
    }

    [Fact]
    public void Small_values_are_labelled_to_the_decimals_of_their_steps()
    {
        var svg = XDocument.Parse(LineChart.Svg("t", "x", "y", [new ChartSeries("s", [(1, 0.001), (2, 0.004)])], x => $"x{x}"));
        var labels = svg.Descendants(s_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("0.000", labels);
        Assert.Contains("0.004", labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void Writing_the_plots_names_the_benchmark_a_missing_report_needs()
    {
        var directory = Directory.CreateTempSubdirectory("scaling-plots-");
        try
        {
            var missing = Assert.Throws<FileNotFoundException>(() => ScalingPlots.Write(directory.FullName, directory.FullName, TextWriter.Null));
            Assert.Contains("--filter '*DocumentSizeScaling*'", missing.Message);

            // With the size report only: the count report's absence is found before anything is written.
            File.WriteAllText(Path.Combine(directory.FullName, ScalingPlots.SizeReport), SizeReport);
            var output = Path.Combine(directory.FullName, "out");
            Assert.Contains("--filter '*DocumentCountScaling*'", Assert.Throws<FileNotFoundException>(() => ScalingPlots.Write(directory.FullName, output, TextWriter.Null)).Message);
            Assert.False(Directory.Exists(output));

            File.WriteAllText(Path.Combine(directory.FullName, ScalingPlots.CountReport), "Method,Documents,µs/doc\nGenerated,10,47.6\nGenerated,100,49.4\n");
            var log = new StringWriter();
            ScalingPlots.Write(directory.FullName, Path.Combine(directory.FullName, "out"), log);

            Assert.Equal(2, log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(3, XDocument.Load(Path.Combine(directory.FullName, "out", "scaling-size.svg")).Descendants(s_svg + "polyline").Count());
            Assert.Single(XDocument.Load(Path.Combine(directory.FullName, "out", "scaling-count.svg")).Descendants(s_svg + "polyline"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Method,Documents\nGenerated,10\n", "the report has no column 'µs/doc'")]
    [InlineData("Method,Documents,µs/doc\nGenerated,10\n", "line 2: 2 cells where the header has 3")]
    [InlineData("Method,Documents,µs/doc\nGenerated,0,47.6\n", "the point (0, 47.6) cannot be drawn")]
    public void A_report_that_cannot_be_read_or_drawn_is_named_with_its_path(string countReport, string why)
    {
        var directory = Directory.CreateTempSubdirectory("scaling-plots-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, ScalingPlots.SizeReport), SizeReport);
            var path = Path.Combine(directory.FullName, ScalingPlots.CountReport);
            File.WriteAllText(path, countReport);
            var output = Path.Combine(directory.FullName, "out");

            var error = Assert.Throws<InvalidDataException>(() => ScalingPlots.Write(directory.FullName, output, TextWriter.Null));

            Assert.StartsWith($"{path}: {why}", error.Message);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<(double X, double Y)> Points(XElement polyline) =>
        polyline.Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();

    // The SVG y of the value 0: the grid line labelled "0".
    private static double BaselineOfZero(XDocument svg)
    {
        var label = svg.Descendants(s_svg + "text").First(t => t.Value == "0");
        return double.Parse(label.Attribute("y")!.Value, CultureInfo.InvariantCulture) - 4;
    }
}
