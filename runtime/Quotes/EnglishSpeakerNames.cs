using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Reads the subject of an English speech verb as a <see cref="SpeakerMention"/>: the noun phrase
/// before the verb ("Ukrainian President Volodymyr Zelenskyy, in a news conference …, said"), or
/// after it in inverted attributions ("…," said Trump), with titles stripped (President, Secretary
/// of State, Chief International Correspondent), documents traced to their issuer (a White House
/// readout → White House) and bodies told from people by their words (House, Kremlin, Ministry).
/// </summary>
internal static class EnglishSpeakerNames
{
    // A parenthetical between subject and verb is a short phrase; the bound keeps the walk local.
    private const int MaxParentheticalWords = 24;

    // A subject is a phrase of a few words ("Russian Deputy Foreign Minister Sergei Ryabkov" is
    // five; "Democratic U.S. Senate Foreign Relations Committee Ranking Member Jeanne Shaheen of
    // New Hampshire" thirteen): a longer run of phrase words (a headline in title case, a shouted
    // sentence) is not read as the subject from its start. Unbounded, each verb walked the whole
    // run, and made a name of it that the resolver kept: a 200 KB run of "Said" took 86 s and 22 GB.
    private const int MaxPhraseWords = 24;

    // At most this many adverbs and auxiliaries between a subject and its verb ("has also
    // previously said"); beyond, no subject is read back, for the same reason.
    private const int MaxSkippedWords = 8;

    // Titles, longest first so "Vice President" wins over "President"; matched word by word, any
    // case. Grouped by first word, so finding a title at a word is one lookup, not a walk of them all.
    private static readonly Dictionary<string, string[][]> s_titlesByFirstWord = TitlesByFirstWord(
        "vice president", "president-elect", "president", "deputy prime minister", "prime minister", "foreign minister",
        "defense minister", "defence minister", "foreign secretary", "defense secretary", "defence secretary",
        "secretary of state", "secretary of defense", "secretary-general", "secretary general", "press secretary",
        "deputy secretary", "secretary", "minister", "chancellor", "premier", "king", "queen", "crown prince", "prince",
        "princess", "pope", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.",
        "mayor", "general", "gen.", "admiral", "adm.", "commander", "colonel", "col.", "lt.", "sgt.", "capt.", "captain",
        "chief executive", "chief international correspondent", "chief", "director", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "envoy", "chairman", "chairwoman", "chair", "ceo", "judge", "justice", "dr.", "mr.", "mrs.", "ms.",
        "prof.", "professor", "speaker", "leader", "correspondent", "reporter", "anchor", "host", "officer", "adviser",
        "advisor", "aide", "sheikh", "emir", "ayatollah", "archbishop", "bishop", "cardinal", "attorney general", "attorney",
        "lawyer", "analyst", "founder", "commissioner", "inspector", "superintendent", "sheriff", "head", "councillor", "councilor",
        "coach", "manager", "owner", "economist", "detective", "lt. col.", "maj. gen.", "brig. gen.", "rabbi", "imam", "rev.",
        "father", "sister", "brother", "minister-president", "chief of staff", "national security adviser");

    // Taken once: GetAlternateLookup checks the comparer on every call (see EnglishWordSet).
    private static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> s_titleFirstWords =
        s_titlesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same first words for ASCII words, asked about at nearly every word of a paragraph.
    private static readonly AsciiWordIndex<string[][]> s_titleFirstWordIndex = AsciiWordIndex<string[][]>.Of(s_titlesByFirstWord);

