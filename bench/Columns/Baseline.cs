namespace DocSchema.Bench.Columns;

/// <summary>The two ways of doing a generated parser's work that the throughput tables compare it with.</summary>
public enum Baseline
{
    /// <summary>Baseline R: the extraction hand-written with System.Text.RegularExpressions (bench/Baselines).</summary>
    Regex,

    /// <summary>Baseline S: the reference interpreter, Sprache combinators built from the schema's model at run time (interpreter/).</summary>
    Interpreter,
}
