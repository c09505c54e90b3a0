using System.Numerics;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// Checks shared by the tests of the runtime's own character searches (<c>SmallCharSet</c>,
/// <c>QuoteMarkSearch</c>): each path must find the first (or last) character searched for exactly
/// where <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> (or
/// <c>LastIndexOfAny</c>) does.
/// </summary>
internal static class CharSearchChecks
{
    /// <summary>The three paths of a search: the public one, the scalar one and the vector one (for a text of at least one vector).</summary>
    public sealed record Paths(Func<string, int> Public, Func<string, int> Scalar, Func<string, int> Vector);

    /// <summary>
    /// 4,000 seeded texts of up to 69 characters, mostly from <paramref name="others"/>, so that the
    /// first of <paramref name="members"/> falls anywhere (in the last, overlapping vector too) or nowhere.
    /// </summary>
    public static void AgreeWithIndexOfAny(Random random, string members, string others, Paths paths) =>
        AgreeWith(random, members, others, paths, (text, set) => text.AsSpan().IndexOfAny(set));

    /// <summary>As <see cref="AgreeWithIndexOfAny"/>, for the last of <paramref name="members"/>.</summary>
    public static void AgreeWithLastIndexOfAny(Random random, string members, string others, Paths paths) =>
        AgreeWith(random, members, others, paths, (text, set) => text.AsSpan().LastIndexOfAny(set));

    private static void AgreeWith(Random random, string members, string others, Paths paths, Func<string, string, int> reference)
    {
        for (int round = 0; round < 4_000; round++)
        {
            var chars = new char[random.Next(0, 70)];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = random.Next(12) == 0 ? members[random.Next(members.Length)] : others[random.Next(others.Length)];
            var text = new string(chars);
            int expected = reference(text, members);

            Assert.Equal(expected, paths.Public(text));
            Assert.Equal(expected, paths.Scalar(text));
            if (Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count) Assert.Equal(expected, paths.Vector(text));
        }
    }

    /// <summary>Each of <paramref name="members"/> put at every place of <paramref name="filler"/> is found there; the filler alone gives -1.</summary>
    public static void FindEveryMemberAtEveryPlace(string members, string filler, Func<string, int> search)
    {
        foreach (char member in members)
        {
            for (int at = 0; at < filler.Length; at++)
            {
                var text = filler[..at] + member + filler[(at + 1)..];
                Assert.Equal(at, search(text));
            }
        }

        Assert.Equal(-1, search(filler));
        Assert.Equal(-1, search(""));
    }
}
