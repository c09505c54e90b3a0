using Microsoft.CodeAnalysis;

namespace DocSchema.Cli.Compilation;

/// <summary>Writes diagnostics as compilers do: <c>path(line,col): error DS0003: message</c>.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (diagnostic.Location.GetLineSpan() is { IsValid: true } span && !string.IsNullOrEmpty(span.Path))
        {
            var start = span.StartLinePosition;
            return $"{span.Path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {message}";
        }
        return $"docschema: {severity} {diagnostic.Id}: {message}";
    }
}
