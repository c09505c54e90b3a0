namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Decides what a quote is from where it stands and what surrounds it, as journalists write:
/// <list type="bullet">
/// <item><b>direct</b>: a statement — it opens its sentence and either carries its own final
/// punctuation or is attributed after it ("…," Trump said), or it follows a colon after a verb
/// (写道:“…”), or a comma after a speech verb (said, "…").</item>
/// <item><b>partial</b>: a phrase inside the reporter's sentence (called it "very good",
/// 他称这是“非常好”的通话).</item>
/// <item><b>term</b>: marks around a name, title or term, not speech — introduced as a name
/// (so-called, called, 所谓, 称为), a show or book title after a possessive (Fox News' "The
/// Ingraham Angle"), followed by what it names (“爱国者”导弹系统), or a short scare-quoted noun in
/// a sentence where nobody speaks.</item>
/// </list>
/// </summary>
internal static class QuoteClassifier
{
    private const int MaxTermWords = 6;
    private const int MaxTermHan = 10;
    private const int MaxScareWords = 3;
    private const int MaxScareHan = 4;
    private const int MaxCompoundLead = 2;
    private const int MinStatementWords = 4;
    private const int MinStatementHan = 8;

    private static readonly WordList s_chineseNamingCues = new(
        "所谓", "所謂", "名为", "名為", "称为", "稱為", "称之为", "称作", "稱作", "叫做", "叫作", "代号", "代號", "俗称", "俗稱",
         "简称", "簡稱", "号称", "號稱", "誉为", "譽為", "题为", "題為", "名叫", "命名为", "暱稱", "昵称", "绰号", "綽號");

    // What a quoted name is a name of: 导弹, 系统, 行动 …, and 一书, 一词, 这本 (a title or word mentioned).
    private static readonly WordList s_chineseCategoryNouns = new(
        "导弹", "導彈", "系统", "系統", "行动", "行動", "计划", "計劃", "项目", "項目", "工程", "战略", "戰略", "倡议", "倡議",
         "政策", "法案", "条例", "條例", "协议", "協議", "组织", "組織", "运动", "運動", "主义", "主義", "理论", "理論", "概念",
         "模式", "品牌", "节目", "節目", "系列", "小说", "小說", "电影", "電影", "歌曲", "专辑", "專輯", "杂志", "雜誌", "报纸",
         "報紙", "一书", "一書", "一文", "一词", "一詞", "一说", "一語", "一语", "字样", "字樣", "这本", "這本", "这部", "這部",
         "这个词", "标签", "標籤", "口号", "口號", "峰会", "峰會", "论坛", "論壇", "部队", "部隊", "战机", "戰機", "战斗机",
         "坦克", "无人机", "無人機", "航母", "舰", "艦", "号", "號", "基金", "奖", "獎", "演习", "演習", "机制", "機制", "框架");

    private static readonly EnglishWordSet s_englishNamingCues = new()
    {
        "called", "named", "titled", "entitled", "dubbed", "nicknamed", "so-called", "word", "term", "phrase", "slogan",
        "label", "motto", "hashtag", "show", "program", "programme", "series", "book", "novel", "film", "movie", "song",
        "album", "podcast", "memoir", "memoirs", "column", "documentary", "newspaper", "magazine", "exhibition", "operation", "play", "poem",
        "headline", "codenamed", "code-named", "brand", "app", "website", "channel",
    };

    private static readonly EnglishWordSet s_englishCategoryNouns = new()
    {
        "missile", "missiles", "system", "systems", "program", "programme", "operation", "initiative", "project", "plan",
        "doctrine", "movement", "campaign", "law", "act", "bill", "brand", "show", "series", "summit", "strategy", "policy",
        "package", "hashtag", "rule", "rules", "policy", "framework", "mechanism", "drill", "drills", "exercise", "exercises",
        "tank", "tanks", "drone", "drones", "jet", "jets", "fund", "award", "prize",
    };

