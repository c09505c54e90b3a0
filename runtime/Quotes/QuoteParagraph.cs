using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// One paragraph (or headline, or caption) as <see cref="QuoteAttributor"/> reads it: its quotes
/// with their marks, which characters lie inside a quote (speech verbs and names there belong to
/// the quoted speaker, not to the reporter's sentence), its sentences, its words (English) and its
/// speech verbs. Everything is built in one or two passes over the paragraph.
/// </summary>
internal sealed class QuoteParagraph
{
    private const char NoChar = '\0';

    // Every character EndsSentence can accept.
    private static readonly SmallCharSet s_sentenceEnds = new("。！？；!?;.");

    private readonly ParagraphBuffers _buffers;

    // Indexed from the paragraph's start; may be longer than the paragraph (see ParagraphBuffers).
    private bool[] _inQuote = [];

    // The quote sites, from the buffers: the first _siteCount are this paragraph's.
    private QuoteSite[] _sites = [];
    private int _siteCount;

    /// <summary>A paragraph with storage of its own (tests, and anything that keeps several at once).</summary>
    public QuoteParagraph(string text, TextSpan span, IReadOnlyList<TextSpan> quotes)
        : this(new ParagraphBuffers())
    {
        Read(text, span, quotes);
    }

    /// <summary>
    /// A paragraph to be <see cref="Read"/> on <paramref name="buffers"/>: an attributor reads one
    /// paragraph at a time into one object and one set of buffers.
    /// </summary>
    public QuoteParagraph(ParagraphBuffers buffers)
    {
        _buffers = buffers;
        Sentences = buffers.Sentences;
        Words = buffers.Words;
        Verbs = buffers.Verbs;
    }

    /// <summary>
    /// Reads <paramref name="span"/> of <paramref name="text"/> with its <paramref name="quotes"/>,
    /// replacing the paragraph read before: what was read of that one is gone.
    /// <paramref name="isChinese"/>, when known (<see cref="Languages.ScriptTally.IsHanAtLeastHalfLatin"/>
    /// of the span), spares counting its letters again for <see cref="IsChinese"/>.
    /// </summary>
    public void Read(string text, TextSpan span, IReadOnlyList<TextSpan> quotes, bool? isChinese = null)
    {
        var buffers = _buffers;
        Text = text;
        Span = span;
        IsChinese = isChinese ?? IsMostlyHan(text, span);
        _sites = buffers.Sites(quotes.Count);
        _siteCount = quotes.Count;
        Sites(text, span, quotes, _sites);
        _inQuote = buffers.Reset(span.Length);
        foreach (var quote in Quotes)
        {
            if (quote.IsNested) continue;
            int end = quote.IsUnclosed ? span.End : quote.CloseMark + 1;
            if (end > quote.OpenMark) _inQuote.AsSpan(quote.OpenMark - span.Start, end - quote.OpenMark).Fill(true);
        }

        SplitSentences();
        if (!IsChinese) EnglishWords.Read(text, span, _inQuote, Words);
        if (IsChinese) FindChineseVerbs();
        else FindEnglishVerbs();
    }

    /// <summary>The whole source text.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The paragraph's span in <see cref="Text"/>.</summary>
    public TextSpan Span { get; private set; }

    /// <summary>True when Han characters dominate: names and verbs are read the Chinese way.</summary>
    public bool IsChinese { get; private set; }

    /// <summary>The quotes, in order of their start (valid until the next paragraph is read).</summary>
    public ReadOnlySpan<QuoteSite> Quotes => _sites.AsSpan(0, _siteCount);

    /// <summary>Sentences, split at sentence punctuation outside quotes.</summary>
    public List<TextSpan> Sentences { get; }

    /// <summary>English words outside quotes; empty for Chinese paragraphs.</summary>
    public List<TextSpan> Words { get; }

    /// <summary>Speech verbs outside quotes, in order.</summary>
    public List<VerbSite> Verbs { get; }

    /// <summary>The character at <paramref name="i"/>, or NUL outside the paragraph.</summary>
    public char At(int i) => i >= Span.Start && i < Span.End ? Text[i] : NoChar;

    /// <summary>True when <paramref name="i"/> lies inside a quote, its marks included.</summary>
    /// <remarks>Inlined: the Chinese subject and clause walks ask it character by character.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InQuote(int i) => (uint)(i - Span.Start) < (uint)Span.Length && _inQuote[i - Span.Start];

    /// <summary>
    /// The first offset at or after <paramref name="i"/> that lies outside every quote (the
    /// paragraph's end when none does): a search for words of the reporter's steps over a quote at once.
    /// </summary>
    public int OutsideQuotesFrom(int i)
    {
        if (i >= Span.End) return Span.End;
        int outside = _inQuote.AsSpan(i - Span.Start, Span.End - i).IndexOf(false);
        return outside < 0 ? Span.End : i + outside;
    }

