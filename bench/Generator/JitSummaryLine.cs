using System.Globalization;
using System.Text.RegularExpressions;

namespace DocSchema.Bench.Generator;

/// <summary>
/// One line of the JIT's method summary (<c>DOTNET_JitDisasmSummary=1</c>, written to
/// <c>DOTNET_JitStdOutFile</c>), such as
/// <c>   5: JIT compiled A.B+C:Parse(System.String) [FullOpts, IL size=154, code size=661]</c>.
/// </summary>
/// <param name="Type">The method's type as the JIT names it: nested types after '+', a generic type's arguments left out.</param>
/// <param name="Method">The method's name, without its parameters (a generic method keeps its arguments).</param>
/// <param name="Tier">What it was compiled as, as the line says it: <c>FullOpts</c>, <c>Tier0</c>, <c>FullOpts with Synthesized PGO</c>, …</param>
/// <param name="ILSize">The method's IL, in bytes.</param>
/// <param name="CodeSize">The native code the JIT made, in bytes.</param>
public sealed partial record JitSummaryLine(string Type, string Method, string Tier, int ILSize, int CodeSize)
{
    /// <summary>The line's method, or null for a line that names none (the summary writes nothing else today).</summary>
    public static JitSummaryLine? TryParse(string line)
    {
        var match = Pattern().Match(line);
        if (!match.Success) return null;
        var type = match.Groups["type"].Value;
        var generic = type.IndexOf('[', StringComparison.Ordinal);
        return new JitSummaryLine(
            generic < 0 ? type : type[..generic],
            match.Groups["method"].Value,
            match.Groups["tier"].Value,
            int.Parse(match.Groups["il"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture));
    }

    // The type is everything before the first ':' (a generic type's arguments hold none), the method
    // what follows it up to its parameters' '('; the tier,
    // the last bracket's text before its sizes (a parameter list's generic arguments come before it).
    [GeneratedRegex(@"^\s*\d+: JIT compiled (?<type>[^:]+):(?<method>[^(]+)\(.*\[(?<tier>[^\[\]]*?), IL size=(?<il>\d+), code size=(?<code>\d+)\]\s*$")]
    private static partial Regex Pattern();
}
