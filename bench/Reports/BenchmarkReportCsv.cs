using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocSchema.Bench.Reports;

/// <summary>
/// The rows of a BenchmarkDotNet CSV report (<c>BenchmarkDotNet.Artifacts/results/*-report.csv</c>),
/// each by its column names, with the cells as the report prints them ("3,663.5 ns", "1,502", "-").
/// </summary>
public sealed class BenchmarkReportCsv
{
    private readonly List<string> _header;
    private readonly List<List<string>> _rows;

    private BenchmarkReportCsv(List<string> header, List<List<string>> rows)
    {
        _header = header;
        _rows = rows;
    }

    /// <summary>How many rows (benchmark cases) the report has.</summary>
    public int Count => _rows.Count;

    /// <summary>Reads a report's text: a header line, then one line per case; cells holding a comma are quoted.</summary>
    /// <exception cref="FormatException">No header, an unclosed quotation, or a row whose cell count is not the header's (with its line number).</exception>
    public static BenchmarkReportCsv Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Length == 0) throw new FormatException("a BenchmarkDotNet CSV report starts with its header line; this text has none");
        var header = Cells(lines[0], 1);
        var rows = new List<List<string>>();
        for (int i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = Cells(lines[i], i + 1);
            if (cells.Count != header.Count)
                throw new FormatException($"line {i + 1}: {cells.Count} cells where the header has {header.Count}");
            rows.Add(cells);
        }
        return new BenchmarkReportCsv(header, rows);
    }

    /// <summary>The cell of row <paramref name="row"/> in the column named <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">The report has no such column (the message lists the ones it has).</exception>
    public string Cell(int row, string column)
    {
        int index = _header.IndexOf(column);
        if (index < 0) throw new KeyNotFoundException($"the report has no column '{column}' (it has: {string.Join(", ", _header)})");
        return _rows[row][index];
    }

    /// <summary>
    /// A cell's number without its thousands separators and unit: "3,663.5 ns" is 3663.5, "1,502" is
    /// 1502, "2.45×" is 2.45. The unit is not converted; BenchmarkDotNet prints a column in one unit
    /// throughout, so the numbers of one column compare.
    /// </summary>
    /// <exception cref="FormatException">The cell holds no number ("-", for a row the column does not
    /// apply to), separators out of their places ("1,2,3") or a number followed by another ("1 234").</exception>
    public double Number(int row, string column)
    {
        var cell = Cell(row, column);
        var match = s_number.Match(cell);
        return match.Success && double.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"row {row + 1}, column '{column}': '{cell}' is not a number with an optional unit");
    }

    // A number (thousands separated by commas in threes, or none), then nothing or a unit that starts with no digit.
    private static readonly Regex s_number = new(@"^\s*(?<number>-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?)(\s*[^\d\s,.][^\d]*)?\s*$", RegexOptions.CultureInvariant);

    // One line's cells: a cell in quotation marks may hold commas, and "" within it is one quotation mark.
    private static List<string> Cells(string line, int lineNumber)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') cell.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else cell.Append(c);
        }
        if (quoted) throw new FormatException($"line {lineNumber}: a quotation mark is not closed");
        cells.Add(cell.ToString());
        return cells;
    }
}