    /// <summary>The first offset from <paramref name="from"/> to before <paramref name="to"/> (both in the paragraph) that lies inside a quote, or <paramref name="to"/> when none does.</summary>
    public int FirstInQuote(int from, int to)
    {
        int found = _inQuote.AsSpan(from - Span.Start, to - from).IndexOf(true);
        return found < 0 ? to : from + found;
    }

    /// <summary>The last offset from <paramref name="from"/> to before <paramref name="to"/> (both in the paragraph) that lies inside a quote, or <paramref name="from"/> − 1 when none does.</summary>
    public int LastInQuote(int from, int to) => from + _inQuote.AsSpan(from - Span.Start, to - from).LastIndexOf(true);

    /// <summary>The sentence containing offset <paramref name="i"/>.</summary>
    public TextSpan SentenceAt(int i)
    {
        // The last sentence starting at or before i: sentences are never empty, so their starts
        // rise strictly (SplitSentences).
        int index = FirstAtOrAfter<TextSpan, SpanStart>(CollectionsMarshal.AsSpan(Sentences), i + 1) - 1;
        return Sentences[Math.Clamp(index, 0, Sentences.Count - 1)];
    }

    /// <summary>The index in <see cref="Sentences"/> of <paramref name="sentence"/>, one of them (as <see cref="SentenceAt"/> gives).</summary>
    public int SentenceIndex(TextSpan sentence) => FirstAtOrAfter<TextSpan, SpanStart>(CollectionsMarshal.AsSpan(Sentences), sentence.Start);

    /// <summary>The first non-space offset before <paramref name="i"/> (exclusive), or -1.</summary>
    public int PreviousNonSpace(int i)
    {
        for (int j = i - 1; j >= Span.Start; j--)
            if (!QuoteMarks.IsSpace(Text[j])) return j;
        return -1;
    }

    /// <summary>The first non-space offset at or after <paramref name="i"/>, or -1.</summary>
    public int NextNonSpace(int i)
    {
        for (int j = i; j < Span.End; j++)
            if (!QuoteMarks.IsSpace(Text[j])) return j;
        return -1;
    }

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (Words.Count when none).</summary>
    public int WordAtOrAfter(int offset) => FirstAtOrAfter<TextSpan, SpanStart>(CollectionsMarshal.AsSpan(Words), offset);

    /// <summary>Index of the first verb starting at or after <paramref name="offset"/> (Verbs.Count when none).</summary>
    /// <remarks>Inlined, with its search: a paragraph has a verb or two, and the attributor asks about
    /// a hundred times a page, where the call cost as much as the search.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int VerbIndexAtOrAfter(int offset) => FirstAtOrAfter<VerbSite, VerbStart>(CollectionsMarshal.AsSpan(Verbs), offset);

    /// <summary>The text between word <paramref name="word"/> and the one before it (from <paramref name="floor"/> for the first).</summary>
    public ReadOnlySpan<char> GapBefore(int word, int floor)
    {
        var (start, end) = GapBounds(word, floor);
        return end > start ? Text.AsSpan(start, end - start) : [];
    }

    /// <summary>True when <see cref="GapBefore"/> is <see cref="OnlySpaces"/>: the words are one phrase's.</summary>
    /// <remarks>Inlined, with one space (most gaps between words) told at once: the English name and
    /// title walks ask it at nearly every word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool OnlySpacesBefore(int word, int floor)
    {
        var (start, end) = GapBounds(word, floor);
        if (end - start == 1 && Text[start] == ' ') return true;
        return end <= start || OnlySpaces(Text.AsSpan(start, end - start));
    }

    // Where the gap before word `word` starts and ends (the end below the start for none).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Start, int End) GapBounds(int word, int floor)
    {
        var words = CollectionsMarshal.AsSpan(Words);
        return (word > 0 ? Math.Max(words[word - 1].End, floor) : floor, words[word].Start);
    }

    /// <summary>The word's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked at nearly every word by the English name and title walks
    public ReadOnlySpan<char> Word(int word)
    {
        var span = CollectionsMarshal.AsSpan(Words)[word];
        return Text.AsSpan(span.Start, span.Length);
    }

