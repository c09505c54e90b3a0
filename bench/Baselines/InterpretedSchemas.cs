using DocSchema.Interpreter;

namespace DocSchema.Bench.Baselines;

/// <summary>
/// Baseline S: the shipped schemas as the reference interpreter runs them — Sprache combinators
/// built from each schema's model when the files are read, here once per process (as a user of an
/// interpreter would keep them), so a benchmark times parsing only.
/// </summary>
public static class InterpretedSchemas
{
    private static readonly Lazy<IReadOnlyList<InterpretedSchema>> s_all =
        new(() => SchemaInterpreter.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Schemas")));

    /// <summary>The interpreted schema named <paramref name="name"/> (e.g. <c>oriental-daily</c>).</summary>
    public static InterpretedSchema Get(string name) =>
        s_all.Value.SingleOrDefault(s => s.Name == name)
        ?? throw new InvalidOperationException($"No schema named {name} under {Path.Combine(AppContext.BaseDirectory, "Schemas")}");
}
