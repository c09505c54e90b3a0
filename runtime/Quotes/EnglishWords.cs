using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Words of English text for the attributor: letters and digits with the apostrophes, hyphens and
/// periods inside them (Trump's, so-called, 30-day, J.D., U.S.), and the period of an abbreviation
/// or initial (Sen., Mr., J.) kept on the word so that it does not end the sentence.
/// </summary>
internal static class EnglishWords
{
    private const int Width = 16;

    private static readonly EnglishWordSet s_abbreviations = new()
    {
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "cmdr",
        "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "prof", "mt", "ft", "rev", "hon", "pres", "gens", "reps", "sens",
    };

    private static readonly EnglishWordSet s_passiveAuxiliaries = new()
    {
        "was", "were", "been", "being", "be", "is", "are", "am", "get", "gets", "got", "gotten",
    };

    private static readonly EnglishWordSet s_determiners = new()
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    };

    /// <summary>Adds to <paramref name="words"/> the words of <paramref name="span"/> that lie outside quotes (<paramref name="inQuote"/> is indexed from the span's start).</summary>
    public static void Read(string text, TextSpan span, bool[] inQuote, List<TextSpan> words)
    {
        // Spans from the paragraph's start: no offset arithmetic or bounds test per character.
        var chars = text.AsSpan(span.Start, span.Length);
        var quoted = inQuote.AsSpan(0, span.Length);

        // Where the word being read starts, or -1 between words: a word may run from one stretch
        // of plain blocks into the characters read one by one, and back.
        int start = -1;
        int i = 0;
        while (i < chars.Length)
        {
            // Sixteen characters at a time while a block holds nothing but ASCII letters, digits,
            // spaces and the other marks that end a word (most blocks of English): there a word is
            // exactly a run of letters and digits outside quotes, found from bit masks.
            i = ReadPlainBlocks(chars, quoted, i, span.Start, ref start, words);
            if (i >= chars.Length) break;

            // A block with a mark that may join a word (Trump's, so-called, U.S.), a period, or a
            // character beyond ASCII: its characters one by one, then plain blocks again.
            int blockEnd = Math.Min(i + Width, chars.Length);
            while (i < blockEnd)
            {
                if (start < 0)
                {
                    if (quoted[i])
                    {
                        // A quote holds no word of the reporter's: its whole run is stepped over at once.
                        int after = quoted[i..].IndexOf(false);
                        i = after < 0 ? chars.Length : i + after;
                        continue;
                    }

                    if (char.IsLetterOrDigit(chars[i])) start = i;
                    i++;
                    continue;
                }

                // Most of a word is ASCII letters and digits, taken sixteen at a time; the scalar
                // steps below take the rest (other letters, and the marks that join words).
                i += AsciiWordRun(chars, quoted, i);
                if (i < chars.Length && !quoted[i])
                {
                    char c = chars[i];
                    if (char.IsLetterOrDigit(c))
                    {
                        i++;
                        continue;
                    }

                    // Inside a word only when a letter or digit follows: Trump's, so-called, J.D, U.S.
                    bool joins = c is '\'' or '\u2019' or '-' or '.' or '\u2010' or '\u2011';
                    if (joins && i + 1 < chars.Length && char.IsLetterOrDigit(chars[i + 1]) && !quoted[i + 1])
                    {
                        i++;
                        continue;
                    }
                }

                if (i < chars.Length && chars[i] == '.' && !quoted[i] && TakesPeriod(chars[start..i]))
                    i++;
                words.Add(TextSpan.FromBounds(span.Start + start, span.Start + i));
                start = -1;
            }
        }

        // A word that runs to the paragraph's end.
        if (start >= 0) words.Add(TextSpan.FromBounds(span.Start + start, span.End));
    }

    /// <summary>
    /// From <paramref name="index"/>, the words of whole blocks of sixteen characters while a block
    /// holds no period, apostrophe, hyphen or character beyond ASCII outside quotes; returns where
    /// it stopped (at such a block, or where fewer than sixteen characters are left).
    /// <paramref name="start"/> carries a word that runs in or out of the blocks read.
    /// </summary>
    /// <remarks>
    /// In such a block a word is a run of ASCII letters and digits outside quotes, and the character
    /// after it can neither join it to the next nor be its period: the runs are read from the
    /// block's bit mask, about five instructions a character where the steps one by one took
    /// twenty-five. A word's end at the block's last character is not known until the next
    /// character is seen, so it is carried.
    /// </remarks>
    private static int ReadPlainBlocks(ReadOnlySpan<char> chars, ReadOnlySpan<bool> quoted, int index, int offset, ref int start, List<TextSpan> words)
    {
        if (!Vector256.IsHardwareAccelerated) return index;
        ref ushort charStart = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars));
        ref byte quotedStart = ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(quoted));
        int wordStart = start;
        while (chars.Length - index >= Width)
        {
            var block = Vector256.LoadUnsafe(ref charStart, (nuint)index);
            uint quotedBits = QuotedBits(ref quotedStart, index);
            var special = Vector256.GreaterThan(block, Vector256.Create((ushort)0x7F))
                | Vector256.Equals(block, Vector256.Create((ushort)'.'))
                | Vector256.Equals(block, Vector256.Create((ushort)'\''))
                | Vector256.Equals(block, Vector256.Create((ushort)'-'));
            if ((special.ExtractMostSignificantBits() & ~quotedBits) != 0) break;

            uint wordBits = AsciiLetterOrDigitBits(block) & ~quotedBits;

            // The lanes from `from` on, run by run.
            int from = 0;
            while (true)
            {
                if (wordStart < 0)
                {
                    uint rest = wordBits & (uint)(-1 << from);
                    if (rest == 0) break;
                    from = BitOperations.TrailingZeroCount(rest);
                    wordStart = index + from;
                }

                // The first lane from `from` on that is no word character (16: none in this block).
                int end = BitOperations.TrailingZeroCount((~wordBits | 0x10000) & (uint)(-1 << from));
                if (end == Width) break;
                words.Add(TextSpan.FromBounds(offset + wordStart, offset + index + end));
                wordStart = -1;
                from = end;
            }

            index += Width;
        }

        start = wordStart;
        return index;
    }

    /// <summary>
    /// How many characters from <paramref name="index"/> are ASCII letters or digits outside quotes,
    /// counted sixteen at a time (one vector of characters, one of their in-quote flags): 0 when
    /// fewer than sixteen characters are left, so the caller's own steps finish a paragraph's last word.
    /// </summary>
    /// <remarks>A word is about five letters, so this usually takes a whole word in one step where
    /// the character loop took five, each storing and reloading its index around the loop's calls.
    /// Inlined into that loop: as a call per word it cost a fifth of what it saved.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiWordRun(ReadOnlySpan<char> chars, ReadOnlySpan<bool> quoted, int index)
    {
        if (!Vector256.IsHardwareAccelerated) return 0;
        ref ushort charStart = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars));
        ref byte quotedStart = ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(quoted));
        int run = 0;
        while (chars.Length - index >= Width)
        {
            var block = Vector256.LoadUnsafe(ref charStart, (nuint)index);
            uint wordBits = AsciiLetterOrDigitBits(block);
            uint quotedBits = QuotedBits(ref quotedStart, index);
            int taken = BitOperations.TrailingZeroCount(~wordBits | quotedBits); // at most 16: ~wordBits has bit 16 set
            run += taken;
            index += taken;
            if (taken < Width) break;
        }

        return run;
    }

    // The lanes of sixteen characters that are ASCII letters or digits, as bits. (c | 0x20) − 'a'
    // ≤ 25 exactly for the ASCII letters and c − '0' ≤ 9 for the digits: every other character,
    // inside ASCII or above it, wraps or exceeds.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiLetterOrDigitBits(Vector256<ushort> block)
    {
        var isLetter = Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var isDigit = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        return (isLetter | isDigit).ExtractMostSignificantBits();
    }

    // The sixteen in-quote flags from `index` on, as bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint QuotedBits(ref byte quotedStart, int index) =>
        (~Vector128.Equals(Vector128.LoadUnsafe(ref quotedStart, (nuint)index), Vector128<byte>.Zero)).ExtractMostSignificantBits();

    /// <summary>True when the period at <paramref name="i"/> belongs to an abbreviation or initial rather than ending a sentence.</summary>
    public static bool IsAbbreviationPeriod(string text, TextSpan span, int i)
    {
        // Back over the word before the period, which TakesPeriod accepts as soon as it holds a
        // period (J.D., U.S.): the first one met answers, so that a run of periods or initials is
        // not walked again from each of its periods (a line of 200,000 dot leaders took 14 s).
        int start = i;
        while (start > span.Start)
        {
            char c = text[start - 1];
            if (c == '.') return true;
            if (!char.IsLetterOrDigit(c)) break;
            start--;
        }

        return start < i && TakesPeriod(text.AsSpan(start, i - start));
    }

    /// <summary>was, were, been, is, get…: before a speech verb they make it passive (was asked by).</summary>
    public static bool IsPassiveAuxiliary(ReadOnlySpan<char> word) => s_passiveAuxiliaries.Contains(word);

    /// <summary>a, the, this, his…: before a speech verb they make it a noun or adjective (the stated goal, his remarks).</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => s_determiners.Contains(word);

    /// <summary>A determiner of at most three letters (a, an, the, its, his, her, our, my): one that opens a noun phrase of a subject.</summary>
    /// <remarks>The length first: most words are longer, and are turned away without the set's lookup.</remarks>
    public static bool IsShortDeterminer(ReadOnlySpan<char> word) => word.Length <= 3 && s_determiners.Contains(word);

    /// <summary>True when the word starts with an upper-case letter.</summary>
    /// <remarks>An ASCII first letter is tested in line: char.IsUpper is a call, for a test that
    /// nearly every word of English text answers with A–Z alone. Inlined, as it was before that test
    /// made it too long for the compiler's own choice.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCapitalized(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word[0] < 0x80 ? char.IsAsciiLetterUpper(word[0]) : char.IsUpper(word[0]));

    // J.D → J.D., U.S → U.S., J → J. (an initial), Sen → Sen.; a lone capital at a sentence's end
    // (Plan B.) loses its period too, which only merges two sentences.
    private static bool TakesPeriod(ReadOnlySpan<char> word) =>
        word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || s_abbreviations.Contains(word);
}
