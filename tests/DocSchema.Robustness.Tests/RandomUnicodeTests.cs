using DocSchema.Robustness.Tests.Support;

namespace DocSchema.Robustness.Tests;

/// <summary>Random text from all of Unicode (every plane, lone surrogates, controls) never breaks a parse.</summary>
public sealed class RandomUnicodeTests(ITestOutputHelper output)
{
    private const string Category = "random-unicode";
    private const int MaxLength = 6000;

    public static TheoryData<string> Schemas() => SchemaUnderTest.Names();

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Random_unicode_parses_into_slices_of_the_input(string schema) =>
        PropertyRunner.Run(output, Category, schema, PropertySeed.Cases(400), random => (RandomUnicode.Generate(random, MaxLength), ""));
}
