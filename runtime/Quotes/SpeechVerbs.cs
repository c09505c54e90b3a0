using System.Runtime.CompilerServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// The verbs journalists attribute words with, in English and Chinese, each with its
/// <see cref="SpeechVerbTier"/>. English verbs are whole words; Chinese verbs are found inside
/// unspaced text, so each entry carries the neighbouring characters that make the same characters
/// a different word (名称, 称为, 问题, 小说) and is matched longest first (补充说 before 说).
/// </summary>
internal static class SpeechVerbs
{
    // Forms that are as often nouns (calls, states, a post, remarks, claims, hopes) are left out:
    // "in his own social media post" must not make "media" a speaker.
    private static readonly Dictionary<string, SpeechVerbTier> s_english = Build(
        (SpeechVerbTier.Speech,
        [
            "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "write", "writes", "wrote",
            "stated", "respond", "responds", "responded", "replied", "ask", "asks", "asked", "noted", "warn", "warns", "warned",
            "insist", "insists", "insisted", "explain", "explains", "explained", "argue", "argues", "argued", "claimed",
            "announce", "announces", "announced", "declare", "declares", "declared", "concede", "concedes", "conceded",
            "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "stressed", "emphasize",
            "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "posted", "tweeted", "remarked",
            "commented", "called", "described", "urged", "confirm", "confirms", "confirmed", "deny", "denies", "denied",
            "repeated", "reiterate", "reiterates", "reiterated", "recalled", "continued", "predict", "predicts", "predicted",
            "promised", "vowed", "suggest", "suggests", "suggested", "touted", "quipped", "concluded", "cautioned",
            "boasted", "complained", "pledged", "mused", "recounted", "countered", "shouted", "joked", "wrote", "texted",

            // Participles carry attribution too: "…, adding that …", "after calling the vote "a victory"".
            "telling", "adding", "writing", "calling", "describing", "insisting", "warning", "noting", "arguing",
            "stressing", "declaring", "announcing", "acknowledging", "admitting", "conceding", "claiming", "urging",
        ]),
        (SpeechVerbTier.Cognition, ["believe", "believes", "believed", "think", "thinks", "feel", "feels", "felt", "hoped"]),
        (SpeechVerbTier.Source, ["reported", "reportedly"]));

    // Every English word of a paragraph is asked about; the index answers for ASCII words without
    // the lower-cased copy and the hash lookup (the verbs are lower-case, so folding ASCII letters
    // is what lower-casing does to them).
    private static readonly AsciiWordIndex<SpeechVerbTier> s_englishIndex = AsciiWordIndex<SpeechVerbTier>.Of(s_english);

    private static readonly int s_longestEnglish = s_english.Keys.Max(w => w.Length);

    // Taken once: GetAlternateLookup checks the comparer on every call (see EnglishWordSet).
    private static readonly Dictionary<string, SpeechVerbTier>.AlternateLookup<ReadOnlySpan<char>> s_englishBySpan =
        s_english.GetAlternateLookup<ReadOnlySpan<char>>();