    private static readonly EnglishWordSet s_organizationWords = new()
    {
        "house", "kremlin", "pentagon", "ministry", "department", "office", "government", "administration", "council",
        "committee", "agency", "commission", "parliament", "congress", "senate", "police", "army", "military", "court",
        "embassy", "party", "union", "bank", "university", "company", "corporation", "group", "organization",
        "organisation", "federation", "service", "bureau", "cabinet", "command", "forces", "media", "news", "times",
        "post", "journal", "reuters", "nato", "un", "eu", "coalition", "alliance", "authorities", "officials",
        "downing", "élysée", "elysee", "secretariat", "assembly", "network", "press", "tass", "xinhua", "ria", "interfax",
        "inc.", "corp.", "ltd", "co.", "fund", "institute", "foundation", "association", "board", "court", "tribunal",
        "ukraine", "russia", "china", "israel", "iran", "washington", "moscow", "kyiv", "kiev", "beijing", "taipei",
        "london", "paris", "berlin", "tokyo", "seoul", "pyongyang", "tehran", "jerusalem", "brussels", "u.s.", "us",
        "america", "britain", "france", "germany", "japan", "india", "turkey", "syria", "gaza", "hamas", "hezbollah",
        "firm", "team", "club", "airline", "hospital", "regulator", "prosecutors", "investigators", "campaign", "council",
        "school", "league", "charity", "network", "studio", "publisher", "lawmakers",
    };

    // Lower-case heads a subject may have: roles, documents and generic bodies.
    private static readonly EnglishWordSet s_roleNouns = new()
    {
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier",
        "ambassador", "envoy", "senator", "governor", "mayor", "general", "commander", "chairman", "chairwoman",
        "leader", "official", "adviser", "advisor", "aide", "judge", "king", "queen", "pope", "prosecutor", "correspondent",
    };

    private static readonly EnglishWordSet s_documentNouns = new()
    {
        "readout", "statement", "release", "communique", "communiqué", "transcript", "memo", "report", "readouts",
        "statements", "announcement", "post", "letter", "filing", "bulletin",
    };

    // Bodies referred to by a common noun ("the company said", "officials said"): they speak as such.
    private static readonly EnglishWordSet s_bodyNouns = new()
    {
        "administration", "government", "ministry", "officials", "authorities", "media", "campaign", "military", "police",
        "embassy", "office", "department", "agency", "spokesman", "spokeswoman", "spokesperson", "company", "firm", "group",
        "union", "court", "army", "party", "team", "club", "airline", "hospital", "council", "board", "commission",
        "committee", "regulator", "prosecutors", "investigators", "lawmakers", "school", "university", "bank", "charity",
    };

    // The three as one set, for IsPhraseWord, which asks about every lower-case word before or
    // after a verb: one lookup, where it took three.
    private static readonly EnglishWordSet s_headNouns = EnglishWordSet.UnionOf(s_roleNouns, s_documentNouns, s_bodyNouns);

    private static readonly EnglishWordSet s_pronouns = new() { "he", "she", "they", "it", "we" };

    // Adverbs and auxiliaries between a subject and its verb: "The Kremlin also said", "Ukraine has said".
    private static readonly EnglishWordSet s_skippable = new()
    {
        "also", "later", "then", "has", "had", "have", "again", "once", "earlier", "previously", "recently", "now",
        "further", "too", "first", "last", "would", "will", "could", "can", "may", "might", "should", "did", "does", "do",
        "later", "subsequently", "separately", "still", "since", "ultimately", "initially", "however", "meanwhile",
        "not", "never", "always", "often", "twice", "simply", "just", "even", "yesterday", "today", "tonight",
    };

    private static readonly EnglishWordSet s_connectives = new()
    {
        "however", "but", "and", "or", "meanwhile", "still", "yet", "also", "later", "earlier", "then", "in", "on", "at",
        "after", "before", "during", "according", "while", "when", "as", "if", "since", "although", "though", "despite",
        "for", "from", "with", "without", "by", "under", "over", "asked", "speaking", "separately", "last", "this",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "so", "now", "there", "here",
    };

