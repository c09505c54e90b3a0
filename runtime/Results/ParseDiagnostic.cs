using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Results;

/// <summary>A problem found while parsing an article, located in its text.</summary>
/// <param name="Id">Stable identifier, <c>DS2xxx</c> for parse-time problems.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What happened and what it means for the result.</param>
/// <param name="Span">The text the problem is about.</param>
/// <param name="Location">Zero-based line and character of <see cref="TextSpan.Start"/> of <paramref name="Span"/>.</param>
public sealed record ParseDiagnostic(string Id, DiagnosticSeverity Severity, string Message, TextSpan Span, LinePosition Location)
{
    /// <summary>Compiler style: <c>line:column: warning DS2001: message</c> (one-based).</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
