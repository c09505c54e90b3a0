using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Alignment;

/// <summary>
/// The natural logarithm in line, for the alignment's length cost: the algorithm of fdlibm's
/// <c>e_log.c</c> (Sun Microsystems, 1993; its coefficients below), within about one unit in the last
/// place of <see cref="Math.Log(double)"/>.
/// </summary>
/// <remarks>
/// <see cref="Math.Log(double)"/> is a call into the C library. The aligner's dynamic programme costs
/// a bead in its innermost loop, and a call there clobbers every vector register: the loop's
/// doubles (the cell's best, the bound, the penalties) went to the stack and back at every bead
/// considered, a third of the loop's instructions (docs/performance.md, twenty-first round). This
/// one makes no call, so the whole cost is inlined and the doubles stay in registers.
/// </remarks>
internal static class NaturalLogarithm
{
    // ln 2 in two parts: the high one has its low 32 bits zero, so k · Ln2High is exact for any
    // exponent k a double has.
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;

    // fdlibm's minimax fit of (ln((1 + s) / (1 − s)) − 2s) / s on [0, 0.1716] (|s| ≤ 3 − 2√2).
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>
    /// ln <paramref name="x"/> for a normal, finite, positive <paramref name="x"/> (the cost takes it
    /// of numbers at least 1). Zero, negative, subnormal, infinite or NaN arguments are outside its
    /// domain and give no meaningful result.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Ln(double x)
    {
        // x = 2^k · m with m in [√2/2, √2): the mantissa's high bits decide whether m is its value in
        // [1, 2) or half that (0x95F64 is the high part of √2's mantissa, complemented).
        long bits = BitConverter.DoubleToInt64Bits(x);
        int high = (int)(bits >> 32);
        int k = (high >> 20) - 1023;
        int mantissaHigh = high & 0x000F_FFFF;
        int half = (mantissaHigh + 0x95F64) & 0x0010_0000;
        k += half >> 20;
        double m = BitConverter.Int64BitsToDouble(((long)(mantissaHigh | (half ^ 0x3FF0_0000)) << 32) | (uint)bits);

        // ln m = ln((1 + s) / (1 − s)) with s = f / (2 + f), f = m − 1: 2s + s · R(s²).
        double f = m - 1.0;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double r = (w * (Lg2 + (w * (Lg4 + (w * Lg6))))) + (z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7)))))));
        double halfSquare = 0.5 * f * f;
        double dk = k;
        return (dk * Ln2High) - ((halfSquare - ((s * (halfSquare + r)) + (dk * Ln2Low))) - f);
    }
}