    /// <summary>
    /// The subject of the verb at word <paramref name="verb"/>, read backwards within the sentence
    /// starting at word <paramref name="floor"/>; skips one parenthetical set off by commas.
    /// </summary>
    public static SpeakerMention Before(QuoteParagraph p, int verb, int floor, int floorOffset)
    {
        int i = verb - 1;
        if (i < floor || HasQuoteMark(p.GapBefore(verb, floorOffset))) return SpeakerMention.None;

        // "Zelenskyy, in a news conference following Tuesday's developments, said": the comma
        // before the verb closes a parenthetical; the subject stands before the comma that opens it.
        if (p.GapBefore(verb, floorOffset).Contains(','))
        {
            int open = verb - 1;
            while (open > floor && !p.GapBefore(open, floorOffset).Contains(','))
            {
                if (verb - open > MaxParentheticalWords) return SpeakerMention.None;
                if (HasQuoteMark(p.GapBefore(open, floorOffset))) return SpeakerMention.None;
                open--;
            }

            if (open <= floor || HasQuoteMark(p.GapBefore(open, floorOffset))) return SpeakerMention.None;
            i = open - 1;
        }
        else if (!p.OnlySpacesBefore(verb, floorOffset))
        {
            return SpeakerMention.None;
        }

        // Adverbs and auxiliaries between subject and verb (also, later, has), when adjacent.
        int after = i + 1;
        while (i >= floor && IsSkippable(p.Word(i)) && (i + 1 == after || p.OnlySpacesBefore(i + 1, floorOffset)))
        {
            if (after - i > MaxSkippedWords) return SpeakerMention.None;
            i--;
        }

        if (i < floor || (i + 1 != after && !p.OnlySpacesBefore(i + 1, floorOffset))) return SpeakerMention.None;
        if (IsPronoun(p.Word(i)))
            return new SpeakerMention(SpeakerMentionKind.Pronoun, p.Word(i).ToString().ToLowerInvariant(), null, false, p.Word(i).ToString());

        int last = i;
        int first = i + 1;
        for (int j = i; j >= floor; j--)
        {
            var word = p.Word(j);
            if (j < last && !p.OnlySpacesBefore(j + 1, floorOffset)) break;
            if (EnglishWords.IsShortDeterminer(word))
            {
                first = j;
                break;
            }

            if (!IsPhraseWord(p, j, floor, floorOffset)) break;
            if (last - j >= MaxPhraseWords) return SpeakerMention.None;
            first = j;
        }

        return first <= last ? FromWords(p, first, last) : SpeakerMention.None;
    }

    /// <summary>The noun phrase starting at word <paramref name="start"/>, up to word <paramref name="limit"/> (exclusive): "said Trump", "said the White House".</summary>
    public static SpeakerMention After(QuoteParagraph p, int start, int limit, int floorOffset)
    {
        if (start >= limit) return SpeakerMention.None;
        if (IsPronoun(p.Word(start)))
            return new SpeakerMention(SpeakerMentionKind.Pronoun, p.Word(start).ToString().ToLowerInvariant(), null, false, p.Word(start).ToString());
        int first = start;
        int j = start;
        if (EnglishWords.IsShortDeterminer(p.Word(j))) j++;
        int last = -1;
        int phraseStart = j;
        for (; j < limit; j++)
        {
            if (j > first && !p.OnlySpacesBefore(j, floorOffset)) break;
            if (!IsPhraseWord(p, j, start, floorOffset)) break;
            if (j - phraseStart >= MaxPhraseWords) return SpeakerMention.None;
            last = j;
        }

        return last >= first ? FromWords(p, first, last) : SpeakerMention.None;
    }

    /// <summary>
    /// The first subject of the sentence starting at word <paramref name="start"/> (before <paramref name="limit"/>):
    /// introductory words and phrases (However, later Tuesday, According to …,) skipped.
    /// </summary>
    public static SpeakerMention SentenceSubject(QuoteParagraph p, int start, int limit, int floorOffset)
    {
        for (int w = start; w < limit && w < start + 16; w++)
        {
            var word = p.Word(w);
            if (IsPronoun(word))
                return new SpeakerMention(SpeakerMentionKind.Pronoun, word.ToString().ToLowerInvariant(), null, false, word.ToString());
            bool determinerBeforeNoun = EnglishWords.IsShortDeterminer(word) && w + 1 < limit && IsPhraseWord(p, w + 1, start, floorOffset);
            if (determinerBeforeNoun || (EnglishWords.IsCapitalized(word) && !s_connectives.Contains(word)))
            {
                var mention = After(p, w, limit, floorOffset);
                if (mention.IsSome) return mention;
            }
        }

        return SpeakerMention.None;
    }