    // Chinese verbs, longest first within each first character. Before/After list characters that,
    // next to the verb, make another word; NeedsStatement marks verbs that are speech only with a
    // statement as object (发表声明 "issued a statement", not 发表论文).
    private static readonly CharIndex<ChineseVerb> s_chinese = BuildChinese(
    [
        new("说", SpeechVerbTier.Speech, Before: "小传学据虽听演游劝解", After: "服法"),
        new("说道", SpeechVerbTier.Speech),
        new("表示", SpeechVerbTier.Speech),
        new("称", SpeechVerbTier.Speech, Before: "名简俗堪对职尊相匀昵谦戏统总宣声号自指", After: "为号呼赞职霸作得之"),
        new("声称", SpeechVerbTier.Speech),
        new("宣称", SpeechVerbTier.Speech),
        new("指称", SpeechVerbTier.Speech),
        new("写道", SpeechVerbTier.Speech),
        new("指出", SpeechVerbTier.Speech),
        new("补充", SpeechVerbTier.Speech, After: "弹兵给品"),
        new("补充说", SpeechVerbTier.Speech),
        new("补充称", SpeechVerbTier.Speech),
        new("补充道", SpeechVerbTier.Speech),
        new("补充指", SpeechVerbTier.Speech),
        new("补充表示", SpeechVerbTier.Speech),
        new("回应", SpeechVerbTier.Speech),
        new("回应道", SpeechVerbTier.Speech),
        new("回应称", SpeechVerbTier.Speech),
        new("回答", SpeechVerbTier.Speech),
        new("答道", SpeechVerbTier.Speech),
        new("问", SpeechVerbTier.Speech, Before: "访顾学疑过请咨慰", After: "题责世候卷号"),
        new("问道", SpeechVerbTier.Speech),
        new("强调", SpeechVerbTier.Speech),
        new("透露", SpeechVerbTier.Speech),
        new("宣布", SpeechVerbTier.Speech),
        new("承认", SpeechVerbTier.Speech),
        new("告诉", SpeechVerbTier.Speech),
        new("坦言", SpeechVerbTier.Speech),
        new("直言", SpeechVerbTier.Speech),
        new("警告", SpeechVerbTier.Speech),
        new("呼吁", SpeechVerbTier.Speech),
        new("重申", SpeechVerbTier.Speech),
        new("解释", SpeechVerbTier.Speech),
        new("形容", SpeechVerbTier.Speech),
        new("发文", SpeechVerbTier.Speech),
        new("谈道", SpeechVerbTier.Speech),
        new("提到", SpeechVerbTier.Speech),
        new("批评", SpeechVerbTier.Speech),
        new("抨击", SpeechVerbTier.Speech),
        new("反驳", SpeechVerbTier.Speech),
        new("否认", SpeechVerbTier.Speech),
        new("证实", SpeechVerbTier.Speech),
        new("发表", SpeechVerbTier.Speech, NeedsStatement: true),
        new("发布", SpeechVerbTier.Speech, NeedsStatement: true),
        new("認為", SpeechVerbTier.Cognition),
        new("认为", SpeechVerbTier.Cognition),
        new("相信", SpeechVerbTier.Cognition),
        new("報導", SpeechVerbTier.Source),
        new("報道", SpeechVerbTier.Source),
        new("报导", SpeechVerbTier.Source),
        new("报道", SpeechVerbTier.Source),
        new("據", SpeechVerbTier.Source, After: "说悉"),
        new("据", SpeechVerbTier.Source, After: "说悉此称"),
        new("說", SpeechVerbTier.Speech, Before: "小傳學據雖聽演遊勸解", After: "服法"),
        new("說道", SpeechVerbTier.Speech),
        new("寫道", SpeechVerbTier.Speech),
        new("補充說", SpeechVerbTier.Speech),
        new("補充稱", SpeechVerbTier.Speech),
        new("強調", SpeechVerbTier.Speech),
        new("宣佈", SpeechVerbTier.Speech),
        new("回應", SpeechVerbTier.Speech),
    ]);

    /// <summary>Nouns that make 发表/发布 a speech act: a statement, a speech, remarks.</summary>
    // A word list: StatementFollows asks at each of up to twelve characters after the verb, where
    // comparing every noun took 1 % of the ABC page's instructions.
    private static readonly WordList s_statementObjects = new("声明", "聲明", "讲话", "講話", "谈话", "談話", "演说", "演說", "演讲", "演講", "公报", "公報", "评论", "評論", "推文", "贴文", "帖子", "文章");

    /// <summary>
    /// The index of the English verbs, for a loop over a paragraph's words to hold in a local and
    /// ask <see cref="AsciiWordIndex{TValue}.RulesOut"/> before <see cref="TryGetEnglish"/>: most
    /// words are turned away by their start and length, without the call, and the class's static
    /// initialisation is checked once rather than at every word.
    /// </summary>
    public static AsciiWordIndex<SpeechVerbTier> EnglishIndex => s_englishIndex;

