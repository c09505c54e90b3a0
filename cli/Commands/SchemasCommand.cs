using System.CommandLine;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Commands;

/// <summary><c>docschema schemas</c>: one compiled-in schema per line, as aligned columns name, type, description.</summary>
internal sealed class SchemasCommand
{
    private const string ColumnGap = "  ";

    private readonly IReadOnlyList<SchemaInfo> _schemas;

    /// <summary>Lists <paramref name="schemas"/>.</summary>
    public SchemasCommand(IReadOnlyList<SchemaInfo> schemas)
    {
        _schemas = schemas;
        Command = new Command("schemas", "List the compiled-in schemas: name, generated type, description.");
        Command.SetAction(Execute);
    }

    /// <summary>The command to add to the root command.</summary>
    public Command Command { get; }

    /// <summary>What <c>docschema schemas --help</c> shows after the options.</summary>
    public static string HelpEpilogue =>
        """
        Examples:
          docschema schemas
          docschema parse --schema oriental-daily article.txt
        """;

    private int Execute(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        if (_schemas.Count == 0)
        {
            parseResult.InvocationConfiguration.Error.WriteLine("docschema: no schema is compiled in");
            return ExitCodes.Success;
        }

        var nameWidth = _schemas.Max(s => s.Name.Length);
        var typeWidth = _schemas.Max(s => s.TypeName.Length);
        foreach (var schema in _schemas)
        {
            // A doc: text may span several YAML lines; the listing keeps one schema per line.
            var description = string.Join(' ', schema.Description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            output.WriteLine($"{schema.Name.PadRight(nameWidth)}{ColumnGap}{schema.TypeName.PadRight(typeWidth)}{ColumnGap}{description}".TrimEnd());
        }
        return ExitCodes.Success;
    }
}
