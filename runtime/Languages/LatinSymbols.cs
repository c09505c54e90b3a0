using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    // Every UTF-16 unit has its symbol here (64 KB): the classifier's loop reads a character's
    // symbol with one load, and makes no call for one beyond the Latin blocks (a curly quote, a
    // dash, a Vietnamese letter), which would take its costs through memory. Built once, from
    // LetterScripts.
    private const int TableSize = char.MaxValue + 1;
    private static readonly byte[] s_table = BuildTable();

    /// <summary>The symbol of <paramref name="c"/>.</summary>
    /// <remarks>For a word read once (the Malay–Indonesian markers' keys); a loop over a text takes
    /// <see cref="Table"/> once and asks <see cref="Of(char, ReadOnlySpan{byte})"/>.</remarks>
    public static byte Of(char c) => s_table[c];

    /// <summary>
    /// The symbol of every UTF-16 unit, for <see cref="Of(char, ReadOnlySpan{byte})"/>: a loop over a
    /// text takes it once, where each <see cref="Of(char)"/> reads the static field again behind a
    /// test that the class is initialized.
    /// </summary>
    public static ReadOnlySpan<byte> Table => s_table;

    /// <summary>As <see cref="Of(char)"/>, with <see cref="Table"/> taken once by the caller.</summary>
    /// <remarks>Read without a bounds check: the table holds a symbol for every UTF-16 unit.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c, ReadOnlySpan<byte> table)
    {
        Debug.Assert(table.Length == TableSize);
        return Unsafe.Add(ref MemoryMarshal.GetReference(table), c);
    }

    /// <summary>The key of a word after <paramref name="symbol"/> is appended to the word keyed <paramref name="key"/> (FNV-1a, 32 bits).</summary>
    public static uint NextWordKey(uint key, byte symbol) => unchecked((key ^ symbol) * FnvPrime);

    private static byte[] BuildTable()
    {
        // Only the blocks where LetterScripts finds Latin letters are asked (its Classify is the
        // rule, and LatinTablesTests holds every UTF-16 unit to it): asking all 65,536 units took
        // about 3.4 million instructions, the work of two or three articles, at every start.
        var table = new byte[TableSize];
        foreach (var (first, last) in LetterScripts.LatinBlocks)
        {
            for (int c = first; c <= last; c++)
            {
                table[c] = LetterScripts.Classify((char)c) == LetterScript.Latin ? OtherLetter : Boundary;
            }
        }

        for (char c = 'a'; c <= 'z'; c++)
        {
            table[c] = (byte)(c - 'a' + 1);
            table[char.ToUpperInvariant(c)] = (byte)(c - 'a' + 1);
        }

        for (int i = 0; i < Accented.Length; i++)
        {
            char lower = Accented[i];
            table[lower] = (byte)(27 + i);
            table[char.ToUpperInvariant(lower)] = (byte)(27 + i);
        }

        // Combining marks belong to the letter before them.
        table.AsSpan(0x0300, 0x0370 - 0x0300).Fill(Skip);

        // Full-width Latin (Ｈｅｌｌｏ) is ASCII set wide for CJK layouts.
        for (char c = 'A'; c <= 'Z'; c++) table[c + 0xFEE0] = table[c];
        for (char c = 'a'; c <= 'z'; c++) table[c + 0xFEE0] = table[c];
        return table;
    }
}
