using System.CommandLine;
using System.Globalization;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Output;
using DocSchema.Cli.Processing;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Commands;

/// <summary><c>docschema parse [--schema NAME|auto] [--format json|jsonl|text] INPUT...</c></summary>
internal sealed class ParseCommand
{
    /// <summary>The <c>--schema</c> value that picks a schema per document.</summary>
    public const string AutoSchema = "auto";

    private readonly IReadOnlyList<SchemaInfo> _schemas;
    private readonly Stream _standardInput;
    private readonly Option<string> _schemaOption;
    private readonly Option<string> _formatOption;
    private readonly Option<int> _jobsOption;
    private readonly Option<double> _timeoutOption;
    private readonly Argument<string[]> _inputArgument;
    private readonly bool _errorIsTerminal;

    /// <summary>Parses with <paramref name="schemas"/>; <c>-</c> reads <paramref name="standardInput"/>.</summary>
    /// <param name="schemas">The compiled-in schemas.</param>
    /// <param name="standardInput">What <c>-</c> reads.</param>
    /// <param name="errorIsTerminal">True when standard error is a terminal: a progress line is drawn there.</param>
    public ParseCommand(IReadOnlyList<SchemaInfo> schemas, Stream standardInput, bool errorIsTerminal)
    {
        _schemas = schemas;
        _standardInput = standardInput;
        _errorIsTerminal = errorIsTerminal;

        _schemaOption = new Option<string>("--schema", "-s")
        {
            HelpName = "NAME|FILE|auto",
            Description = "The schema to parse with: a compiled-in name, a schema file (compiled on first use, then cached), " +
                "or 'auto' to pick for each document the compiled-in schema that scores it highest. " +
                (schemas.Count == 0 ? "No schema is compiled in." : $"Known: {KnownNames}."),
            DefaultValueFactory = _ => AutoSchema,
        };
        _formatOption = new Option<string>("--format", "-f")
        {
            Description = "json: one indented object, or an array of them for several inputs or a directory; " +
                "jsonl: one compact object per line, a failed document as {\"source\", \"schema\", \"error\"}; " +
                "text: a summary for people.",
            DefaultValueFactory = _ => "text",
        };
        _formatOption.AcceptOnlyFromAmong(ResultFormat.Names);
        _jobsOption = new Option<int>("--jobs", "-j")
        {
            HelpName = "N",
            Description = "How many documents to parse at once; the output keeps the order of the inputs whatever N is. " +
                "Default: the number of processors.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        // The library reports a value that is not a number; these check the numbers' range.
        _jobsOption.Validators.Add(result =>
        {
            if (LastNumber(result) is < 1) result.AddError("--jobs must be at least 1.");
        });
        _timeoutOption = new Option<double>("--timeout")
        {
            HelpName = "SECONDS",
            Description = "How long one document may take (reading, parsing, formatting) before it is skipped and " +
                "reported as an error record; 0 for no limit.",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
        };
        _timeoutOption.Validators.Add(result =>
        {
            if (LastNumber(result) is { } seconds && !(seconds >= 0 && seconds <= MaxTimeoutSeconds))
                result.AddError($"--timeout must be between 0 and {MaxTimeoutSeconds} seconds.");
        });
        _inputArgument = new Argument<string[]>("INPUT")
        {
            Description = "A file; a directory (every file below it, in ordinal order of the relative path); or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        // System.CommandLine passes an unknown option such as --bogus on as an argument; it is a usage
        // error, not a file name (a file whose name starts with '-' can be given as ./-name).
        _inputArgument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != InputExpander.StandardInputName)
                    result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });

