using System.Diagnostics;
using System.Text.Json;
using DocSchema.Cli;
using DocSchema.Generated;
using DocSchema.Robustness.Tests.Support;

namespace DocSchema.Robustness.Tests;

/// <summary>
/// The acceptance run of the CLI batch: a folder of mutated articles and every pathological input,
/// parsed with <c>parse --schema auto --format jsonl DIR</c> and the compiled-in schemas, gives one
/// valid JSON line per input, in order, no error record, exit 0, in bounded time.
/// </summary>
/// <remarks>
/// CI runs it in process with fewer mutated articles than the manual run. With
/// <c>DOCSCHEMA_ACCEPTANCE_DIR=/some/dir</c> it writes the full-size corpus (300 mutated articles)
/// there and keeps it, for <c>dotnet run -c Release --project cli -- parse --schema auto --format jsonl DIR</c>.
/// </remarks>
[Collection(TimingCollection.Name)]
public sealed class BatchAcceptanceTests(ITestOutputHelper output)
{
    private const int CiMutated = 80;
    private const int FullMutated = 300;

    // Generous for a debug build on a shared 2-core machine; the manual run's limit is 45 s in Release.
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(90);

    [Fact]
    public void A_batch_of_mutated_and_pathological_articles_gives_one_valid_json_line_per_input()
    {
        var keep = Environment.GetEnvironmentVariable(AcceptanceCorpus.DirectoryVariable);
        var folder = string.IsNullOrEmpty(keep) ? Path.Combine(Path.GetTempPath(), "docschema-acceptance-" + Guid.NewGuid().ToString("N")) : keep;
        try
        {
            var corpus = AcceptanceCorpus.Write(folder, string.IsNullOrEmpty(keep) ? CiMutated : FullMutated);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var clock = Stopwatch.StartNew();

            var exit = new CliApplication(DocSchemaRegistry.All, Stream.Null, stdout, stderr)
                // A longer time limit than the default 10 s: a debug build on a busy machine may take
                // several seconds for the 5-MB document, and a time-out here would be noise, not a bug.
                .Run(["parse", "--schema", "auto", "--format", "jsonl", "--timeout", "60", folder]);

            clock.Stop();
            output.WriteLine($"acceptance: {corpus.Names.Count} files ({corpus.Bytes / 1e6:0.0} MB, {corpus.Damaged.Count} with invalid UTF-8) in {clock.Elapsed.TotalSeconds:0.0} s; seed {PropertySeed.Value}; {stderr.ToString().Trim().Split('\n')[^1]}");
            var label = $"seed {PropertySeed.Value} ({PropertySeed.Reproduce} reproduces it), folder {folder}";
            Assert.True(exit == 0, $"exit code {exit}; {label}; stderr: {stderr}");
            Assert.True(clock.Elapsed < s_limit, $"took {clock.Elapsed.TotalSeconds:0.0} s; {label}");

            var lines = stdout.ToString().Split('\n');
            Assert.Equal("", lines[^1]); // the output ends with a complete line
            Assert.Equal(corpus.Names.Count, lines.Length - 1);
            var prefix = folder.Replace('\\', '/').TrimEnd('/') + "/";
            var schemas = new Dictionary<string, int>();
            for (var i = 0; i < corpus.Names.Count; i++)
            {
                using var record = JsonDocument.Parse(lines[i]);
                var root = record.RootElement;
                Assert.True(prefix + corpus.Names[i] == root.GetProperty("source").GetString(), $"line {i + 1} is {root.GetProperty("source")}, expected {corpus.Names[i]}; {label}");
                Assert.False(root.TryGetProperty("error", out var error), $"{corpus.Names[i]}: {error}; {label}");
                var missing = ArticleProperties.ContractMembers.Where(m => !root.TryGetProperty(m, out _)).ToList();
                Assert.True(missing.Count == 0, $"{corpus.Names[i]} lacks {string.Join(", ", missing)}; {label}");
                var hasDs2005 = root.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "DS2005");
                Assert.True(corpus.Damaged.Contains(corpus.Names[i]) == hasDs2005, $"{corpus.Names[i]}: DS2005 {(hasDs2005 ? "reported" : "missing")}; {label}");
                var schema = root.GetProperty("schema").GetString()!;
                schemas[schema] = schemas.GetValueOrDefault(schema) + 1;
            }
            output.WriteLine("schemas picked: " + string.Join(", ", schemas.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        }
        finally
        {
            if (string.IsNullOrEmpty(keep)) Directory.Delete(folder, recursive: true);
        }
    }
}
