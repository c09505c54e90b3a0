namespace DocSchema.Runtime.Results;

/// <summary>How serious a <see cref="ParseDiagnostic"/> is, as in Roslyn.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing; the parse is complete.</summary>
    Info,

    /// <summary>The text did not match the schema somewhere; the parse went on with a best guess.</summary>
    Warning,

    /// <summary>The document could not be parsed.</summary>
    Error,
}
