using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using DocSchema.Cli.Commands;
using DocSchema.Cli.Output;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli;

/// <summary>
/// The <c>docschema</c> command line, independent of the console and of the generated registry so
/// that tests can run it with their own schemas and streams.
/// </summary>
internal sealed class CliApplication
{
    private readonly RootCommand _root;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    /// <summary>A command line over <paramref name="schemas"/> and the given standard streams.</summary>
    /// <param name="schemas">The schemas <c>parse</c> can use and <c>schemas</c> lists.</param>
    /// <param name="stdin">
    /// Standard input as bytes, not a <see cref="TextReader"/>: <c>parse -</c> detects its encoding
    /// (byte order marks, invalid UTF-8) the same way as for files.
    /// </param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where errors and warnings go.</param>
    /// <param name="stderrIsTerminal">True when <paramref name="stderr"/> is a terminal: <c>parse</c> draws a progress line there.</param>
    public CliApplication(IReadOnlyList<SchemaInfo> schemas, Stream stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(stdin);
        _stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));
        // People read standard error: a file's name or a document's problem is shown, not acted on.
        _stderr = new TerminalSafeWriter(stderr ?? throw new ArgumentNullException(nameof(stderr)));

        var parse = new ParseCommand(schemas, stdin, stderrIsTerminal);
        var list = new SchemasCommand(schemas);
        var eval = new EvalCommand(schemas);
        var check = new CheckCommand();
        var generate = new GenerateCommand();
        _root = new RootCommand("docschema: parse news articles with compiled-in DocSchema schemas.")
        {
            parse.Command,
            list.Command,
            eval.Command,
            check.Command,
            generate.Command,
        };

        var epilogues = new Dictionary<Command, string>
        {
            [_root] = $"""
                Examples:
                  docschema schemas
                  docschema parse article.txt
                  docschema parse --format jsonl articles/ > articles.jsonl
                  docschema parse --schema oriental-daily --format json - < article.txt

                {ExitCodes.HelpText}
                """,
            [parse.Command] = ParseCommand.HelpEpilogue,
            [list.Command] = SchemasCommand.HelpEpilogue,
            [eval.Command] = EvalCommand.HelpEpilogue,
            [check.Command] = CheckCommand.HelpEpilogue,
            [generate.Command] = GenerateCommand.HelpEpilogue,
        };
        foreach (var option in _root.Options)
        {
            if (option is HelpOption { Action: HelpAction standardHelp } help)
                help.Action = new HelpWithEpilogueAction(standardHelp, epilogues);
        }
    }

    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="cancellation">Cancelled on Ctrl-C or SIGTERM: <c>parse</c> stops starting documents and exits with <see cref="ExitCodes.Interrupted"/>.</param>
    public int Run(string[] args, CancellationToken cancellation = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = _stdout,
            Error = _stderr,
            // Its handler prints stack traces; failures are reported below in one line instead.
            EnableDefaultExceptionHandler = false,
            // Signals are the caller's (Program.cs): the library's own handler would end the process
            // two seconds after Ctrl-C, possibly in the middle of a line.
            ProcessTerminationTimeout = null,
        };

        try
        {
            var parseResult = _root.Parse(args);
            if (parseResult.Action is ParseErrorAction parseError)
            {
                // The message alone, not the whole help after it; all of it (typo suggestions too) on
                // standard error, which is not data; and exit code 2, not the library's 1.
                parseError.ShowHelp = false;
                parseResult.Invoke(new InvocationConfiguration { Output = _stderr, Error = _stderr, EnableDefaultExceptionHandler = false });
                return ExitCodes.Usage;
            }
            return parseResult.InvokeAsync(configuration, cancellation).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            // Documents fail one by one inside "parse"; what reaches here is the output itself failing
            // (a closed pipe, a full disk).
            _stderr.WriteLine($"docschema: {ex.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            try
            {
                _stdout.Flush();
            }
            catch (IOException)
            {
                // The reader went away (e.g. "| head"): nothing more can be written, nothing to report.
            }
        }
    }
}