    /// <summary>
    /// Adds to <paramref name="titled"/> the titled names in the words of <paramref name="p"/>, in
    /// order, each with the offset it starts at: "President Donald Trump", "Vice President J.D.
    /// Vance", so that a later "the president" finds its person.
    /// </summary>
    public static void TitledNames(QuoteParagraph p, List<(int Offset, SpeakerMention Mention)> titled)
    {
        // The words as a span and the text, taken once for the walk past lower-case words, which
        // nearly every word is: through the list and the paragraph's properties, each paid their
        // loads and bounds tests again (about 40 instructions a word). Nothing here changes the words.
        var words = CollectionsMarshal.AsSpan(p.Words);
        var text = p.Text.AsSpan();
        int w = 0;
        while (w < words.Length)
        {
            if (!EnglishWords.IsCapitalized(WordAt(text, words[w])))
            {
                w++;
                continue;
            }

            // The cheap tests first: most runs end at a lower-case word, which IsPhraseWord would
            // look up in its word sets before the capital test turned it away.
            int end = w;
            while (end + 1 < words.Length && (EnglishWords.IsCapitalized(WordAt(text, words[end + 1])) || IsNameConnector(WordAt(text, words[end + 1])))
                && p.OnlySpacesBefore(end + 1, p.Span.Start) && IsPhraseWord(p, end + 1, w, p.Span.Start))
                end++;
            // Only a run with a title word can give a titled name; most capitalised runs have none.
            if (!HasTitleWord(p, w, end))
            {
                w = end + 1;
                continue;
            }

            var mention = FromWords(p, w, end);
            if (mention.Kind == SpeakerMentionKind.Name && mention.Role is not null && !mention.IsOrganization)
                titled.Add((words[w].Start, mention));
            w = end + 1;
        }
    }

    // 's or ’s in either case, tested by its two characters: the two ordinal-ignore-case EndsWith
    // took a call each at every word of a subject (only s and S are s ignoring case ordinally).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.Length >= 2 && (word[^1] | 0x20) == 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    private static bool HasQuoteMark(ReadOnlySpan<char> gap) => QuoteMarkSearch.IndexOfAny(gap) >= 0;

    // The length first: the pronouns are two to four letters, and most words are turned away
    // without the set's lookup.
    private static bool IsPronoun(ReadOnlySpan<char> word) => word.Length <= 4 && s_pronouns.Contains(word);