    // A binary search over items in order of their start: the first whose start is at or after offset.
    // The start is read through a type argument, not a delegate: the search is compiled for each
    // kind of item with the read inlined (a delegate call at every probe made the attributor's
    // searches cost about a hundred instructions each, 1.3 % of the ABC page's).
    // Without a branch on a probe's outcome: the window keeps its length's upper half or moves
    // up by it, as the probe's sign says, so that only the length decides the steps. Which way a
    // probe goes is as unpredictable as the offsets asked for; the branch there mispredicted at
    // every other probe or so in callgrind's branch simulation (in time, perf showed no difference
    // either way: docs/performance-history.md, twenty-second round). The items are read without bounds
    // checks: lo + half stays below the length, which every step shortens by half.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstAtOrAfter<T, TStart>(ReadOnlySpan<T> items, int offset)
        where TStart : IStartOf<T>
    {
        int length = items.Length;
        if (length == 0) return 0;
        ref T first = ref MemoryMarshal.GetReference(items);
        int lo = 0;
        while (length > 1)
        {
            int half = length >> 1;
            // All ones when the probe's start is below the offset (in 64 bits: no overflow).
            long below = ((long)TStart.Of(in Unsafe.Add(ref first, lo + half)) - offset) >> 63;
            lo += (int)below & half;
            length -= half;
        }

        return lo + (TStart.Of(in Unsafe.Add(ref first, lo)) < offset ? 1 : 0);
    }

    private interface IStartOf<T>
    {
        static abstract int Of(in T item);
    }

    private readonly struct SpanStart : IStartOf<TextSpan>
    {
        public static int Of(in TextSpan item) => item.Start;
    }

    private readonly struct VerbStart : IStartOf<VerbSite>
    {
        public static int Of(in VerbSite item) => item.Start;
    }

    /// <summary>Han ideographs (basic block and extension A, compatibility ideographs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// <see cref="char.IsPunctuation(char)"/>, a Han character answered by its range first: no Han
    /// ideograph is punctuation (HanIdeographTests), and the Unicode table lookup beyond Latin-1
    /// costs about twenty instructions, where the attributor asks mostly about Han text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPunctuation(char c) => !IsHan(c) && char.IsPunctuation(c);

    /// <summary><see cref="char.IsSymbol(char)"/>, a Han character answered by its range first, as <see cref="IsPunctuation"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSymbol(char c) => !IsHan(c) && char.IsSymbol(c);

    // Han characters at least half as many as Latin letters (a Han character holds a word or so),
    // as the letter tally counts them: a paragraph whose language was detected brings the answer
    // with it (Read's isChinese); a headline or a caption is tallied here.
    internal static bool IsMostlyHan(string text, TextSpan span) =>
        ScriptTally.Of(text.AsSpan(span.Start, span.Length), countVariants: false).IsHanAtLeastHalfLatin;

    // Fills sites[..quotes.Count] with the sites of `quotes`.
    private static void Sites(string text, TextSpan paragraph, IReadOnlyList<TextSpan> quotes, QuoteSite[] sites)
    {
        int lastTop = -1;
        for (int q = 0; q < quotes.Count; q++)
        {
            var span = quotes[q];
            int open = span.Start - 1;
            while (open > paragraph.Start && QuoteMarks.IsSpace(text[open])) open--;
            int close = span.End;
            while (close < paragraph.End && QuoteMarks.IsSpace(text[close])) close++;
            bool closed = close < paragraph.End && QuoteMarks.IsMark(text[close]);

            // The scanner returns an outer quote before the quotes nested in it, and top-level
            // quotes do not overlap, so the enclosing quote, if any, is the last top-level one.
            int outer = -1;
            if (lastTop >= 0)
            {
                var candidate = sites[lastTop];
                int candidateEnd = candidate.IsUnclosed ? paragraph.End : candidate.CloseMark;
                if (candidate.OpenMark < open && candidateEnd > span.Start) outer = lastTop;
            }

            sites[q] = new QuoteSite(span, open, closed ? close : -1, outer);
            if (outer < 0) lastTop = q;
        }
    }

