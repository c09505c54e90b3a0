using DocSchema.Bench.Commands;
using DocSchema.Bench.Columns;
using DocSchema.Bench.Corpus;
using DocSchema.Bench.Floor;
using DocSchema.Bench.Generator;
using DocSchema.Bench.Profiling;
using DocSchema.Runtime.Patterns;
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
    public void The_profiler_refuses_a_page_it_does_not_know_before_it_starts_a_child()
    {
        // A path given for a page name: the child refused it and the parent failed on the trace the
        // child never wrote, with an error about a temporary file.
        var refused = Assert.Throws<BenchUsageException>(() => SamplingProfile.Run("samples/articles/x.txt", TextWriter.Null));
        Assert.Contains("'samples/articles/x.txt' is not a sample page (oriental-daily or abc-news-bilingual)", refused.Message);
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
    public void The_allocation_sample_names_the_types_a_parse_allocates_with_the_bytes_of_one_parse()
    {
        var output = new StringWriter();
        AllocationSample.Run("oriental-daily", 1000, output);
        var lines = output.ToString().Split('\n');

        // The bytes of one parse are what the same parse allocates on this thread once warmed up
        // (the sampler warms up until two rounds allocate alike, so its figure is one of those).
        var (page, schemaName) = RepeatPage.Named("repeat", "oriental-daily");
        var schema = ShippedSchemas.All.Single(s => s.Name == schemaName);
        var text = page.Text;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) schema.Parse(Runtime.Text.SourceText.From(text, "oriental-daily"));
        long measured = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;

        // A thousand parses of several KB cross the runtime's 100-KB sampling mark dozens of
        // times, and strings are always among the types.
        var header = System.Text.RegularExpressions.Regex.Match(lines[0], @"^### Allocations by type: oriental-daily, 1,000 parses, ([\d,]+) B a parse, ([\d,]+) samples");
        Assert.True(header.Success, lines[0]);
        Assert.Equal(measured, long.Parse(header.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(int.Parse(header.Groups[2].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture), 20, 2_000);
        Assert.Contains(lines, line => line.StartsWith("| `System.String` |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_routine_the_pattern_cost_tables_time_exists_and_agrees_with_its_regex()
    {
        // The tables reach the generated routines by name; a renamed routine must fail here, not
        // only when someone runs `bench -- phases`. Agreeing on every block shows both sides time the same question.
        var tables = PatternCosts.Tables();
        Assert.Equal(12, tables.Sum(t => t.Routines.Length));
        var matched = 0;
        foreach (var table in tables)
        {
            foreach (var (slot, _, blocks, regex) in table.Routines)
            {
                var routine = PatternCosts.Routine(table.Article, slot);
                foreach (var block in blocks)
                {
                    bool generated = routine(new ParseContext(table.Source), block);
                    Assert.True(generated == regex.IsMatch(table.Source.AsSpan(block)), $"{table.Article.Name}.Match{slot} on {block}");
                    matched += generated ? 1 : 0;
                }
            }
        }

        Assert.True(matched > 0);
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