    private static readonly EnglishWordSet s_englishMinorWords = new()
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "de", "la", "vs", "vs.",
    };

    /// <summary>How <paramref name="quote"/> stands in its sentence; <paramref name="verb"/> is the verb introducing it after a comma or colon.</summary>
    public static QuoteOpening Opening(QuoteParagraph p, QuoteSite quote, out VerbSite? verb)
    {
        verb = null;
        int before = p.PreviousNonSpace(quote.OpenMark);
        if (before < 0) return QuoteOpening.SentenceStart;
        char c = p.Text[before];

        // Right after another quote's closing mark (“…。”“…”), or at its sentence's first character.
        if (p.InQuote(before) && QuoteMarks.IsMark(c)) return QuoteOpening.SentenceStart;
        // Nothing but spaces from its sentence's start: asked from the mark back, as far as `before`,
        // where a search forward from the sentence's start crossed its leading spaces for every quote.
        if (before < p.SentenceAt(quote.OpenMark).Start) return QuoteOpening.SentenceStart;
        if (c is ':' or '：' or '︰')
        {
            verb = LastVerbBefore(p, before + 1);
            return QuoteOpening.Colon;
        }

        if (c is ',' or '，' or '﹐')
        {
            verb = SpeechVerbBeforeComma(p, before);
            return verb is null ? QuoteOpening.Embedded : QuoteOpening.SpeechComma;
        }

        return QuoteOpening.Embedded;
    }

    /// <summary>
    /// True when a quote opening its sentence reads as a statement: own closing punctuation
    /// (“现在,…艰难的,”), an attribution after it, or length. A short bare phrase opening a sentence
    /// ("“爱国者”导弹系统已部署") is judged as embedded instead.
    /// </summary>
    public static bool IsStatement(QuoteParagraph p, QuoteSite quote, bool attributedAfter)
    {
        if (attributedAfter) return true;
        var content = Content(p, quote);
        if (content.Length > 0 && IsClosingPunctuation(content[^1])) return true;
        return p.IsChinese ? HanCount(content) >= MinStatementHan : WordCount(content) >= MinStatementWords;
    }

    /// <summary>
    /// For a Chinese quote after 称,/表示,: direct when it speaks in the first or second person, holds
    /// more than one sentence, or continues a statement the verb attributed; otherwise partial. Chinese style (GB/T 15834) introduces a
    /// statement with a colon; a comma is how the reporter runs reported words into the sentence,
    /// the way English writes said that "…".
    /// </summary>
    public static QuoteKind KindAfterSpeechComma(QuoteParagraph p, QuoteSite quote, bool continuesStatement)
    {
        // “我会继续战斗，”他说，“直到最后一刻。”: the second half of a statement split by its attribution.
        if (!p.IsChinese || continuesStatement) return QuoteKind.Direct;
        var content = Content(p, quote);
        if (ChineseSpeakerNames.IsFirstOrSecondPerson(content)) return QuoteKind.Direct;
        for (int i = 0; i < content.Length - 1; i++)
            if (content[i] is '。' or '！' or '？' or '!' or '?') return QuoteKind.Direct;
        return QuoteKind.Partial;
    }

    /// <summary>True when an embedded quote is a name, title or term rather than someone's words.</summary>
    public static bool IsTerm(QuoteParagraph p, QuoteSite quote, bool sentenceHasSpeech)
    {
        var content = Content(p, quote);
        // Most contents end in a letter, a digit or a Han character, none of which is trimmed: the
        // trim's search through its marks only for the others.
        if (content.Length > 0 && !char.IsAsciiLetterOrDigit(content[^1]) && !QuoteParagraph.IsHan(content[^1])) content = content.TrimEnd(",.;:!?，。；：！？、…".AsSpan());
        if (content.Length == 0 || HasInnerPunctuation(content)) return false;
        if (p.IsChinese)
        {
            int han = HanCount(content);
            if (han > MaxTermHan) return false;
            if (ChineseCueBefore(p, quote) || ChineseCategoryAfter(p, quote)) return true;
            return !sentenceHasSpeech && han <= MaxScareHan;
        }

        int words = WordCount(content);
        if (words > MaxTermWords) return false;
        if (EnglishCueBefore(p, quote) || EnglishCategoryAfter(p, quote)) return true;
        if (!sentenceHasSpeech && IsTitleCase(content)) return true;
        return !sentenceHasSpeech && words <= MaxScareWords;
    }

    /// <summary>The quoted text.</summary>
    public static ReadOnlySpan<char> Content(QuoteParagraph p, QuoteSite quote) => p.Text.AsSpan(quote.Span.Start, quote.Span.Length);

    private static VerbSite? LastVerbBefore(QuoteParagraph p, int end)
    {
        var sentence = p.SentenceAt(end - 1);
        for (int v = p.VerbIndexAtOrAfter(end) - 1; v >= 0 && p.Verbs[v].Start >= sentence.Start; v--)
            if (p.Verbs[v].End <= end) return p.Verbs[v];
        return null;
    }

    // 称,“…” / said, "…" / told reporters, "…": a speech verb ends right before the comma (an
    // English verb may take a short object first).
    private static VerbSite? SpeechVerbBeforeComma(QuoteParagraph p, int comma)
    {
        for (int v = p.VerbIndexAtOrAfter(comma) - 1; v >= 0; v--)
        {
            var verb = p.Verbs[v];
            if (verb.End > comma) continue;
            if (verb.Tier == SpeechVerbTier.Source) return null;
            if (p.IsChinese) return QuoteParagraph.OnlySpaces(p.Text.AsSpan(verb.End, comma - verb.End)) ? verb : null;

            // Counted no further than the two it allows: a verb far from the comma crossed every
            // word between them for each quote.
            int words = 0;
            for (int w = verb.Word + 1; w < p.Words.Count && p.Words[w].End <= comma; w++)
            {
                if (!p.OnlySpacesBefore(w, p.Span.Start) || ++words > 2) return null;
            }

            return words <= 2 && QuoteParagraph.OnlySpaces(p.Text.AsSpan(p.Words[verb.Word + words].End, comma - p.Words[verb.Word + words].End)) ? verb : null;
        }

        return null;
    }

    private static bool ChineseCueBefore(QuoteParagraph p, QuoteSite quote)
    {
        int end = p.PreviousNonSpace(quote.OpenMark) + 1;
        return end > p.Span.Start && s_chineseNamingCues.MatchEndingAt(p.Text, p.Span.Start, end) > 0;
    }

    private static bool ChineseCategoryAfter(QuoteParagraph p, QuoteSite quote)
    {
        // “爱国者”导弹系统, “天穹”防空系统: the category noun heads a short compound right after the mark.
        if (quote.IsUnclosed) return false;
        int start = quote.CloseMark + 1;
        for (int i = start; i < Math.Min(p.Span.End, start + MaxCompoundLead + 1); i++)
        {
            if (!QuoteParagraph.IsHan(p.Text[i]) || p.Text[i] == '的') return false;
            if (s_chineseCategoryNouns.MatchAt(p.Text, i, p.Span.End) > 0) return true;
        }

        return false;
    }

    // "so-called "X"", "a show called "X"", "the book "X"", and a possessive before a title:
    // Fox News' "The Ingraham Angle".
    private static bool EnglishCueBefore(QuoteParagraph p, QuoteSite quote)
    {
        int word = p.WordAtOrAfter(quote.OpenMark) - 1;
        if (word < 0) return false;
        var gap = p.Text.AsSpan(p.Words[word].End, quote.OpenMark - p.Words[word].End);
        var text = p.Word(word);
        if (gap.Trim().SequenceEqual("'") || gap.Trim().SequenceEqual("’")) return IsTitleCase(Content(p, quote).TrimEnd(",.;:!?".AsSpan()));
        if (!QuoteParagraph.OnlySpaces(gap)) return false;
        if (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || text.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            return IsTitleCase(Content(p, quote).TrimEnd(",.;:!?".AsSpan()));
        if (text.Equals("as", StringComparison.OrdinalIgnoreCase) && word > 0 && p.Word(word - 1).Equals("known", StringComparison.OrdinalIgnoreCase)) return true;
        return s_englishNamingCues.Contains(text);
    }

    private static bool EnglishCategoryAfter(QuoteParagraph p, QuoteSite quote)
    {
        if (quote.IsUnclosed) return false;
        var content = Content(p, quote);
        if (content.Length > 0 && IsClosingPunctuation(content[^1])) return false;
        int word = p.WordAtOrAfter(quote.CloseMark + 1);
        if (word >= p.Words.Count || !QuoteParagraph.OnlySpaces(p.Text.AsSpan(quote.CloseMark + 1, p.Words[word].Start - quote.CloseMark - 1))) return false;
        return s_englishCategoryNouns.Contains(p.Word(word));
    }

    // Every word capitalised but the minor ones, the first one too: The Ingraham Angle, War and Peace.
    private static bool IsTitleCase(ReadOnlySpan<char> content)
    {
        bool first = true;
        foreach (var range in content.Split(' '))
        {
            var word = content[range].Trim("\"'“”‘’(),.".AsSpan());
            if (word.Length == 0) continue;
            if (!char.IsLetter(word[0])) return false;
            bool minor = s_englishMinorWords.Contains(word);
            if (!char.IsUpper(word[0]) && (first || !minor)) return false;
            first = false;
        }

        return !first;
    }

    private static bool HasInnerPunctuation(ReadOnlySpan<char> content)
    {
        foreach (char c in content)
            if (c is '。' or '！' or '？' or '；' or '，' or '!' or '?' or ';' or ',') return true;
        return false;
    }

    private static bool IsClosingPunctuation(char c) => c is ',' or '.' or '!' or '?' or ';' or ':' or '…' or '—' or '，' or '。' or '！' or '？' or '；' or '：' or '、';

    private static int HanCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (char c in text)
            if (QuoteParagraph.IsHan(c)) count++;
        return count;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }
}
