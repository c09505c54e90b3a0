namespace DocSchema.Runtime.Results;

/// <summary>Questions every consumer of a parse asks of its diagnostics.</summary>
public static class ParseDiagnostics
{
    /// <summary>The first diagnostic of <paramref name="diagnostics"/> whose severity is <see cref="DiagnosticSeverity.Error"/>, or null.</summary>
    /// <remarks>A loop by index: asked of every document in a batch, where a LINQ query's delegate,
    /// enumerator and generic instantiations cost more than the answer.</remarks>
    public static ParseDiagnostic? FirstError(this IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        for (var i = 0; i < diagnostics.Count; i++)
            if (diagnostics[i].Severity == DiagnosticSeverity.Error) return diagnostics[i];
        return null;
    }
}
