using DocSchema.Bench.Columns;
using DocSchema.Bench.Floor;
using DocSchema.Bench.Generator;
using System.Text;

namespace DocSchema.Bench.Tests;

/// <summary>The measures behind the tables: output string bytes, the floor's work, the generator inputs.</summary>
public class MeasureTests
{
    [Fact]
    public void Output_string_bytes_count_two_bytes_per_character_of_string_values_only()
    {
        // Values "ab" and "xyz" (5 characters); property names and numbers do not count.
        Assert.Equal(10, OutputStrings.BytesOf("""{"name": "ab", "n": 12, "list": ["xyz", null]}"""));
    }

    [Fact]
    public void The_floor_counts_every_line_and_every_quote_mark()
    {
        // 4 lines (the floor takes CR and LF of a CRLF as two breaks, with an empty line between, and
        // counts the empty line after the last LF), and 4 quote marks.
        var text = "“a” b\r\n'c' d\n";
        Assert.Equal(4 + 4, DecodeSplitScanFloor.Run(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Schema_copies_generate_one_type_each_without_errors()
    {
        var driver = GeneratorHarness.Run(GeneratorHarness.NewDriver(SchemaSet.Copies(4)));

        GeneratorHarness.CheckGenerated(driver, 4);
        var hints = driver.GetRunResult().GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Contains(hints, h => h.Contains("OrientalDailyArticleCopy1", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.Contains("OrientalDailyArticleCopy4", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_schema_is_regenerated_with_its_edit()
    {
        var files = SchemaSet.Copies(3);
        var warm = GeneratorHarness.Run(GeneratorHarness.NewDriver(files));
        var edited = SchemaSet.Edited(files[1]);

        var rerun = GeneratorHarness.Run(warm.ReplaceAdditionalText(files[1], edited));

        GeneratorHarness.CheckGenerated(rerun, 3);
        Assert.Contains(rerun.GetRunResult().GeneratedTrees, t => t.ToString().Contains("Edited.", StringComparison.Ordinal));
        Assert.DoesNotContain(warm.GetRunResult().GeneratedTrees, t => t.ToString().Contains("Edited.", StringComparison.Ordinal));
    }
}
