using DocSchema.Robustness.Tests.Support;

namespace DocSchema.Robustness.Tests;

/// <summary>
/// CR-only and CRLF line ends, Unicode line separators, a BOM, NUL, zero-width and bidi marks and
/// full-width/half-width swaps never break a parse.
/// </summary>
public sealed class TextDisguiseTests(ITestOutputHelper output)
{
    private const string Category = "line-ends-and-marks";

    public static TheoryData<string> Schemas() => SchemaUnderTest.Names();

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Disguised_samples_parse_into_slices_of_the_input(string schema) =>
        PropertyRunner.Run(output, Category, schema, PropertySeed.Cases(200), TextDisguises.Disguise);
}
