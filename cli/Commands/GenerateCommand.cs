using System.CommandLine;
using DocSchema.Cli.Compilation;

namespace DocSchema.Cli.Commands;

/// <summary><c>docschema generate FILE</c>: prints the C# the generator writes for a schema.</summary>
internal sealed class GenerateCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "A schema file (*.docschema.yaml)." };

    public GenerateCommand()
    {
        Command = new Command("generate", "Print the C# source the generator writes for a schema file (what a build compiles).") { _file };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    public static string HelpEpilogue =>
        """
        Examples:
          docschema generate schemas/oriental-daily.docschema.yaml > OrientalDailyArticle.g.cs

        Exit codes:
          0  the source was printed
          1  the schema has errors (printed compiler-style on standard error)
          2  usage error: FILE does not exist, or its name does not end in .docschema.yaml
        """;

    private int Execute(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var file = parseResult.GetRequiredValue(_file);
        if (!File.Exists(file))
        {
            error.WriteLine($"docschema: no such file: {file}");
            return ExitCodes.Usage;
        }
        if (SchemaFileNames.NotSchema(file) is { } misnamed)
        {
            error.WriteLine(misnamed);
            return ExitCodes.Usage;
        }
        var run = GeneratorRun.Run(SchemaInputs.Collect(file), "DocSchema.Generate");
        foreach (var diagnostic in run.Diagnostics) error.WriteLine(DiagnosticText.Format(diagnostic));
        if (run.HasErrors) return ExitCodes.Failure;
        // The schema's own file; the registry that lists it is the same for every schema and left out.
        foreach (var source in run.Sources.Where(s => s.HintName != "DocSchemaRegistry.g.cs"))
            output.Write(source.SourceText.ToString());
        return ExitCodes.Success;
    }
}
