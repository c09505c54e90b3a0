using DocSchema.Robustness.Tests.Support;

namespace DocSchema.Robustness.Tests;

/// <summary>The real articles with lines deleted, duplicated, swapped, truncated or spliced, and marks inserted, never break a parse.</summary>
public sealed class SampleMutationTests(ITestOutputHelper output)
{
    private const string Category = "sample-mutation";

    public static TheoryData<string> Schemas() => SchemaUnderTest.Names();

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Mutated_samples_parse_into_slices_of_the_input(string schema) =>
        PropertyRunner.Run(output, Category, schema, PropertySeed.Cases(200), SampleMutations.Mutate);
}
