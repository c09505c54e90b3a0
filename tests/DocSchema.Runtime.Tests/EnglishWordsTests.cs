using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The attributor's English words: letters and digits with the marks that join them, an
/// abbreviation's period kept, nothing read inside quotes. The reader takes blocks of plain ASCII
/// from their bit masks and ASCII runs sixteen characters at a time; it must find exactly the words
/// a character-by-character reading finds, wherever words, joining marks, quotes and other letters
/// fall against the sixteen-character blocks.
/// </summary>
public class EnglishWordsTests
{
    [Fact]
    public void Words_are_letters_and_digits_with_the_marks_inside_them_and_abbreviations_keep_their_period()
    {
        const string text = "Sen. J.D. Vance's so-called 30-day plan, Mr. Müller said: \"Not now.\" U.S. officials agreed.";
        var words = Read(text, new TextSpan(0, text.Length), quoted: (text.IndexOf('"'), text.LastIndexOf('"') + 1));
        Assert.Equal(
            ["Sen.", "J.D.", "Vance's", "so-called", "30-day", "plan", "Mr.", "Müller", "said", "U.S.", "officials", "agreed"],
            words.Select(w => text[w.Start..w.End]));
    }

    [Fact]
    public void The_reader_finds_the_words_a_character_by_character_reading_finds()
    {
        string[] pieces =
        [
            "the", "Ceasefire", "talks", "Zelensky", "2025", "x", "AB12cd", "deliberately", "Washington",
            " ", " ", " ", ", ", ". ", ".", "'", "\u2019", "-", "\u2010", "\u2011", ":", "\n",
            "/", "@", "[", "`", "{", // the ASCII characters beside the letters and digits
            "é", "Müller", "ß", "中国", "жара", "\u201C", "\u201D", "\u2014", "Mr.", "U.S.", "J.", "Sen.",
        ];
        // Mostly what a block read from its bit masks holds (ASCII words, spaces, commas), so that
        // such blocks follow each other and meet the others at every offset.
        string[] plainPieces = ["the", "Ceasefire", "talks", "Zelensky", "2025", "x", "deliberately", " ", " ", ", ", ":", "\n", "/", "("];
        var random = new Random(2411);
        for (int round = 0; round < 5_000; round++)
        {
            var builder = new System.Text.StringBuilder();
            int length = random.Next(0, 200);
            while (builder.Length < length)
            {
                bool plain = round % 2 == 1 && random.Next(12) != 0;
                builder.Append(plain ? plainPieces[random.Next(plainPieces.Length)] : pieces[random.Next(pieces.Length)]);
            }

            string text = builder.ToString();

            // A paragraph somewhere inside the text, and a quote (or none) somewhere inside it.
            int start = random.Next(0, Math.Min(5, text.Length + 1));
            var span = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));
            int quoteStart = random.Next(0, span.Length + 1);
            var quoted = random.Next(4) switch
            {
                0 => (0, 0),
                1 => (quoteStart, Math.Min(span.Length, quoteStart + 1)), // one character, a joining mark's place
                _ => (quoteStart, random.Next(quoteStart, span.Length + 1)),
            };

            var expected = ReadOneByOne(text, span, InQuote(span, quoted));
            var actual = Read(text, span, quoted);
            Assert.True(expected.SequenceEqual(actual), $"round {round}: \"{text[span.Start..span.End]}\" quoted {quoted}: "
                + $"expected [{string.Join(", ", expected.Select(w => text[w.Start..w.End]))}], got [{string.Join(", ", actual.Select(w => text[w.Start..w.End]))}]");
        }
    }

    private static List<TextSpan> Read(string text, TextSpan span, (int Start, int End) quoted)
    {
        var words = new List<TextSpan>();
        EnglishWords.Read(text, span, InQuote(span, quoted), words);
        return words;
    }

    private static bool[] InQuote(TextSpan span, (int Start, int End) quoted)
    {
        var inQuote = new bool[span.Length];
        inQuote.AsSpan(quoted.Start, quoted.End - quoted.Start).Fill(true);
        return inQuote;
    }

    // The reading as EnglishWords' summary states it, one character at a time.
    private static List<TextSpan> ReadOneByOne(string text, TextSpan span, bool[] inQuote)
    {
        string[] abbreviations =
        [
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "cmdr",
            "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "prof", "mt", "ft", "rev", "hon", "pres", "gens", "reps", "sens",
        ];
        var words = new List<TextSpan>();
        int i = span.Start;
        bool Quoted(int at) => inQuote[at - span.Start];
        while (i < span.End)
        {
            if (Quoted(i) || !char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < span.End && !Quoted(i))
            {
                bool joins = text[i] is '\'' or '\u2019' or '-' or '.' or '\u2010' or '\u2011';
                if (char.IsLetterOrDigit(text[i]) || (joins && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1]) && !Quoted(i + 1))) i++;
                else break;
            }

            string word = text[start..i];
            bool takesPeriod = word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0]))
                || abbreviations.Contains(word, StringComparer.OrdinalIgnoreCase);
            if (i < span.End && text[i] == '.' && !Quoted(i) && takesPeriod) i++;
            words.Add(TextSpan.FromBounds(start, i));
        }

        return words;
    }
}
