using System.CommandLine;
using DocSchema.Cli.Compilation;

namespace DocSchema.Cli.Commands;

/// <summary><c>docschema check FILE…</c>: the generator's diagnostics for schema files, compiler-style.</summary>
internal sealed class CheckCommand
{
    private readonly Argument<string[]> _files = new("FILE")
    {
        Description = "Schema files (*.docschema.yaml) or pattern libraries (*.patterns.yaml) to check.",
        Arity = ArgumentArity.OneOrMore,
    };

    public CheckCommand()
    {
        Command = new Command("check", "Check schema files without building: every problem as path(line,col): error DSxxxx: message.") { _files };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    public static string HelpEpilogue =>
        $"""
        Examples:
          docschema check schemas/*.docschema.yaml
          docschema check my-source.docschema.yaml

        Exit codes:
          0  no errors (warnings are printed but do not fail)
          1  some file has an error
          2  usage error: a FILE that does not exist, or whose name ends in neither
             .docschema.yaml nor .patterns.yaml (a build reads no other file)
        """;

    private int Execute(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var files = parseResult.GetRequiredValue(_files);
        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var file in missing) error.WriteLine($"docschema: no such file: {file}");
        var misnamed = files.Where(File.Exists).Select(SchemaFileNames.NotSchemaOrLibrary).OfType<string>().ToList();
        foreach (var problem in misnamed) error.WriteLine(problem);
        if (missing.Count > 0 || misnamed.Count > 0) return ExitCodes.Usage;

        int errors = 0, warnings = 0;
        foreach (var file in files)
        {
            var run = GeneratorRun.Run(SchemaInputs.Collect(file), "DocSchema.Check");
            var fullPath = Path.GetFullPath(file);
            // Diagnostics in imported libraries are shown too; they are part of what this schema uses.
            foreach (var diagnostic in run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path != fullPath).ThenBy(d => d.Location.SourceSpan.Start))
            {
                output.WriteLine(DiagnosticText.Format(diagnostic).Replace(fullPath, file, StringComparison.Ordinal));
                if (diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) errors++;
                else warnings++;
            }
        }
        error.WriteLine($"docschema: {files.Length} file(s) checked, {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
