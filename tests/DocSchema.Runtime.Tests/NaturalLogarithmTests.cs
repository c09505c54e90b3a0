using DocSchema.Runtime.Alignment;

namespace DocSchema.Runtime.Tests;

public class NaturalLogarithmTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(0.5)]
    [InlineData(1.4142135623730951)] // √2, where the mantissa is halved or not
    [InlineData(1.4142135623730949)]
    [InlineData(1e-300)]
    [InlineData(1e300)]
    [InlineData(double.MaxValue)]
    [InlineData(2.2250738585072014e-308)] // the least normal double
    [InlineData(1.0000000000000002)]
    [InlineData(0.9999999999999999)]
    public void Is_within_one_unit_in_the_last_place_of_Math_Log_at_the_edges(double x) =>
        AssertWithinOneUlp(x);

    [Fact]
    public void Is_exact_where_the_logarithm_is_a_multiple_of_ln_2()
    {
        Assert.Equal(0.0, NaturalLogarithm.Ln(1.0));
        for (int k = -1000; k <= 1000; k += 37)
            Assert.Equal(Math.Log(Math.ScaleB(1.0, k)), NaturalLogarithm.Ln(Math.ScaleB(1.0, k)));
    }

    [Fact]
    public void Is_within_one_unit_in_the_last_place_of_Math_Log_over_the_doubles()
    {
        // The aligner takes logarithms of numbers in (0, 1]; the sweep covers every exponent a normal
        // double has, and the neighbourhood of 1, where the fit works hardest.
        var random = new Random(1993);
        for (int round = 0; round < 200_000; round++)
        {
            double x = (round % 3) switch
            {
                0 => Math.Exp((random.NextDouble() - 0.5) * 1400),
                1 => 1 + ((random.NextDouble() - 0.5) * 1e-6),
                _ => random.NextDouble() * 4,
            };
            if (x > 0) AssertWithinOneUlp(x);
        }
    }

    private static void AssertWithinOneUlp(double x)
    {
        double expected = Math.Log(x);
        double actual = NaturalLogarithm.Ln(x);
        double ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= ulp, $"ln {x:R}: {actual:R}, Math.Log {expected:R}");
    }
}
