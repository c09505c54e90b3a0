using System.CommandLine;
using DocSchema.Cli.Compilation;
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
    private readonly Argument<string[]> _inputArgument;

    /// <summary>Parses with <paramref name="schemas"/>; <c>-</c> reads <paramref name="standardInput"/>.</summary>
    public ParseCommand(IReadOnlyList<SchemaInfo> schemas, Stream standardInput)
    {
        _schemas = schemas;
        _standardInput = standardInput;

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
            _inputArgument,
        };
        Command.SetAction(Execute);
    }

    /// <summary>The command to add to the root command.</summary>
    public Command Command { get; }

    /// <summary>What <c>docschema parse --help</c> shows after the options.</summary>
    public static string HelpEpilogue =>
        $"""
        Examples:
          docschema parse article.txt
          docschema parse --schema oriental-daily --format json article.txt
          docschema parse --format jsonl articles/ > articles.jsonl
          curl -s https://example.com/a.txt | docschema parse --format json -

        Documents are decoded as UTF-8, or as the UTF-8/UTF-16 byte order mark says; invalid bytes
        become U+FFFD and a warning on standard error. A document is named as its INPUT was given
        ('/' separators), files below a directory as DIR/relative/path, standard input as "-".

        {ExitCodes.HelpText}
        """;

    private string KnownNames => string.Join(", ", _schemas.Select(s => s.Name));

    private int Execute(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var schemaName = parseResult.GetRequiredValue(_schemaOption);
        var formatName = parseResult.GetRequiredValue(_formatOption);
        var inputs = parseResult.GetRequiredValue(_inputArgument);

        // Usage problems are reported before anything is parsed, so no partial output precedes them.
        SchemaInfo? schema = null;
        if (schemaName != AutoSchema && SchemaFileLoader.IsSchemaFile(schemaName))
        {
            // A schema file: compiled now by the same generator the build runs (cached by content).
            schema = SchemaFileLoader.Load(schemaName, error);
            if (schema is null) return ExitCodes.Usage;
        }
        else if (schemaName != AutoSchema)
        {
            schema = _schemas.FirstOrDefault(s => s.Name == schemaName);
            if (schema is null)
            {
                error.WriteLine($"docschema: unknown schema '{schemaName}' (known: {KnownNames})");
                return ExitCodes.Usage;
            }
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
        var processor = new DocumentProcessor(_schemas, schema);
        var expander = new InputExpander(_standardInput, error);
        int count = 0, failed = 0;
        format.WriteStart(output);
        foreach (var document in expander.Expand(inputs))
        {
            var result = processor.Process(document);
            string record;
            try
            {
                record = format.Format(result);
            }
            catch (Exception ex)
            {
                // Only a schema's own JSON members can throw here; the document still gets its record.
                result = result.AsError(new DocumentError($"writing the result failed: {ex.GetType().Name}: {ex.Message}"));
                record = format.Format(result);
            }

            if (result.InputProblem is { } problem) error.WriteLine($"docschema: warning: {result.Source}: {problem}");
            format.WriteRecord(output, record, count);
            count++;
            if (result.Failed) failed++;
        }
        format.WriteEnd(output, count);

        if (failed == 0) return ExitCodes.Success;
        error.WriteLine($"docschema: {failed} of {count} documents failed");
        return ExitCodes.Failure;
    }
}
