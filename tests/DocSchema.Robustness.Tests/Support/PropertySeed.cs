using System.Globalization;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// The seed of a property-test run. Every case draws its input from a <see cref="Random"/> made
/// from this seed, its category and its case number, so a failure names exactly what reproduces it:
/// <c>DOCSCHEMA_PROPERTY_SEED=1234 dotnet test tests/DocSchema.Robustness.Tests</c>.
/// </summary>
/// <remarks>
/// Without the variable each run picks a new seed, so the suite explores new inputs every time it
/// runs; the seed is printed in the test output and in every failure message.
/// <c>DOCSCHEMA_PROPERTY_SCALE</c> (a positive number, default 1) multiplies the case counts, for
/// longer runs on a developer machine; CI keeps the default so the project stays within its time limit.
/// </remarks>
internal static class PropertySeed
{
    /// <summary>The environment variable that fixes the seed.</summary>
    public const string SeedVariable = "DOCSCHEMA_PROPERTY_SEED";

    /// <summary>The environment variable that scales the number of cases.</summary>
    public const string ScaleVariable = "DOCSCHEMA_PROPERTY_SCALE";

    /// <summary>This run's seed.</summary>
    public static int Value { get; } = Choose();

    /// <summary>How many times the default number of cases to run.</summary>
    public static double Scale { get; } = ReadScale();

    /// <summary>The random source of case <paramref name="caseNumber"/> of <paramref name="category"/>: the same for the same seed, whatever else runs.</summary>
    public static Random ForCase(string category, int caseNumber) => new(Mix(Value, category, caseNumber));

    /// <summary><paramref name="defaultCount"/> scaled by <see cref="Scale"/> (at least one).</summary>
    public static int Cases(int defaultCount) => Math.Max(1, (int)Math.Round(defaultCount * Scale));

    /// <summary>How to reproduce this run, for test output and failure messages.</summary>
    public static string Reproduce => $"{SeedVariable}={Value}";

    private static int Choose()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text)) return Random.Shared.Next();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)) return seed;
        throw new InvalidOperationException($"{SeedVariable} must be an integer, not '{text}'");
    }

    private static double ReadScale()
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        if (string.IsNullOrWhiteSpace(text)) return 1;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0) return scale;
        throw new InvalidOperationException($"{ScaleVariable} must be a positive number, not '{text}'");
    }

    // string.GetHashCode differs between processes; FNV-1a does not, so a seed means the same inputs
    // in every run.
    private static int Mix(int seed, string category, int caseNumber)
    {
        var hash = 2166136261u;
        foreach (var c in category)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        var mixed = ((ulong)(uint)seed << 32 | hash) ^ (ulong)caseNumber * 0x9E3779B97F4A7C15UL;
        mixed ^= mixed >> 31;
        mixed *= 0xBF58476D1CE4E5B9UL;
        mixed ^= mixed >> 27;
        return (int)(mixed ^ mixed >> 32);
    }
}
