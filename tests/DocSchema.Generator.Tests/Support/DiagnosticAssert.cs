using DocSchema.Generator.Diagnostics;

namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// Assertions on located schema diagnostics. Positions are zero-based (SourceLocation's and
/// Roslyn's convention), and failure messages list every diagnostic zero-based too, so a wrong
/// position reads the same way as the expectation.
/// </summary>
internal static class DiagnosticAssert
{
    /// <summary>The only diagnostic, which must have this id and position.</summary>
    public static SchemaDiagnostic Single(IEnumerable<SchemaDiagnostic> diagnostics, string id, int line, int column)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Count == 1, $"expected exactly one diagnostic ({id} at {line}:{column}), got:\n{Show(list)}");
        return At(list, id, line, column);
    }

    /// <summary>A diagnostic with this id at this position, among others.</summary>
    public static SchemaDiagnostic At(IEnumerable<SchemaDiagnostic> diagnostics, string id, int line, int column)
    {
        var list = diagnostics.ToList();
        var match = list.FirstOrDefault(d => d.Id == id && d.Location.Line == line && d.Location.Column == column);
        Assert.True(match is not null, $"expected {id} at {line}:{column} (zero-based), got:\n{Show(list)}");
        return match!;
    }

    /// <summary>The ids, in the order reported.</summary>
    public static void Ids(IEnumerable<SchemaDiagnostic> diagnostics, params string[] ids)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Select(d => d.Id).SequenceEqual(ids), $"expected [{string.Join(", ", ids)}], got:\n{Show(list)}");
    }

    public static void None(IEnumerable<SchemaDiagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Count == 0, $"expected no diagnostics, got:\n{Show(list)}");
    }

    public static string Show(IEnumerable<SchemaDiagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => $"  {d.Id} at {d.Location.Line}:{d.Location.Column} (offset {d.Location.Offset}, length {d.Location.Length}): {d.Message}").ToList();
        return lines.Count == 0 ? "  (none)" : string.Join("\n", lines);
    }
}