    /// <summary>The tier of an English word (any case), or false when it is not a speech verb.</summary>
    public static bool TryGetEnglish(ReadOnlySpan<char> word, out SpeechVerbTier tier)
    {
        var match = s_englishIndex.Find(word, out tier);
        if (match != AsciiWordMatch.BeyondAscii) return match == AsciiWordMatch.Found;
        return TryGetLowerCased(word, out tier);
    }

    // A word beyond ASCII, lower-cased as the table's verbs are: out of line, for its stack copy,
    // which the longest verb bounds (a word of a hostile page may be a whole paragraph).
    private static bool TryGetLowerCased(ReadOnlySpan<char> word, out SpeechVerbTier tier)
    {
        tier = default;
        if (word.Length > s_longestEnglish) return false;
        Span<char> lower = stackalloc char[word.Length];

        InvariantCasing.ToLower(word, lower);
        return s_englishBySpan.TryGetValue(lower, out tier);
    }

    /// <summary>
    /// The first offset at or after <paramref name="start"/> (before <paramref name="end"/>) whose
    /// character starts a Chinese verb, or -1: candidates for <see cref="TryMatchChinese"/>.
    /// </summary>
    public static int NextChineseCandidate(string text, int start, int end) => s_chinese.NextKey(text, start, end);

    /// <summary>The characters Chinese verbs start with: where <see cref="TryMatchChinese"/> can succeed.</summary>
    public static IEnumerable<char> ChineseFirstCharacters => s_chinese.Keys;

    /// <summary>
    /// The Chinese speech verb starting at <paramref name="index"/> (the longest one whose
    /// neighbours do not make it another word); false when there is none. <paramref name="end"/>
    /// bounds the look-ahead (the paragraph's end).
    /// </summary>
    public static bool TryMatchChinese(string text, int index, int end, out int length, out SpeechVerbTier tier)
    {
        length = 0;
        tier = default;
        if (!s_chinese.TryGet(text[index], out var verbs)) return false;
        char before = index > 0 ? text[index - 1] : '\0';
        var rest = text.AsSpan(index, end - index);
        foreach (var verb in verbs)
        {
            int verbEnd = index + verb.Text.Length;
            if (!WordList.StartsWithPastFirst(rest, verb.Text)) continue;
            char after = verbEnd < end ? text[verbEnd] : '\0';
            if (IsAmong(before, verb.Before) || IsAmong(after, verb.After)) continue;
            if (verb.NeedsStatement && !StatementFollows(text, verbEnd, end)) continue;
            length = verb.Text.Length;
            tier = verb.Tier;
            return true;
        }

        return false;
    }

    // True when `c` is one of `characters`: a verb's few neighbours that make it another word, most
    // often none. A loop in line, where string.Contains was a call to a vectorized search.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAmong(char c, string characters)
    {
        foreach (char candidate in characters)
            if (candidate == c) return true;
        return false;
    }

    // 发表了更详细的声明: the statement noun comes within a short object phrase, before any punctuation.
    private static bool StatementFollows(string text, int start, int end)
    {
        int limit = Math.Min(end, start + 12);
        for (int i = start; i < limit; i++)
        {
            if (QuoteParagraph.IsPunctuation(text[i])) return false;
            if (s_statementObjects.MatchAt(text, i, end) > 0) return true;
        }

        return false;
    }

    private static Dictionary<string, SpeechVerbTier> Build(params (SpeechVerbTier Tier, string[] Words)[] groups)
    {
        var table = new Dictionary<string, SpeechVerbTier>(StringComparer.Ordinal);
        foreach (var (tier, words) in groups)
            foreach (var word in words) table[word] = tier;
        return table;
    }

    /// <summary>Every English verb, lower-case.</summary>
    internal static IEnumerable<string> EnglishVerbs => s_english.Keys;

    private static CharIndex<ChineseVerb> BuildChinese(ChineseVerb[] verbs) =>
        new(verbs.DistinctBy(v => v.Text).OrderByDescending(v => v.Text.Length), v => v.Text[0]);

    private sealed record ChineseVerb(string Text, SpeechVerbTier Tier, string Before = "", string After = "", bool NeedsStatement = false);
}
