using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Folds the characters of a Latin-script text into the 64 symbols the classifier's tables are
/// keyed by: 0 a word boundary, 1–26 the letters a–z in either case, 27–61 the accented letters of
/// <see cref="Accented"/> in either case, 63 any other Latin letter (Vietnamese tone letters,
/// ş, ł …). Anything that is not a Latin letter separates words.
/// </summary>
/// <remarks>
/// tools/langid/latin_features.py computes the same symbols when it trains the tables; a change
/// here must be made there too, and the tables rebuilt. Keeping accented letters apart is what
/// tells Portuguese (ã, õ, ç) from Spanish (ñ) and French (è, ê) cheaply; folding case keeps the
/// tables small and headlines in capitals readable.
/// </remarks>
internal static class LatinSymbols
{
    /// <summary>The accented letters with a symbol of their own, lower-case, in symbol order from 27.</summary>
    internal const string Accented = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœăđơư";

    /// <summary>The symbol of anything that is not a Latin letter.</summary>
    internal const byte Boundary = 0;

    /// <summary>The symbol of a Latin letter that is neither a–z nor in <see cref="Accented"/>.</summary>
    internal const byte OtherLetter = 63;

    /// <summary>Not a symbol: a combining mark, read as part of the letter before it.</summary>
    internal const byte Skip = 255;

    /// <summary>The FNV-1a offset basis: the key of the empty word.</summary>
    internal const uint EmptyWordKey = 2166136261;

    private const uint FnvPrime = 16777619;

    // Characters below U+0250 (ASCII, Latin-1, Latin Extended-A and B) are looked up; above, only
    // letter-or-not and combining marks matter.
    private const int TableSize = 0x250;
    private static readonly byte[] s_table = BuildTable();

    /// <summary>The symbol of <paramref name="c"/>.</summary>
    /// <remarks>For a word read once (the Malay–Indonesian markers' keys); a loop over a text takes
    /// <see cref="Table"/> once and asks <see cref="Of(char, ReadOnlySpan{byte})"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => Of(c, s_table);

    /// <summary>
    /// The symbols of the units below U+0250, for <see cref="Of(char, ReadOnlySpan{byte})"/>: a
    /// loop over a text takes it once, where each <see cref="Of(char)"/> reads the static field
    /// again behind a test that the class is initialized.
    /// </summary>
    public static ReadOnlySpan<byte> Table => s_table;

    /// <summary>As <see cref="Of(char)"/>, with <see cref="Table"/> taken once by the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c, ReadOnlySpan<byte> table) => c < (uint)table.Length ? table[c] : OfBeyondTable(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte OfBeyondTable(char c)
    {
        if (c is >= '\u0300' and <= '\u036F')
        {
            return Skip;
        }

        // Full-width Latin (Ｈｅｌｌｏ) is ASCII set wide for CJK layouts.
        if (c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
        {
            return s_table[c - 0xFEE0];
        }

        return LetterScripts.Classify(c) == LetterScript.Latin ? OtherLetter : Boundary;
    }

    /// <summary>The key of a word after <paramref name="symbol"/> is appended to the word keyed <paramref name="key"/> (FNV-1a, 32 bits).</summary>
    public static uint NextWordKey(uint key, byte symbol) => unchecked((key ^ symbol) * FnvPrime);

    private static byte[] BuildTable()
    {
        var table = new byte[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            table[c] = LetterScripts.Classify((char)c) == LetterScript.Latin ? OtherLetter : Boundary;
        }

        for (char c = 'a'; c <= 'z'; c++)
        {
            table[c] = (byte)(c - 'a' + 1);
            table[char.ToUpperInvariant(c)] = (byte)(c - 'a' + 1);
        }

        for (int i = 0; i < Accented.Length; i++)
        {
            char lower = Accented[i];
            char upper = char.ToUpperInvariant(lower);
            table[lower] = (byte)(27 + i);
            if (upper < TableSize)
            {
                table[upper] = (byte)(27 + i);
            }
        }

        return table;
    }
}
