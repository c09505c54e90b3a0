using System.Diagnostics;
using DocSchema.Bench.Commands;

namespace DocSchema.Bench.Tests;

/// <summary>
/// The bench's own commands: their arguments checked before any work starts, refused with a message
/// that names the command and what was given, and the process's exit code for them.
/// </summary>
public class BenchCommandsTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("40", 40)]
    public void A_count_is_a_whole_number_of_at_least_one(string text, int expected) =>
        Assert.Equal(expected, BenchArguments.Count("repeat", "N", text));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData(" 2")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    public void Any_other_count_is_refused_with_the_command_and_the_text(string text)
    {
        var error = Assert.Throws<BenchUsageException>(() => BenchArguments.Count("json", "N", text));
        Assert.Equal($"json: N must be a whole number of at least 1, not '{text}'", error.Message);
    }

    [Fact]
    public void Options_are_flags_or_take_the_next_argument_as_their_value()
    {
        var options = BenchArguments.Options("batch", ["--cli", "/opt/docschema", "--verbose"], ["--verbose"], ["--runs", "--cli"]);

        Assert.Equal(2, options.Count);
        Assert.Equal("/opt/docschema", options["--cli"]);
        Assert.Null(options["--verbose"]);
        Assert.Empty(BenchArguments.Options("batch", [], [], ["--runs"]));
    }

    [Theory]
    [InlineData("batch: unknown option '--run' (it takes: --runs VALUE, --cli VALUE)", "--run", "3")]
    [InlineData("batch: --runs needs a value", "--runs")]
    [InlineData("batch: --cli is given twice", "--cli", "a", "--cli", "b")]
    public void Unknown_repeated_and_unfinished_options_are_refused(string message, params string[] given) =>
        Assert.Equal(message, Assert.Throws<BenchUsageException>(() => BenchArguments.Options("batch", given, [], ["--runs", "--cli"])).Message);

    [Theory]
    [InlineData("repeat: N must be a whole number of at least 1, not 'x'", "repeat", "oriental-daily", "x")]
    [InlineData("repeat: unknown option '--jsno' (it takes: --auto, --json)", "repeat", "oriental-daily", "2", "--jsno")]
    [InlineData("repeat: --json is given twice", "repeat", "oriental-daily", "2", "--json", "--json")]
    [InlineData("repeat takes PAGE N [--auto] [--json], not 'oriental-daily'", "repeat", "oriental-daily")]
    [InlineData("repeat: no sample page 'the-times' (oriental-daily, abc-news-bilingual, teaser-heavy)", "repeat", "the-times", "2")]
    [InlineData("decode: no sample page 'oriental' (oriental-daily, abc-news-bilingual, teaser-heavy)", "decode", "oriental", "2")]
    [InlineData("decode: unknown option '--strict' (it takes: --get-string)", "decode", "abc-news-bilingual", "1", "--strict")]
    [InlineData("json: N must be a whole number of at least 1, not '0'", "json", "teaser-heavy", "0")]
    [InlineData("allocations takes PAGE N, not 'oriental-daily 1 2'", "allocations", "oriental-daily", "1", "2")]
    [InlineData("profile: 'teaser-heavy' is not a sample page (oriental-daily or abc-news-bilingual)", "profile", "teaser-heavy")]
    [InlineData("profile takes PAGE, not ''", "profile")]
    [InlineData("phases takes no arguments, not 'oriental-daily'", "phases", "oriental-daily")]
    [InlineData("plot-scaling takes [RESULTS [OUT]], not 'a b c'", "plot-scaling", "a", "b", "c")]
    [InlineData("batch takes DIR [--runs N] [--cli CLI], not ''", "batch")]
    [InlineData("batch takes DIR [--runs N] [--cli CLI], not '--runs 3'", "batch", "--runs", "3")]
    [InlineData("batch: DIR must be a folder, or a path where one can be made, not ''", "batch", "")]
    [InlineData("batch: --cli needs the path of a docschema.dll or a native docschema", "batch", "/tmp/docschema-bench-unmade", "--cli", "")]
    [InlineData("unknown command 'repaet'", "repaet", "oriental-daily", "1")]
    [InlineData("code-cost: --runs must be a whole number of at least 1, not '0'", "code-cost", "--runs", "0")]
    [InlineData("code-cost: --runs needs a value", "code-cost", "--runs")]
    public void A_command_with_arguments_it_cannot_run_with_is_refused_by_name(string message, params string[] args)
    {
        var output = new StringWriter();

        Assert.Equal(message, Assert.Throws<BenchUsageException>(() => BenchCommands.TryRun(args, output)).Message);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void A_batch_with_a_bad_run_count_is_refused_before_its_folder_is_made()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"docschema-bench-test-{Guid.NewGuid():N}");

        var error = Assert.Throws<BenchUsageException>(() => BenchCommands.TryRun(["batch", folder, "--cli", typeof(BenchCommands).Assembly.Location, "--runs", "many"], TextWriter.Null));

        Assert.Equal("batch: --runs must be a whole number of at least 1, not 'many'", error.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_batch_folder_that_is_a_file_is_refused_before_anything_is_written_into_it()
    {
        var file = Path.GetTempFileName();
        try
        {
            var error = Assert.Throws<BenchUsageException>(() => BenchCommands.TryRun(["batch", file, "--cli", typeof(BenchCommands).Assembly.Location], TextWriter.Null));

            Assert.Equal($"batch: DIR must be a folder, or a path where one can be made, not '{file}'", error.Message);
            Assert.Equal(0, new FileInfo(file).Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("phases")]
    [InlineData("profile PAGE")]
    [InlineData("repeat PAGE N [--auto] [--json]")]
    [InlineData("allocations PAGE N")]
    [InlineData("decode PAGE N [--get-string]")]
    [InlineData("json PAGE N")]
    [InlineData("plot-scaling [RESULTS [OUT]]")]
    [InlineData("batch DIR [--runs N] [--cli CLI]")]
    [InlineData("code-cost [--runs N]")]
    public void The_usage_lists_every_command_with_its_arguments(string synopsis) =>
        Assert.Contains($"\n  {synopsis} ", BenchCommands.Usage);

    [Theory]
    [InlineData]
    [InlineData("--filter", "*Throughput*")]
    [InlineData("--list", "flat")]
    public void Arguments_that_name_no_command_of_ours_are_left_to_BenchmarkDotNet(params string[] args) =>
        Assert.False(BenchCommands.TryRun(args, TextWriter.Null));

    [Fact]
    public void Decode_prints_the_characters_of_every_decoding()
    {
        var output = new StringWriter();

        Assert.True(BenchCommands.TryRun(["decode", "oriental-daily", "3"], output));

        // The page's 2,744 characters (docs/performance.md), three times.
        Assert.Equal($"{3 * 2744}{Environment.NewLine}", output.ToString());
    }

    [Fact]
    public async Task The_process_exits_with_2_and_the_message_and_usage_on_stderr()
    {
        var (exitCode, stdout, stderr) = await RunBench("repeat", "oriental-daily", "twice");

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        var lines = stderr.Split('\n');
        Assert.Equal("bench: repeat: N must be a whole number of at least 1, not 'twice'", lines[0]);
        Assert.StartsWith("usage: dotnet run -c Release --project bench -- COMMAND", lines[1]);
    }

    [Fact]
    public async Task A_missing_CLI_exits_with_1_and_its_path_without_the_usage()
    {
        var cli = Path.Combine(Path.GetTempPath(), $"docschema-bench-no-cli-{Guid.NewGuid():N}", "docschema");
        var folder = Path.Combine(Path.GetTempPath(), $"docschema-bench-test-{Guid.NewGuid():N}");

        var (exitCode, stdout, stderr) = await RunBench("batch", folder, "--cli", cli);

        Assert.Equal(1, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith($"bench: batch: no CLI at {cli};", stderr);
        Assert.DoesNotContain("usage:", stderr);
        Assert.False(Directory.Exists(folder));
    }

    // The bench's own executable, beside the tests, with its exit code and what it wrote.
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunBench(params string[] args)
    {
        var bench = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "DocSchema.Bench.exe" : "DocSchema.Bench");
        using var process = Process.Start(new ProcessStartInfo(bench, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stderr = process.StandardError.ReadToEndAsync(patience.Token);
        var stdout = await process.StandardOutput.ReadToEndAsync(patience.Token);
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, stdout, await stderr);
    }
}
