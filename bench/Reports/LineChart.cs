using System.Globalization;
using System.Net;
using System.Text;

namespace DocSchema.Bench.Reports;

/// <summary>One line of a <see cref="LineChart"/>: its name in the legend and its points, in order of X.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<(double X, double Y)> Points);

/// <summary>
/// A line chart as an SVG document, for the scaling curves of docs/performance.md: X on a
/// logarithmic axis with a tick at every X a series has (sizes and counts grow by factors), Y on a
/// linear axis from zero, so that a flat line means linear scaling and its height is not
/// exaggerated by a cut axis. SVG because it is text (reviewable, diffable) and every browser and
/// GitHub show it; <c>rsvg-convert chart.svg -o chart.png</c> (Debian's librsvg2-bin) makes a PNG of it.
/// </summary>
public static class LineChart
{
    private const int Width = 740, Height = 400, Left = 70, Right = 170, Top = 44, Bottom = 56;

    // The largest Y drawn: an axis to it still has round steps a double can count.
    private const double MaxY = 1e300;
    private static readonly string[] s_colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

    /// <summary>Draws <paramref name="series"/> (at least one point in all, each with a finite X &gt; 0 and 0 ≤ Y ≤ 1e300).</summary>
    /// <param name="title">The chart's title, above it.</param>
    /// <param name="xLabel">What X is, below the axis.</param>
    /// <param name="yLabel">What Y is, beside the axis.</param>
    /// <param name="series">The lines, each coloured in turn and named in the legend.</param>
    /// <param name="xTickLabel">The label of a tick at an X value ("64 KiB").</param>
    /// <exception cref="ArgumentException">No point, or a point the axes cannot show: X not finite or ≤ 0, Y below 0 or above 1e300 (not a number included).</exception>
    public static string Svg(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series, Func<double, string> xTickLabel)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0) throw new ArgumentException("a chart needs at least one point", nameof(series));
        foreach (var (x, y) in points)
            if (!(x > 0) || !(y >= 0) || !double.IsFinite(x) || !(y <= MaxY))
                throw new ArgumentException($"the point ({x}, {y}) cannot be drawn: X must be finite and above 0 (a logarithmic axis), Y from 0 to {MaxY:E0}", nameof(series));

        var xs = points.Select(p => p.X).Distinct().Order().ToList();
        double logMin = Math.Log(xs[0]), logMax = Math.Log(xs[^1]);
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double XAt(double x) => Left + (logMax == logMin ? plotWidth / 2 : (Math.Log(x) - logMin) / (logMax - logMin) * plotWidth);
        var (yMax, yStep) = YAxis(points.Max(p => p.Y));
        double YAt(double y) => Top + plotHeight - y / yMax * plotHeight;

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append($"<text x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">{Escape(title)}</text>\n");

        // Grid and tick labels: Y from zero in round steps (counted, so that no rounding adds or
        // drops one), labelled to the step's decimals; X at each measured value.
        int steps = (int)Math.Round(yMax / yStep);
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(yStep)));
        for (int k = 0; k <= steps; k++)
        {
            double y = k * yStep;
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(YAt(y))}\" y2=\"{N(YAt(y))}\" stroke=\"#ddd\"/>\n");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{N(YAt(y) + 4)}\" text-anchor=\"end\">{y.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}</text>\n");
        }
        foreach (var x in xs)
        {
            svg.Append($"<line x1=\"{N(XAt(x))}\" x2=\"{N(XAt(x))}\" y1=\"{Top}\" y2=\"{Top + plotHeight}\" stroke=\"#eee\"/>\n");
            svg.Append($"<text x=\"{N(XAt(x))}\" y=\"{N(Top + plotHeight + 16)}\" text-anchor=\"middle\">{Escape(xTickLabel(x))}</text>\n");
        }
        svg.Append($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{N(plotWidth)}\" height=\"{N(plotHeight)}\" fill=\"none\" stroke=\"#444\"/>\n");
        svg.Append($"<text x=\"{N(Left + plotWidth / 2)}\" y=\"{Height - 14}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n");
        svg.Append($"<text transform=\"translate(18 {N(Top + plotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{Escape(yLabel)}</text>\n");

        for (int i = 0; i < series.Count; i++)
        {
            var colour = s_colours[i % s_colours.Length];
            var line = string.Join(" ", series[i].Points.Select(p => $"{N(XAt(p.X))},{N(YAt(p.Y))}"));
            svg.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{line}\"><title>{Escape(series[i].Name)}</title></polyline>\n");
            foreach (var p in series[i].Points)
                svg.Append($"<circle cx=\"{N(XAt(p.X))}\" cy=\"{N(YAt(p.Y))}\" r=\"3\" fill=\"{colour}\"><title>{Escape($"{series[i].Name}: {xTickLabel(p.X)}, {N(p.Y)}")}</title></circle>\n");

            double legendY = Top + 10 + (i * 20);
            svg.Append($"<line x1=\"{Width - Right + 12}\" x2=\"{Width - Right + 34}\" y1=\"{N(legendY)}\" y2=\"{N(legendY)}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n");
            svg.Append($"<text x=\"{Width - Right + 40}\" y=\"{N(legendY + 4)}\">{Escape(series[i].Name)}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // The axis' top and step: about five steps of 1, 2 or 5 times a power of ten, the top at or above the largest value.
    private static (double Max, double Step) YAxis(double largest)
    {
        if (largest <= 0) return (1, 0.2);
        double rough = largest / 5, power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double multiple = (rough / power) switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 };
        double step = multiple * power;
        return (Math.Ceiling(largest / step) * step, step);
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
