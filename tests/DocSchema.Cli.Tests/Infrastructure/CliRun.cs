using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Tests.Infrastructure;

/// <summary>One in-process run of the CLI: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>docschema <paramref name="args"/></c> with the fake schemas (or <paramref name="schemas"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input's bytes.</param>
    /// <param name="schemas">The compiled-in schemas; the fake ones by default.</param>
    /// <param name="cancellation">Stands for Ctrl-C.</param>
    /// <param name="stderrIsTerminal">Whether the CLI is told standard error is a terminal (progress line).</param>
    public static CliRun Of(string[] args, byte[]? stdin = null, IReadOnlyList<SchemaInfo>? schemas = null,
        CancellationToken cancellation = default, bool stderrIsTerminal = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var application = new CliApplication(schemas ?? FakeSchemas.All, new MemoryStream(stdin ?? []), stdout, stderr, stderrIsTerminal);
        var exitCode = application.Run(args, cancellation);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>docschema <paramref name="args"/></c> with the fake schemas and empty standard input.</summary>
    public static CliRun Of(params string[] args) => Of(args, stdin: null);

    /// <summary>Runs with <paramref name="stdin"/> (UTF-8) on standard input.</summary>
    public static CliRun WithStdin(string stdin, params string[] args) => Of(args, Encoding.UTF8.GetBytes(stdin));

    /// <summary>
    /// The summary line <c>parse</c> ends standard error with, for <paramref name="files"/> files and
    /// the given failures (<c>none failed</c>, <c>2 failed (1 timed out)</c>); sizes and times may be anything.
    /// </summary>
    public static string SummaryPattern(int files, string failures, bool interrupted = false) =>
        $@"^docschema: {files} files? \(\d+\.\d MB\) in \d+\.\d s, \d+\.\d MB/s; {Regex.Escape(failures)}" +
        (interrupted ? "; interrupted: later documents were not parsed$" : "$");

    /// <summary>The lines of standard output.</summary>
    public string[] StdoutLines => Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lines of standard error.</summary>
    public string[] StderrLines => Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Standard output parsed as one JSON value.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Each line of standard output parsed as JSON.</summary>
    public JsonElement[] JsonLines() => StdoutLines.Select(line =>
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }).ToArray();
}
