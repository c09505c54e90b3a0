namespace DocSchema.Bench.Tests;

/// <summary>The baselines' JSON against the generated parser's: equal text, and a readable failure.</summary>
internal static class SameJson
{
    /// <summary>Equal text; on failure, the first differing line of each.</summary>
    public static void Assert(string generated, string baseline, string baselineName)
    {
        if (generated == baseline) return;
        var e = generated.Split('\n');
        var a = baseline.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Xunit.Assert.Fail($"JSON differs at line {line + 1}:\n  generated: {(line < e.Length ? e[line] : "<end>")}\n  {baselineName + ":",-10} {(line < a.Length ? a[line] : "<end>")}");
    }
}
