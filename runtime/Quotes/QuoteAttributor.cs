using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Collections;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Finds the quotes of one article section and says, for each, what it is (direct, partial, term;
/// <see cref="QuoteClassifier"/>) and who said it, the way news reports attribute words:
/// <list type="bullet">
/// <item>the subject of a speech verb before or after the quote (<see cref="SpeechVerbs"/>):
/// "…," Trump said; 特朗普写道:“…”; "…," said Trump;</item>
/// <item>for a phrase inside a sentence, the subject of the strongest speech verb before it in that
/// sentence (BBC reported that Trump wrote … → Trump), else of one after it, else the sentence's
/// subject (a caption: 美国总统特朗普…以使俄乌“…”);</item>
/// <item>a statement with no attribution of its own continues the previous quote's speaker
/// ("…," Trump said. "…"), or the quote it continues across paragraphs (each paragraph reopens the
/// mark; the attribution may be in the first or the last paragraph), or the person last named as
/// speaking;</item>
/// <item>pronouns, roles and documents (he, the president, the readout; 他, 总统, 报道) resolved by
/// <see cref="SpeakerResolver"/>; term quotes get no speaker.</item>
/// </list>
/// Each paragraph is read in a constant number of passes, and lookups between quotes and verbs
/// stay within a sentence, so the work grows linearly with the article.
/// </summary>
internal sealed class QuoteAttributor
{
    // An attribution after a quote names its speaker within a few words: "…," the White House said;
    // "…," Israeli military spokesman Lt. Col. Nadav Shoshani told CNN.
    private const int MaxWordsBeforeTrailingVerb = 10;

    // How far back a Chinese verb's clause is read for its subject.
    private const int MaxClauseLength = 80;

    // The marks that end a Chinese clause: where a verb's subject is read back to, and, with the
    // full stop, where a sentence's opening subject ends.
    private static readonly SmallCharSet s_clauseBreaks = new("，,、；;：:");
    private static readonly SmallCharSet s_clauseOrSentenceBreaks = new("，,、；;：:。");

    // A bounded window of verbs around a quote: attribution is local, and the bound keeps a
    // pathological sentence with thousands of verbs and quotes linear.
    private const int MaxVerbsLookedAt = 16;

    // A section's attributor is taken from the thread's cache and handed back when it is done:
    // its tables, lists and buffers, grown to fit a section, then serve the next section and the
    // next document instead of being allocated (and grown) again for each (docs/performance.md).
    // Taken, not shared: a thread that attributes while it attributes (none does) gets a new one.
    // Its storage grows with the text it read, so after a text longer than this it is let go
    // rather than kept for the thread's lifetime.
    private const int MaxCachedTextLength = 256 * 1024;

    [ThreadStatic]
    private static QuoteAttributor? t_cached;

    private static readonly SourceText s_noSource = SourceText.From("");

    private SourceText _source = s_noSource;
    private readonly SpeakerResolver _resolver = new();
    // The paragraph's sentence subjects resolved so far, by the sentence's index: an array made
    // ready for each paragraph, where a dictionary keyed by the sentence's start went through the
    // shared generic code's lookups, about a hundred instructions a call.
    private (bool Resolved, SpeakerEntity? Subject)[] _sentenceSubjects = [];

    // The titled names of the paragraph being read; one list serves every paragraph.
    private readonly List<(int Offset, SpeakerMention Mention)> _titled = [];

    // The paragraph being read and its storage; one serves every paragraph (a unit keeps only its
    // paragraph's span, its number and its range of pending quotes once read).
    private readonly ParagraphBuffers _buffers = new();
    private readonly QuoteParagraph _paragraph;

    // The quote scan of the paragraph being read and the quotes it finds; read into the paragraph's
    // quote sites at once, so one scan and one list serve every paragraph.
    private readonly QuoteScan _scan = new();
    private readonly List<TextSpan> _quotes = [];

    // The section's paragraphs (the body's, then each caption) and their quotes as attributed so
    // far: values in two lists for the whole section, a unit naming its range of pending quotes,
    // where an object per paragraph and per quote and a list per paragraph were made for each.
    private readonly List<Unit> _units = [];
    private readonly List<PendingQuote> _pending = [];

    // Build's speakers in order of their first quote (each one's name and quotes: SpeakerEntity.Spoken).
    private readonly List<SpeakerEntity> _speakerOrder = [];
    private readonly KeySet _mentionKeys = new();

    private QuoteAttributor() => _paragraph = new QuoteParagraph(_buffers);

    /// <summary>
    /// Attributes the quotes of a section: <paramref name="headline"/> (paragraph 0), then
    /// <paramref name="paragraphs"/> in order, which share one discourse (he refers across
    /// paragraphs); then each of <paramref name="captions"/> on its own, sharing only names and titles.
    /// <paramref name="paragraphsChinese"/>, when given, says of each paragraph whether it is read as
    /// Chinese (<see cref="Languages.ScriptTally.IsHanAtLeastHalfLatin"/>, which its language's
    /// tally already counted); else each paragraph's letters are counted for it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="paragraphs"/> or <paramref name="captions"/> is null.</exception>
    public static QuoteAttribution Attribute(
        SourceText source, TextSpan? headline, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> captions,
        IReadOnlyList<bool>? paragraphsChinese = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(captions);
        return Attribute(source, headline, ListSpans.Of(paragraphs), ListSpans.Of(captions), paragraphsChinese is null ? default : ListSpans.Of(paragraphsChinese));
    }

    /// <summary>
    /// <see cref="Attribute(SourceText, TextSpan?, IReadOnlyList{TextSpan}, IReadOnlyList{TextSpan}, IReadOnlyList{bool}?)"/>
    /// with the lists as spans: the builder keeps a section's in storage borrowed from the pool.
    /// <paramref name="paragraphsChinese"/> empty counts each paragraph's letters; else it may be
    /// longer than <paramref name="paragraphs"/> (a borrowed array).
    /// </summary>
    internal static QuoteAttribution Attribute(
        SourceText source, TextSpan? headline, ReadOnlySpan<TextSpan> paragraphs, ReadOnlySpan<TextSpan> captions,
        ReadOnlySpan<bool> paragraphsChinese)
    {
        var attributor = t_cached ?? new QuoteAttributor();
        t_cached = null;
        attributor._source = source;
        try
        {
            return attributor.AttributeSection(headline, paragraphs, captions, paragraphsChinese);
        }
        finally
        {
            attributor.Release();
            if (source.Text.Length <= MaxCachedTextLength) t_cached = attributor;
        }
    }

    private QuoteAttribution AttributeSection(
        TextSpan? headline, ReadOnlySpan<TextSpan> paragraphs, ReadOnlySpan<TextSpan> captions, ReadOnlySpan<bool> paragraphsChinese)
    {
        var units = _units;
        if (headline is { } h) units.Add(Read(h, 0, null));
        // The paragraphs walked as a span: by the interface, each took dispatched calls.
        int number = 0;
        foreach (var paragraph in paragraphs)
        {
            units.Add(Read(paragraph, number + 1, units.Count > 0 ? units[^1] : null, paragraphsChinese.IsEmpty ? null : paragraphsChinese[number]));
            number++;
        }
        int bodyCount = units.Count;
        LinkAcrossParagraphs(0, bodyCount);

        var saved = _resolver.SaveDiscourse();
        foreach (var caption in captions)
        {
            _resolver.ClearDiscourse();
            units.Add(Read(caption, 0, null));
            LinkAcrossParagraphs(units.Count - 1, 1);
        }

        _resolver.RestoreDiscourse(saved);
        return Build(bodyCount);
    }

    // Forgets the section — its text and speakers, so the cache keeps no document alive — and
    // keeps the storage.
    private void Release()
    {
        _source = s_noSource;
        _resolver.Clear();
        Array.Clear(_sentenceSubjects); // they hold speakers
        _titled.Clear();
        _quotes.Clear();
        _units.Clear();
        _pending.Clear(); // its quotes hold speakers
        _speakerOrder.Clear();
        _mentionKeys.Clear();
        _scan.Start("", default);
        _paragraph.Read("", default, []); // its verbs hold speakers, and it holds the text
    }

    private Unit Read(TextSpan span, int number, Unit? previous, bool? isChinese = null)
    {
        // Quotes nested deeper than QuoteNesting.MaxDepth are left out, so output stays linear in the input.
        _quotes.Clear();
        QuoteScanner.Scan(_source.Text, span, _scan, _quotes);
        var p = _paragraph;
        p.Read(_source.Text, span, QuoteNesting.Limit(_quotes), isChinese);
        var unit = new Unit(span, number, _pending.Count, p.Quotes.Length);
        var speakerBefore = _resolver.LastSpeaker;
        int sentences = p.Sentences.Count;
        if (_sentenceSubjects.Length < sentences) _sentenceSubjects = new (bool, SpeakerEntity?)[Math.Max(sentences, _sentenceSubjects.Length * 2)];
        else _sentenceSubjects.AsSpan(0, sentences).Clear();
        ResolveVerbs(p);
        AttributeQuotes(p, unit, previous, speakerBefore);
        return unit;
    }

    // Pass 1: every speech verb's subject, in reading order, titled names noted on the way, so that
    // pronouns and roles resolve against what came before them.
    private void ResolveVerbs(QuoteParagraph p)
    {
        var titled = _titled;
        titled.Clear();
        if (p.IsChinese) ChineseSpeakerNames.TitledNames(p, titled);
        else EnglishSpeakerNames.TitledNames(p, titled);
        int t = 0;
        var verbs = p.Verbs;
        for (int v = 0; v < verbs.Count; v++)
        {
            while (t < titled.Count && titled[t].Offset < verbs[v].Start) _resolver.NoteTitled(titled[t++].Mention);
            // Stored before the next verb is resolved: an elided subject takes an earlier verb's.
            verbs[v] = verbs[v] with { Speaker = ResolveVerb(p, verbs[v]) };
        }

        while (t < titled.Count) _resolver.NoteTitled(titled[t++].Mention);
    }

    // The verb's subject (null when none is found); a speech verb's subject is noted as speaking.
    private SpeakerEntity? ResolveVerb(QuoteParagraph p, VerbSite verb)
    {
        var sentence = p.SentenceAt(verb.Start);
        var mention = p.IsChinese ? ChineseSubject(p, verb, sentence) : EnglishSubject(p, verb, sentence);
        var entity = mention.IsSome ? _resolver.Resolve(mention, SentenceSubject(p, sentence)) : null;
        if (entity is null && verb.Tier >= SpeechVerbTier.Cognition && mention.Kind is SpeakerMentionKind.None or SpeakerMentionKind.Pronoun)
        {
            // An elided subject (并补充称…, "and added"): the speaker of the sentence's previous
            // speech verb, else the sentence's subject.
            entity = PreviousSpeaker(p, verb, sentence) ?? SentenceSubject(p, sentence);
        }

        if (entity is not null && verb.Tier == SpeechVerbTier.Speech) _resolver.NoteSpeaking(entity);
        return entity;
    }

    private static SpeakerMention ChineseSubject(QuoteParagraph p, VerbSite verb, TextSpan sentence)
    {
        // The clause of the verb: back to a comma, colon, a quote or the sentence start.
        int start = verb.Start;
        int floor = Math.Max(sentence.Start, verb.Start - MaxClauseLength);
        // Searched, not walked: the last mark and the last quoted character before the verb (each
        // floor − 1 when none), where a step back at a time tested both at every character.
        int lastBreak = floor + s_clauseBreaks.LastIndexOfAny(p.Text.AsSpan(floor, start - floor));
        start = Math.Max(lastBreak, p.LastInQuote(floor, start)) + 1;
        return ChineseSpeakerNames.Read(p, start, verb.Start);
    }

    private static SpeakerMention EnglishSubject(QuoteParagraph p, VerbSite verb, TextSpan sentence)
    {
        int floor = p.WordAtOrAfter(sentence.Start);
        int limit = p.WordAtOrAfter(sentence.End);
        if (p.Words[verb.Word].Start != verb.Start)
        {
            // "according to Russian state media": the source follows the phrase.
            return EnglishSpeakerNames.After(p, verb.Word + 1, limit, sentence.Start);
        }

        var mention = EnglishSpeakerNames.Before(p, verb.Word, floor, sentence.Start);
        if (mention.IsSome) return mention;

        // Inverted after a quote or a comma: "…," said Trump.
        var gap = p.GapBefore(verb.Word, sentence.Start);
        bool inverted = verb.Word == floor || gap.Contains(',') || gap.IndexOfAny("\"”’'".AsSpan()) >= 0;
        return inverted ? EnglishSpeakerNames.After(p, verb.Word + 1, limit, sentence.Start) : SpeakerMention.None;
    }

    private static SpeakerEntity? PreviousSpeaker(QuoteParagraph p, VerbSite verb, TextSpan sentence)
    {
        int at = p.VerbIndexAtOrAfter(verb.Start);
        int stop = Math.Max(0, at - MaxVerbsLookedAt);
        for (int v = at - 1; v >= stop && p.Verbs[v].Start >= sentence.Start; v--)
            if (p.Verbs[v].Tier >= SpeechVerbTier.Cognition && p.Verbs[v].Speaker is { } speaker) return speaker;
        return null;
    }

    // The person or body a sentence opens with, resolved once per sentence.
    private SpeakerEntity? SentenceSubject(QuoteParagraph p, TextSpan sentence)
    {
        int index = p.SentenceIndex(sentence);
        if (_sentenceSubjects[index] is (true, var cached)) return cached;
        SpeakerMention mention;
        if (p.IsChinese)
        {
            // Past the quotes, spaces and punctuation the sentence opens with (a quote at once).
            int start = sentence.Start;
            while (start < sentence.End)
            {
                if (p.InQuote(start)) start = Math.Min(p.OutsideQuotesFrom(start), sentence.End);
                else if (QuoteMarks.IsSpace(p.Text[start]) || QuoteParagraph.IsPunctuation(p.Text[start])) start++;
                else break;
            }

            // To the first mark or quote, searched as in ChineseSubject.
            int firstBreak = s_clauseOrSentenceBreaks.IndexOfAny(p.Text.AsSpan(start, sentence.End - start));
            int end = Math.Min(firstBreak < 0 ? sentence.End : start + firstBreak, p.FirstInQuote(start, sentence.End));
            mention = ChineseSpeakerNames.Read(p, start, end);
        }
        else
        {
            mention = EnglishSpeakerNames.SentenceSubject(p, p.WordAtOrAfter(sentence.Start), p.WordAtOrAfter(sentence.End), sentence.Start);
        }

        var entity = mention.IsSome ? _resolver.Resolve(mention, null) : null;
        _sentenceSubjects[index] = (true, entity);
        return entity;
    }

    // Pass 2: each quote's kind and speaker.
    private void AttributeQuotes(QuoteParagraph p, Unit unit, Unit? previous, SpeakerEntity? speakerBefore)
    {
        // The last statement or phrase of the paragraph so far, as an index into _pending.
        int lastSpeech = -1;
        var sites = p.Quotes;
        for (int k = 0; k < sites.Length; k++)
        {
            var site = sites[k];
            if (site.IsNested)
            {
                // A quote inside a quote is part of the outer speaker's words.
                var outerSpeaker = _pending[unit.First + site.Outer].Speaker;
                bool term = QuoteClassifier.IsTerm(p, site, sentenceHasSpeech: true);
                _pending.Add(new PendingQuote(site, term ? QuoteKind.Term : QuoteKind.Partial, term ? null : outerSpeaker));
                continue;
            }

            var sentence = p.SentenceAt(site.OpenMark);
            var (first, end) = VerbsIn(p, sentence);
            bool sentenceHasSpeech = end > first;
            var opening = QuoteClassifier.Opening(p, site, out var intro);
            PendingQuote pending;
            switch (opening)
            {
                case QuoteOpening.Colon:
                    pending = new PendingQuote(site, QuoteKind.Direct, intro?.Speaker ?? SentenceSubject(p, sentence));
                    break;
                case QuoteOpening.SpeechComma:
                    {
                        // The verb between two halves of one statement: the previous quote is a
                        // statement in this sentence that ended right before the verb's clause.
                        bool continues = lastSpeech >= 0 && _pending[lastSpeech] is { Kind: QuoteKind.Direct, Site.IsUnclosed: false } last
                            && last.Site.CloseMark >= sentence.Start && last.Site.CloseMark < intro!.Value.Start;
                        pending = new PendingQuote(site, QuoteClassifier.KindAfterSpeechComma(p, site, continues), intro!.Value.Speaker);
                        break;
                    }
                default:
                    {
                        var after = opening == QuoteOpening.SentenceStart ? TrailingAttribution(p, k, sentence) : null;
                        if (opening == QuoteOpening.SentenceStart && QuoteClassifier.IsStatement(p, site, after is not null))
                            pending = new PendingQuote(site, QuoteKind.Direct, after?.Speaker);
                        else if (QuoteClassifier.IsTerm(p, site, sentenceHasSpeech))
                            pending = new PendingQuote(site, QuoteKind.Term, null);
                        else
                            pending = new PendingQuote(site, QuoteKind.Partial, PartialSpeaker(p, site, sentence, first, end));
                        break;
                    }
            }

            if (pending.Kind == QuoteKind.Direct && pending.Speaker is null)
            {
                // A statement with nothing of its own: the same speaker as the quote before it,
                // or the quote it continues from the previous paragraph; else decided once the
                // following paragraphs are read.
                int continued = lastSpeech >= 0 ? lastSpeech
                    : k == 0 && previous is { } before && OpensParagraph(p.Span, site) ? LastTopLevel(before, unclosedOnly: true) : -1;
                pending.Speaker = continued >= 0 ? _pending[continued].Speaker : null;
                if (pending.Speaker is null)
                {
                    pending.NeedsFallback = true;
                    pending.Fallback = LastSpeakerBefore(p, site.OpenMark) ?? speakerBefore;
                }
            }

            _pending.Add(pending);
            if (pending.Kind != QuoteKind.Term) lastSpeech = _pending.Count - 1;
        }
    }

    // "…," Trump said. / “…,”白宫在谈到…时表示。: a speech verb right after the quote, before the
    // next quote and within the sentence, with only its subject in between.
    private static VerbSite? TrailingAttribution(QuoteParagraph p, int k, TextSpan sentence)
    {
        var sites = p.Quotes;
        var site = sites[k];
        if (site.IsUnclosed) return null;
        int start = site.CloseMark + 1;
        int limit = sentence.End;
        for (int next = k + 1; next < sites.Length; next++)
        {
            if (sites[next].IsNested) continue;
            limit = Math.Min(limit, sites[next].OpenMark);
            break;
        }

        int clauseStart = start;
        while (clauseStart < limit && (QuoteMarks.IsSpace(p.Text[clauseStart]) || p.Text[clauseStart] is ',' or '，')) clauseStart++;
        int first = p.VerbIndexAtOrAfter(clauseStart);
        for (int v = first; v < p.Verbs.Count && v < first + MaxVerbsLookedAt; v++)
        {
            var verb = p.Verbs[v];
            if (verb.Start >= limit) break;
            if (verb.Tier == SpeechVerbTier.Source && verb.Speaker is null) continue;
            if (p.IsChinese)
            {
                for (int i = clauseStart; i < verb.Start; i++)
                    if (p.Text[i] is '，' or ',' or '。' or '；' or '：') return null;
            }
            else
            {
                int words = p.WordAtOrAfter(verb.Start) - p.WordAtOrAfter(clauseStart);
                if (words > MaxWordsBeforeTrailingVerb) return null;
            }

            return verb;
        }

        return null;
    }

    // The strongest speech verb before the phrase in its sentence, the nearest among equals; else
    // a verb after it; else the sentence's subject.
    private SpeakerEntity? PartialSpeaker(QuoteParagraph p, QuoteSite site, TextSpan sentence, int first, int end)
    {
        // Walk back from the quote (nearest first), keeping the first verb of the highest tier.
        VerbSite? best = null;
        int before = p.VerbIndexAtOrAfter(site.OpenMark);
        for (int v = before - 1; v >= first && v >= before - MaxVerbsLookedAt; v--)
        {
            var verb = p.Verbs[v];
            if (verb.Speaker is not null && (best is null || verb.Tier > best.Value.Tier)) best = verb;
        }

        if (best is { } strongest) return strongest.Speaker;
        int quoteEnd = site.IsUnclosed ? p.Span.End : site.CloseMark;
        int after = p.VerbIndexAtOrAfter(quoteEnd);
        for (int v = after; v < end && v < after + MaxVerbsLookedAt; v++)
        {
            var verb = p.Verbs[v];
            if (verb.Tier >= SpeechVerbTier.Cognition && verb.Speaker is not null) return verb.Speaker;
        }

        return SentenceSubject(p, sentence);
    }

    private static SpeakerEntity? LastSpeakerBefore(QuoteParagraph p, int offset)
    {
        int before = p.VerbIndexAtOrAfter(offset);
        for (int v = before - 1; v >= 0 && v >= before - MaxVerbsLookedAt; v--)
            if (p.Verbs[v].Tier == SpeechVerbTier.Speech && p.Verbs[v].Speaker is { } speaker) return speaker;
        return null;
    }

    // Nothing but space before the quote's opening mark in its paragraph (given by its span: a
    // paragraph already read keeps nothing else).
    private bool OpensParagraph(TextSpan paragraph, QuoteSite site) =>
        site.OpenMark <= paragraph.Start || QuoteParagraph.OnlySpaces(_source.Text.AsSpan(paragraph.Start, site.OpenMark - paragraph.Start));

    // The verbs of a sentence, as an index range into p.Verbs (binary search: verbs are in order).
    private static (int First, int End) VerbsIn(QuoteParagraph p, TextSpan sentence) =>
        (p.VerbIndexAtOrAfter(sentence.Start), p.VerbIndexAtOrAfter(sentence.End));

    // A quote spanning paragraphs: an unattributed unclosed quote takes the speaker of the quote
    // that reopens it at the start of the next paragraph (attribution in the last paragraph); an
    // unattributed quote reopening a paragraph takes the speaker of the one it continues
    // (attribution in the first). What is left goes to the person last named as speaking.
    // `count` units from `from`: the body's, or one caption's.
    private void LinkAcrossParagraphs(int from, int count)
    {
        var units = CollectionsMarshal.AsSpan(_units).Slice(from, count);
        var pending = CollectionsMarshal.AsSpan(_pending);
        for (int i = units.Length - 2; i >= 0; i--)
        {
            int last = LastTopLevel(units[i], unclosedOnly: true);
            int next = FirstTopLevel(units[i + 1]);
            if (last >= 0 && pending[last].NeedsFallback && next >= 0 && OpensParagraph(units[i + 1].Span, pending[next].Site) && pending[next].Speaker is not null)
            {
                pending[last].Speaker = pending[next].Speaker;
                pending[last].NeedsFallback = false;
            }
        }

        for (int i = 1; i < units.Length; i++)
        {
            int first = FirstTopLevel(units[i]);
            int continued = LastTopLevel(units[i - 1], unclosedOnly: true);
            if (first >= 0 && pending[first].NeedsFallback && continued >= 0 && pending[continued].Speaker is not null && OpensParagraph(units[i].Span, pending[first].Site))
            {
                pending[first].Speaker = pending[continued].Speaker;
                pending[first].NeedsFallback = false;
            }
        }

        foreach (var unit in units)
        {
            int previous = -1;
            for (int q = unit.First; q < unit.End; q++)
            {
                ref var quote = ref pending[q];
                if (quote.Site.IsNested) continue;
                if (quote.NeedsFallback)
                {
                    quote.Speaker = (previous >= 0 ? pending[previous].Speaker : null) ?? quote.Fallback;
                    quote.NeedsFallback = false;
                }

                if (quote.Kind != QuoteKind.Term) previous = q;
            }

            for (int q = unit.First; q < unit.End; q++)
            {
                ref var quote = ref pending[q];
                if (quote.Site.IsNested && quote.Kind != QuoteKind.Term) quote.Speaker = pending[unit.First + quote.Site.Outer].Speaker;
            }
        }
    }

    // The index in _pending of the unit's first quote not nested in another, or -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstTopLevel(Unit unit)
    {
        var pending = CollectionsMarshal.AsSpan(_pending);
        for (int q = unit.First; q < unit.End; q++)
            if (!pending[q].Site.IsNested) return q;
        return -1;
    }

    // The index in _pending of the unit's last quote not nested in another (only if it is left
    // unclosed, with `unclosedOnly`), or -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LastTopLevel(Unit unit, bool unclosedOnly)
    {
        var pending = CollectionsMarshal.AsSpan(_pending);
        for (int q = unit.End - 1; q >= unit.First; q--)
            if (!pending[q].Site.IsNested) return !unclosedOnly || pending[q].Site.IsUnclosed ? q : -1;
        return -1;
    }

    // The section's quotes and speakers from its units: the first `bodyCount` are the body's, the
    // rest one caption each.
    private QuoteAttribution Build(int bodyCount)
    {
        // Sized for every pending quote of the body (the captions' follow them), rather than grown
        // through four arrays for a section's twenty-odd quotes.
        var units = _units;
        var quotes = new List<Quote>(bodyCount < units.Count ? units[bodyCount].First : _pending.Count);
        for (int u = 0; u < bodyCount; u++) MakeQuotes(units[u], quotes);
        var captionQuotes = new List<IReadOnlyList<Quote>>(units.Count - bodyCount);
        for (int u = bodyCount; u < units.Count; u++)
        {
            var quotesOfCaption = new List<Quote>(units[u].Count);
            MakeQuotes(units[u], quotesOfCaption);
            captionQuotes.Add(quotesOfCaption);
        }

        // Every speaker's name is settled once all units are read: MakeQuotes works it out once,
        // for its quotes and its entry.
        var speakers = new List<Speaker>(_speakerOrder.Count);
        foreach (var entity in _speakerOrder)
        {
            var (name, spoken) = entity.Spoken!.Value;
            speakers.Add(new Speaker(name, entity.IsOrganization ? SpeakerKind.Organization : SpeakerKind.Person, entity.OtherMentions(name, _mentionKeys), spoken));
        }

        return new QuoteAttribution(quotes, captionQuotes, speakers);
    }

    // Adds the quotes of `unit` to `result` (the body's quotes go straight into the section's list).
    private void MakeQuotes(Unit unit, List<Quote> result)
    {
        // AttributeQuotes adds one pending quote per quote site, in site order: already sorted.
        for (int q = unit.First; q < unit.End; q++)
        {
            var pending = _pending[q];
            if (_source.Value(pending.Site.Span) is not { } value) continue;
            var entity = pending.Kind == QuoteKind.Term ? null : pending.Speaker;
            if (entity is null)
            {
                result.Add(new Quote(value, unit.Number, null, pending.Kind));
                continue;
            }

            if (entity.Spoken is not { } spoken)
            {
                entity.Spoken = spoken = (entity.CanonicalName(), []);
                _speakerOrder.Add(entity);
            }

            var quote = new Quote(value, unit.Number, spoken.Name, pending.Kind);
            result.Add(quote);
            spoken.Quotes.Add(quote);
        }
    }

    // A paragraph (headline, caption) read: its span, its number in the section (0 for the
    // headline and captions) and its quotes, one per quote site in site order, at
    // _pending[First..End).
    private readonly record struct Unit(TextSpan Span, int Number, int First, int Count)
    {
        public int End => First + Count;
    }

    // A quote's kind and speaker as attribution goes; a speaker still to be found once the
    // following paragraphs are read NeedsFallback, with the Fallback to take if none is.
    private struct PendingQuote(QuoteSite site, QuoteKind kind, SpeakerEntity? speaker)
    {
        public readonly QuoteSite Site = site;
        public readonly QuoteKind Kind = kind;
        public SpeakerEntity? Speaker = speaker;
        public bool NeedsFallback;
        public SpeakerEntity? Fallback;
    }
}