        Command = new Command("parse", "Parse articles with a compiled-in schema and write what was found.")
        {
            _schemaOption,
            _formatOption,
            _jobsOption,
            _timeoutOption,
            _inputArgument,
        };
        Command.SetAction(ExecuteAsync);
    }

    /// <summary>The default of <c>--timeout</c>, in seconds.</summary>
    public const double DefaultTimeoutSeconds = 10;

    // A day: beyond that a limit means nothing, and TimeSpan arithmetic stays far from overflowing.
    private const double MaxTimeoutSeconds = 86_400;

    /// <summary>The command to add to the root command.</summary>
    public Command Command { get; }

    /// <summary>What <c>docschema parse --help</c> shows after the options.</summary>
    public static string HelpEpilogue =>
        $$"""
        Examples:
          docschema parse article.txt
          docschema parse --schema oriental-daily --format json article.txt
          docschema parse --format jsonl articles/ > articles.jsonl
          docschema parse --format jsonl --jobs 4 --timeout 30 archive/ > archive.jsonl
          curl -s https://example.com/a.txt | docschema parse --format json -

        Decoding: a UTF-8, UTF-16 LE or UTF-16 BE byte order mark decides the encoding (and is
        removed); without one, UTF-8. Invalid bytes never stop a batch: each invalid sequence
        becomes U+FFFD, the document is still parsed, and warning DS2005 in its diagnostics (and
        on standard error) gives the byte offset of the first one, how many there were, and the
        line and column where the first U+FFFD landed.

        Batches: documents are parsed --jobs at a time and written in the order of the inputs;
        a directory is read as it is walked, so memory stays small however many files it holds.
        Every input gives exactly one result; in jsonl a document that cannot be read (a broken
        link, a directory that cannot be listed), whose parser fails, or that takes longer than
        --timeout is a line {"source", "schema", "error"}. A document that times out is skipped;
        parsers cannot be interrupted, so its parse may go on in the background until it ends
        and its result is dropped. That work is bounded: pattern matching spends at most 256
        steps per character of the document (DS2002) and the rest of a parse is linear. Ctrl-C
        stops starting new documents and drops those in flight: every line written is complete;
        a second Ctrl-C ends the process at once. Standard error gets a progress line when it is
        a terminal, and always a one-line summary at the end.

        A document is named as its INPUT was given ('/' separators), files below a directory as
        DIR/relative/path, standard input as "-".

        {{ExitCodes.HelpText}}
        """;

    // The number an option was given (the last time it was given), or null when it was not given
    // or is not a number.
    private static double? LastNumber(System.CommandLine.Parsing.OptionResult result) =>
        result.Tokens.Count > 0 && double.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private string KnownNames => string.Join(", ", _schemas.Select(s => s.Name));

    // The batch runs on threads of its own and this one writes its records: nothing here is asynchronous.
    private Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellation) =>
        Task.FromResult(Execute(parseResult, cancellation));

    private int Execute(ParseResult parseResult, CancellationToken cancellation)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var schemaName = parseResult.GetRequiredValue(_schemaOption);
        var formatName = parseResult.GetRequiredValue(_formatOption);
        var jobs = parseResult.GetRequiredValue(_jobsOption);
        var timeoutSeconds = parseResult.GetRequiredValue(_timeoutOption);
        var inputs = parseResult.GetRequiredValue(_inputArgument);

        // Usage problems are reported before anything is parsed, so no partial output precedes them.
        SchemaInfo? schema = null;
        if (schemaName != AutoSchema)
        {
            schema = SchemaChoice.Resolve(schemaName, _schemas, error);
            if (schema is null) return ExitCodes.Usage;
        }
        else if (_schemas.Count == 0)
        {
            error.WriteLine("docschema: no schema is compiled in; nothing can be parsed");
            return ExitCodes.Usage;
        }

        var missing = InputExpander.FindMissing(inputs).ToList();
        foreach (var path in missing) error.WriteLine($"docschema: no such file or directory: {path}");
        if (missing.Count > 0) return ExitCodes.Usage;

        var format = ResultFormat.Create(formatName, InputExpander.IsSingleDocument(inputs));
        var status = new StatusLine(error, _errorIsTerminal);
        var expander = new InputExpander(_standardInput, status.Warn);
        var options = new BatchOptions(jobs, timeoutSeconds == 0 ? null : TimeSpan.FromSeconds(timeoutSeconds));
        var runner = new BatchRunner(new DocumentProcessor(_schemas, schema), format, options, output, status);

        var totals = runner.Run(expander.Expand(inputs), cancellation);
        if (totals.Interrupted) return ExitCodes.Interrupted;
        return totals.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
