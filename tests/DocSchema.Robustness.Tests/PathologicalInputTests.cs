using System.Diagnostics;
using DocSchema.Robustness.Tests.Support;

namespace DocSchema.Robustness.Tests;

/// <summary>
/// A 5-million-character line, 100,000 blank lines, 50,000 unbalanced quote marks and quotes nested
/// 20,000 deep: every schema parses them without an exception, in bounded time, into slices of the input.
/// </summary>
public sealed class PathologicalInputTests(ITestOutputHelper output)
{
    private const string Category = "pathological";

    // Generous: a shared 2-core machine, a debug build, and a 5-MB document parsed twice.
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in PathologicalInputs.Names)
            foreach (var schema in SchemaUnderTest.All)
                data.Add(input, schema.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pathological_input_parses_into_slices_of_the_input(string input, string schema)
    {
        var number = Array.IndexOf(PathologicalInputs.Names, input);
        var text = PathologicalInputs.Create(input, PropertySeed.ForCase(Category, number));
        var clock = Stopwatch.StartNew();

        ArticleProperties.Check(new PropertyCase(Category, number, text, input), SchemaUnderTest.Named(schema), s_limit);

        output.WriteLine($"{Category}: 1 case ({input}, {text.Length:N0} chars) with schema {schema}, parsed twice in {clock.Elapsed.TotalSeconds:0.0} s; seed {PropertySeed.Value}");
    }
}