    private void SplitSentences()
    {
        var sentences = Sentences;
        int start = Span.Start;
        var text = Text.AsSpan(Span.Start, Span.Length);

        // Only the characters EndsSentence accepts can end one: jump from one to the next.
        for (int at = s_sentenceEnds.IndexOfAny(text); at >= 0;)
        {
            int i = Span.Start + at;
            if (!_inQuote[at] && EndsSentence(i))
            {
                sentences.Add(TextSpan.FromBounds(start, i + 1));
                start = i + 1;
            }

            int next = s_sentenceEnds.IndexOfAny(text[(at + 1)..]);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (start < Span.End || sentences.Count == 0) sentences.Add(TextSpan.FromBounds(start, Span.End));
    }

    private bool EndsSentence(int i)
    {
        char c = Text[i];
        if (c is '。' or '！' or '？' or '；' or '!' or '?' or ';') return true;
        if (c != '.') return false;

        // A period ends a sentence when it is not part of a word (decimals, initials, abbreviations
        // are kept inside words by EnglishWords) and is followed by a space, a quote mark or the end.
        char before = At(i - 1), after = At(i + 1);
        if (char.IsDigit(before) && char.IsDigit(after)) return false;
        if (!IsChinese && EnglishWords.IsAbbreviationPeriod(Text, Span, i)) return false;
        return after == NoChar || QuoteMarks.IsSpace(after) || IsHan(after) || QuoteMarks.IsMark(after);
    }

    private void FindChineseVerbs()
    {
        var verbs = Verbs;

        // Jump from one character that can start a verb to the next.
        for (int i = SpeechVerbs.NextChineseCandidate(Text, Span.Start, Span.End); i >= 0; i = SpeechVerbs.NextChineseCandidate(Text, i + 1, Span.End))
        {
            if (_inQuote[i - Span.Start])
            {
                i = OutsideQuotesFrom(i) - 1;
                continue;
            }

            if (SpeechVerbs.TryMatchChinese(Text, i, Span.End, out int length, out var tier))
            {
                verbs.Add(new VerbSite(i, i + length, tier, -1));
                i += length - 1;
            }
        }
    }

    // The first word of "according to", a source verb of two words (FindEnglishVerbs), which
    // NextVerbCandidate must let through: a word equal to it ignoring case (ordinally, where only
    // a and A equal a) has its length and an a or A first.
    private const string According = "according";

    private void FindEnglishVerbs()
    {
        // The words and the text as spans, taken once: through the list and the string property,
        // each word paid their loads and bounds tests again. Adding verbs does not touch the words.
        // The words are walked by NextVerbCandidate, which turns away nearly every word by its
        // start and length without a call; only a word it lets through is looked up here.
        var verbs = Verbs;
        var words = CollectionsMarshal.AsSpan(Words);
        var text = Text.AsSpan();
        var englishVerbs = SpeechVerbs.EnglishIndex;
        for (int w = NextVerbCandidate(words, text, 0, englishVerbs); w < words.Length; w = NextVerbCandidate(words, text, w + 1, englishVerbs))
        {
            var word = text.Slice(words[w].Start, words[w].Length);
            if (word.Equals(According, StringComparison.OrdinalIgnoreCase) && w + 1 < words.Length
                && text.Slice(words[w + 1].Start, words[w + 1].Length).Equals("to", StringComparison.OrdinalIgnoreCase)
                && OnlySpacesBefore(w + 1, Span.Start))
            {
                verbs.Add(new VerbSite(words[w].Start, words[w + 1].End, SpeechVerbTier.Source, w + 1));
                w++;
                continue;
            }

            if (!SpeechVerbs.TryGetEnglish(word, out var tier) || !IsFiniteVerbUse(w)) continue;
            verbs.Add(new VerbSite(words[w].Start, words[w].End, tier, w));
        }
    }

    // The first word from `w` on (or the words' count) that may be a speech verb, being one the
    // verbs' index does not rule out by its start and length, or may open "according to", being as
    // long as "according" and starting with its letter. A loop that makes no call: in
    // FindEnglishVerbs' loop, whose rarer paths call, the words, the text, the index and the
    // position went through memory at every word, about 45 instructions a word against 35 here.
    private static int NextVerbCandidate(ReadOnlySpan<TextSpan> words, ReadOnlySpan<char> text, int w, AsciiWordIndex<SpeechVerbTier> index)
    {
        for (; w < words.Length; w++)
        {
            var word = text.Slice(words[w].Start, words[w].Length);
            if (!index.RulesOut(word) || (word.Length == According.Length && (word[0] | 0x20) == According[0])) return w;
        }

        return words.Length;
    }

    // "was asked by", "the stated goal", "a show called "X"": the same words that are not a
    // speaker's verb — a passive (the subject is not the speaker), an adjective, a naming.
    private bool IsFiniteVerbUse(int w)
    {
        if (w > 0 && OnlySpacesBefore(w, Span.Start))
        {
            var before = Word(w - 1);
            if (EnglishWords.IsPassiveAuxiliary(before) || EnglishWords.IsDeterminer(before)) return false;
        }

        var word = Word(w);
        if (word.Equals("called", StringComparison.OrdinalIgnoreCase))
        {
            int next = NextNonSpace(Words[w].End);
            if (next >= 0 && QuoteMarks.IsMark(Text[next])) return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> is empty or white space only.</summary>
    public static bool OnlySpaces(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!QuoteMarks.IsSpace(c)) return false;
        return true;
    }
}
