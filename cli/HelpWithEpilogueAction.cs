using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace DocSchema.Cli;

/// <summary>
/// Shows System.CommandLine's help, then the examples and exit codes of the command asked about,
/// which the standard help has no section for.
/// </summary>
internal sealed class HelpWithEpilogueAction(HelpAction standardHelp, IReadOnlyDictionary<Command, string> epilogues)
    : SynchronousCommandLineAction
{
    // Like the standard help: "docschema parse --help" must not fail for the missing INPUT.
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = standardHelp.Invoke(parseResult);
        if (epilogues.TryGetValue(parseResult.CommandResult.Command, out var epilogue))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(epilogue.TrimEnd());
            output.WriteLine();
        }
        return exitCode;
    }
}
