using System.Diagnostics;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Runs the cases of one category against one schema and writes what was tried to the test output:
/// the category, the schema, the number of cases, the seed and the time taken.
/// </summary>
internal static class PropertyRunner
{
    /// <summary>Checks <see cref="ArticleProperties"/> on <paramref name="cases"/> cases made by <paramref name="generate"/>.</summary>
    public static void Run(ITestOutputHelper output, string category, string schemaName, int cases, Func<Random, (string Text, string Description)> generate)
    {
        var schema = SchemaUnderTest.Named(schemaName);
        var clock = Stopwatch.StartNew();
        long characters = 0;
        for (var number = 0; number < cases; number++)
        {
            var (text, description) = generate(PropertySeed.ForCase(category, number));
            characters += text.Length;
            ArticleProperties.Check(new PropertyCase(category, number, text, description), schema);
        }
        output.WriteLine($"{category}: {cases} cases ({characters:N0} chars) with schema {schemaName} in {clock.Elapsed.TotalSeconds:0.0} s; seed {PropertySeed.Value}");
    }
}