    private static bool IsSkippable(ReadOnlySpan<char> word) =>
        s_skippable.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !EnglishWords.IsCapitalized(word));

    private static bool IsNameConnector(ReadOnlySpan<char> word) =>
        word is "of" or "de" or "van" or "von" or "al" or "bin" or "da" or "del" or "der" or "la" or "le";

    // A word that can be part of a subject: capitalised (names, titles), a lower-case role,
    // document or body noun, "of" between capitalised words (Secretary of State), a possessive.
    private static bool IsPhraseWord(QuoteParagraph p, int j, int floor, int floorOffset)
    {
        var word = p.Word(j);
        if (EnglishWords.IsCapitalized(word) && !s_connectives.Contains(word)) return true;
        if (EnglishWords.IsCapitalized(word)) return j > floor && EnglishWords.IsCapitalized(p.Word(j - 1)) && !word.Equals("According", StringComparison.Ordinal);
        if (s_headNouns.Contains(word)) return true;
        // Lower-case modifiers of a role or body (the prime minister, the foreign ministry, the
        // secretary of state, state media): part of the phrase when a word follows directly.
        if (word is "state" or "foreign" or "defense" or "defence" or "press" or "news" or "military" or "government" or "official"
            or "senior" or "top" or "prime" or "vice" or "deputy" or "chief" or "executive" or "interior" or "finance" or "health")
            return j + 1 < p.Words.Count && p.OnlySpacesBefore(j + 1, floorOffset);
        if (word is "of" && j > floor && j + 1 < p.Words.Count && s_roleNouns.Contains(p.Word(j - 1)))
            return true;
        return IsNameConnector(word) && j > floor && j + 1 < p.Words.Count && EnglishWords.IsCapitalized(p.Word(j - 1)) && EnglishWords.IsCapitalized(p.Word(j + 1));
    }

    // Words first..last as a mention: determiner dropped, a document traced to its issuer, titles
    // stripped up to the last one, a body told from a person. The words stay slices of the text
    // (a run of capitalised words can be long in a hostile text, so only short runs are on the
    // stack); the only strings made are the mention's own.
    private static SpeakerMention FromWords(QuoteParagraph p, int first, int last)
    {
        const int OnStack = 32;
        string text = p.Text;
        int surfaceStart = p.Words[first].Start;
        string surface = text[surfaceStart..p.Words[last].End];
        int count = last - first + 1;
        Span<TextSpan> words = count <= OnStack ? stackalloc TextSpan[OnStack] : new TextSpan[count];
        words = words[..count];
        for (int j = first; j <= last; j++) words[j - first] = p.Words[j];
        if (EnglishWords.IsShortDeterminer(WordAt(text, words[0]))) words = words[1..];
        if (words.IsEmpty) return SpeakerMention.None;

        var lastWord = WordAt(text, words[^1]);
        if (!EnglishWords.IsCapitalized(lastWord) && s_documentNouns.Contains(lastWord))
        {
            // "A White House readout of the call", "the Kremlin readout": the issuer speaks.
            words = words[..^1];
            if (!words.IsEmpty && WordAt(text, words[^1]).EndsWith("'s", StringComparison.Ordinal)) words[^1] = words[^1] with { Length = words[^1].Length - 2 };
            if (words.IsEmpty || !AnyCapitalized(text, words))
                return new SpeakerMention(SpeakerMentionKind.Document, "", null, true, surface);
            return new SpeakerMention(SpeakerMentionKind.Document, Join(text, words), null, true, surface);
        }

        int titleEnd = -1;
        string? role = null;
        for (int j = 0; j < words.Length; j++)
        {
            int length = TitleAt(text, words, j);
            if (length == 0) continue;
            role = Join(text, words.Slice(j, length), asRole: true);
            titleEnd = j + length;
            j += length - 1;
        }

        // "The Kremlin's spokesman": the possessor's body counts.
        bool isOrganization = false;
        foreach (var word in words)
        {
            // A word with no possessive is asked once.
            var w = WordAt(text, word);
            var stripped = StripPossessive(w);
            if (s_organizationWords.Contains(w) || (stripped.Length != w.Length && s_organizationWords.Contains(stripped)))
            {
                isOrganization = true;
                break;
            }
        }

        if (titleEnd >= 0)
        {
            // A name after the last title is a person's, whatever body the title names
            // ("Kremlin spokesman Dmitry Peskov"); without one, "the president" is a role to
            // resolve, and "the Kremlin spokesman" speaks for the body.
            var afterTitle = words[titleEnd..];
            if (AnyNameWord(text, afterTitle)) return new SpeakerMention(SpeakerMentionKind.Name, JoinWithin(text, afterTitle, surface, surfaceStart, namesOnly: true), role, false, surface);
            if (!isOrganization) return new SpeakerMention(SpeakerMentionKind.Role, "", role, false, surface);
        }

        if (!AnyCapitalized(text, words) && !isOrganization) return SpeakerMention.None;
        return new SpeakerMention(SpeakerMentionKind.Name, JoinWithin(text, words, surface, surfaceStart), null, isOrganization, surface);
    }

    // Join, giving the surface itself (a string already made) where the words are the whole of it,
    // one space apart, as a subject without a determiner or a title mostly is: Join would cut the
    // same characters out again.
    private static string JoinWithin(string text, ReadOnlySpan<TextSpan> words, string surface, int surfaceStart, bool namesOnly = false) =>
        !words.IsEmpty && words[0].Start == surfaceStart && words[^1].End - surfaceStart == surface.Length && IsSpacedRun(text, words, namesOnly)
            ? surface
            : Join(text, words, namesOnly);

    // The word's characters, of the paragraph's text as a string or as a span taken once.
    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, TextSpan word) => text.Slice(word.Start, word.Length);

    private static bool AnyCapitalized(string text, ReadOnlySpan<TextSpan> words)
    {
        foreach (var word in words)
            if (EnglishWords.IsCapitalized(WordAt(text, word))) return true;
        return false;
    }

    // A word that belongs in a name after a title: capitalised, or a connector (Secretary of State).
    private static bool IsNameWord(ReadOnlySpan<char> word) => EnglishWords.IsCapitalized(word) || IsNameConnector(word);

    private static bool AnyNameWord(string text, ReadOnlySpan<TextSpan> words)
    {
        foreach (var word in words)
            if (IsNameWord(WordAt(text, word))) return true;
        return false;
    }

    // The words joined by single spaces, as one new string: only the name words when namesOnly;
    // as a title's role (lower case, without a final period) when asRole. Most names stand in the
    // text as they are joined ("Donald Trump", one space apart): those are a slice of the text,
    // cut without a copy word by word (a third of the cost).
    internal static string Join(string text, ReadOnlySpan<TextSpan> words, bool namesOnly = false, bool asRole = false) =>
        !asRole && IsSpacedRun(text, words, namesOnly)
            ? text.Substring(words[0].Start, words[^1].End - words[0].Start)
            : JoinWordByWord(text, words, namesOnly, asRole);

    // True when the words are all kept (namesOnly keeping only name words) and one space apart.
    private static bool IsSpacedRun(string text, ReadOnlySpan<TextSpan> words, bool namesOnly)
    {
        if (words.IsEmpty) return false;
        for (int k = 0; k < words.Length; k++)
        {
            if (namesOnly && !IsNameWord(WordAt(text, words[k]))) return false;
            if (k > 0 && (words[k].Start != words[k - 1].End + 1 || text[words[k - 1].End] != ' ')) return false;
        }

        return true;
    }

    // Join, copying each word: what it gives for any words (the tests compare the two).
    internal static string JoinWordByWord(string text, ReadOnlySpan<TextSpan> words, bool namesOnly, bool asRole)
    {
        int length = 0;
        foreach (var word in words)
            if (!namesOnly || IsNameWord(WordAt(text, word))) length += word.Length + 1;
        if (length == 0) return "";

        Span<char> joined = length <= 256 ? stackalloc char[256] : new char[length];
        int at = 0;
        foreach (var word in words)
        {
            var w = WordAt(text, word);
            if (namesOnly && !IsNameWord(w)) continue;
            if (at > 0) joined[at++] = ' ';
            at += asRole ? InvariantCasing.ToLower(w, joined[at..]) : Copy(w, joined[at..]);
        }

        return new string(asRole ? joined[..at].TrimEnd('.') : joined[..at]);
    }

    private static int Copy(ReadOnlySpan<char> word, Span<char> destination)
    {
        word.CopyTo(destination);
        return word.Length;
    }

    private static bool HasTitleWord(QuoteParagraph p, int first, int last)
    {
        for (int j = first; j <= last; j++)
            if (TitlesStartingWith(p.Word(j)) is not null) return true;
        return false;
    }

    private static int TitleAt(string text, ReadOnlySpan<TextSpan> words, int j)
    {
        if (TitlesStartingWith(WordAt(text, words[j])) is not { } titles) return 0;
        foreach (var title in titles)
        {
            if (j + title.Length > words.Length) continue;
            bool match = true;
            for (int k = 0; k < title.Length && match; k++)
                match = WordAt(text, words[j + k]).Equals(title[k], StringComparison.OrdinalIgnoreCase);
            if (match) return title.Length;
        }

        return 0;
    }

    // The titles whose first word is `word` (any case), longest first, or null. Inlined as far as
    // the index's test of start and length, which turns nearly every word away.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string[][]? TitlesStartingWith(ReadOnlySpan<char> word) =>
        s_titleFirstWordIndex.RulesOut(word) ? null : TitlesStartingWithPastFilter(word);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string[][]? TitlesStartingWithPastFilter(ReadOnlySpan<char> word) => s_titleFirstWordIndex.Find(word, out var titles) switch
    {
        AsciiWordMatch.Found => titles,
        AsciiWordMatch.Missing => null,
        _ => s_titleFirstWords.TryGetValue(word, out titles) ? titles : null,
    };

    private static Dictionary<string, string[][]> TitlesByFirstWord(params string[] phrases) =>
        phrases.Select(t => t.Split(' '))
            .OrderByDescending(t => t.Length)
            .GroupBy(t => t[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
}
