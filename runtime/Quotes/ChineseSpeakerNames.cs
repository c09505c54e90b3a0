using System.Globalization;
using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Reads the subject of a Chinese speech verb as a <see cref="SpeakerMention"/>. Chinese has no
/// spaces, so the subject is read forwards from the start of the verb's clause: connectives and
/// time words are skipped (然而, 周二, 当地时间), the name runs until a word that cannot be part of
/// it (在, 与, 还, 周二, a verb, 的), titles are stripped (美国总统特朗普 → 特朗普) and documents lead
/// to their issuer (白宫宣读的通话内容 → 白宫, 克里姆林宫的声明 → 克里姆林宫).
/// </summary>
internal static class ChineseSpeakerNames
{
    private const int MaxNameLength = 16;

    private static readonly WordList s_titles = new(
        "副总统", "总统", "副总理", "总理", "首相", "国务卿", "外交部长", "国防部长", "外长", "防长", "副部长", "部长",
        "发言人", "新闻秘书", "秘书长", "副主席", "主席", "总书记", "大使", "特使", "参议员", "众议员", "议员", "议长",
        "州长", "市长", "省长", "总司令", "司令", "将军", "总裁", "首席执行官", "董事长", "总经理", "经理", "主任",
        "局长", "院长", "法官", "检察官", "教授", "博士", "首席国际记者", "记者", "主播", "顾问", "领导人", "国王",
        "女王", "王储", "王子", "教宗", "教皇", "总督", "委员", "警长", "主持人", "官员", "外交官", "总监", "行政长官",
        "特首", "大臣", "元首", "首脑", "总長", "總統", "副總統", "總理", "發言人", "國務卿", "議員", "部長", "主席",
        "官員", "總裁", "記者", "領導人");

    // Characters after a title that make it part of another word: 总统府, 委员会, 总统大选, 部长级.
    private const string NotAfterTitle = "府会會选選职職级級候";

    private static readonly WordList s_leading = new(
        "然而", "但是", "但", "不过", "不過", "而且", "而", "并且", "并", "並", "且", "同时", "同時", "此外", "另外",
        "随后", "隨後", "此后", "此後", "其后", "之后", "之後", "后来", "後來", "然后", "接着", "最后", "首先", "另一方面",
        "与此同时", "據悉", "据悉", "另据", "据", "據", "此前", "早前", "稍早", "稍后", "日前", "近日", "目前", "当地时间",
        "當地時間", "北京时间", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "週一", "週二", "週三",
        "週四", "週五", "週六", "週日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
        "今天", "昨天", "前天", "明天", "今日", "昨日", "本周", "上周", "下周", "今年", "去年", "明年", "上午", "下午",
        "晚上", "晚间", "凌晨", "中午", "早上", "早晨", "傍晚", "深夜", "夜间", "晚些时候", "早些时候", "晚些時候",
        "当天", "当日", "次日", "翌日", "同日", "此时", "这时", "还", "還", "也", "则", "則", "又", "亦", "另");

    // Words a name cannot run into: prepositions, adverbs, conjunctions, 的, common verbs of news
    // reports. Speech verbs, time words and titles are checked separately.
    private static readonly WordList s_boundaries = new(
        "在", "于", "於", "对", "對", "向", "跟", "同", "与", "與", "和", "及", "还", "還", "也", "又", "则", "則", "都",
        "均", "亦", "曾", "已", "将", "將", "并", "並", "就", "再", "更", "仍", "才", "正在", "从", "從", "以", "把", "被",
        "让", "讓", "给", "給", "为", "為", "因", "是", "的", "之", "通过", "通過", "透过", "等", "通话", "通話", "通电话",
        "会见", "會見", "会晤", "會晤", "会面", "访问", "訪問", "出席", "举行", "舉行", "进行", "進行", "发表", "發表",
        "发布", "發布", "宣读", "宣讀", "公布", "签署", "簽署", "抵达", "抵達", "前往", "致电", "致電", "接受", "提出",
        "要求", "拒绝", "拒絕", "同意", "支持", "反对", "反對", "希望", "准备", "準備", "计划", "計劃", "决定", "決定",
        "下令", "承诺", "承諾", "寻求", "尋求", "暂停", "暫停", "采取", "採取", "恢复", "恢復", "发动", "發動", "表态",
        "获得", "獲得", "率领", "率領", "带领", "亲自", "親自", "当地时间", "當地時間", "晚些时候", "早些时候", "今天",
        "昨天", "今日", "昨日", "日前", "近日", "此前", "随后", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
        "週一", "週二", "週三", "週四", "週五", "週六", "週日", "星期", "上午", "下午", "晚上", "凌晨", "本周", "上周");

    private static readonly WordList s_pronouns = new("他们", "她们", "他們", "她們", "他", "她");

    private static readonly WordList s_documents = new(
        "声明", "聲明", "报道", "報道", "报导", "報導", "报告", "報告", "公报", "公報", "通话内容", "通話內容", "内容",
        "內容", "新闻稿", "新聞稿", "文章", "社论", "社論", "帖文", "推文", "贴文", "帖子", "文告", "纪要", "通报", "通報");

    private static readonly WordList s_issuing = new("的", "宣读", "宣讀", "发布", "發布", "发表", "發表", "公布", "发出", "發出");

    private static readonly WordList s_trailingAdverbs = new(
        "还", "還", "也", "则", "則", "又", "亦", "都", "再", "更", "仍", "曾", "已", "均", "同时", "随后", "此前", "再次", "进一步", "早些时候", "晚些时候");

    private static readonly WordList s_organizationEndings = new(
        "宫", "宮", "部", "院", "局", "署", "府", "厅", "廳", "委", "会", "會", "办", "辦", "室", "处", "處", "台", "社",
        "军", "軍", "队", "隊", "党", "黨", "团", "團", "司", "方", "媒", "媒体", "媒體", "当局", "當局", "政府", "组织",
        "組織", "机构", "機構", "联盟", "聯盟", "中心", "大学", "大學", "法院", "警方", "银行", "銀行", "集团", "集團",
        "所", "营", "營", "官员", "官員", "们", "們");

    // Countries and capitals that speak as governments (乌克兰表示, 基辅称): bodies, not people.
    // A word list rather than a hash set: asked of every Chinese name, it answers most of them
    // by their first character, where the set hashed every name whole.
    private static readonly WordList s_places = new(
        "俄罗斯", "俄羅斯", "乌克兰", "烏克蘭", "以色列", "伊朗", "日本", "印度", "朝鲜", "越南", "新加坡", "马来西亚", "印尼",
        "菲律宾", "澳洲", "澳大利亚", "加拿大", "巴西", "墨西哥", "沙特", "埃及", "叙利亚", "土耳其", "欧盟", "北约", "联合国",
        "基辅", "莫斯科", "北京", "华盛顿", "台湾", "香港", "东京", "首尔", "德黑兰", "耶路撒冷", "加沙", "哈马斯", "真主党",
        "俄乌", "美俄", "双方", "雙方", "两国", "兩國");

    // Every digit and the Chinese numerals, listed once for the two tables made from them below.
    private static readonly char[] s_digitsAndNumerals = [.. DigitsAndNumerals()];

    // Every character a title, a boundary word, a leading word, a speech verb or a date can start
    // with: anywhere else NameEnd needs none of those lookups. DateLength starts at a digit or numeral.
    private static readonly CharBits s_wordStarts = new(
        s_titles.FirstCharacters.Concat(s_boundaries.FirstCharacters).Concat(s_leading.FirstCharacters)
            .Concat(SpeechVerbs.ChineseFirstCharacters)
            .Concat(s_digitsAndNumerals));

    // What a date's number is written with (DateLength): one bit test, where char.IsDigit looked a
    // Han character up in the Unicode tables and the numerals were searched as a string.
    private static readonly CharBits s_dateDigits = new(s_digitsAndNumerals);

    /// <summary>The subject at the start of the clause <paramref name="start"/>..<paramref name="end"/> (the text before a verb).</summary>
    public static SpeakerMention Read(QuoteParagraph p, int start, int end)
    {
        string text = p.Text;
        int i = SkipLeading(text, start, end);
        if (i >= end) return SpeakerMention.None;
        // The list's own string: a pronoun is one of its words.
        if (s_pronouns.WordAt(text, i, end) is { } word)
            return new SpeakerMention(SpeakerMentionKind.Pronoun, word, null, false, word);

        int j = NameEnd(text, i, end, titles: true, boundaryAtStart: false);
        if (j == i || j - i > MaxNameLength) return SpeakerMention.None;
        // Trimmed as a span: one string, where TrimEnd(params char[]) made a char[] and maybe two strings.
        string candidate = text.AsSpan(i, j - i).TrimEnd(SpeakerNames.PartSeparators).ToString();
        string surface = candidate;

        // 报道 / 新华社报道: the document, or its issuer written before it.
        if (s_documents.EndsWithAny(candidate, out int documentLength))
        {
            string issuer = StripIssuing(candidate[..^documentLength]);
            return Document(issuer, surface);
        }

        // 克里姆林宫的声明 / 白宫宣读的通话内容: the name stopped at 的 or the issuing verb.
        int restEnd = TrimAdverbs(text, j, end);
        // 新华社报道称: the document right after the name.
        if (restEnd > j && (s_issuing.MatchAt(text, j, restEnd) > 0 || s_documents.MatchAt(text, j, restEnd) == restEnd - j)
            && s_documents.EndsWithAny(text.AsSpan(j, restEnd - j), out _))
            return Document(candidate, text[i..restEnd]);

        return FromCandidate(candidate, surface);
    }

    /// <summary>
    /// Adds to <paramref name="titled"/> the titled names outside quotes (美国总统特朗普, 乌克兰总统泽连斯基),
    /// in order, each with the offset it starts at, so that a later 总统 finds its person.
    /// </summary>
    public static void TitledNames(QuoteParagraph p, List<(int Offset, SpeakerMention Mention)> titled)
    {
        string text = p.Text;
        int end = p.Span.End;
        // Jump from one character that can start a title to the next.
        for (int i = s_titles.NextCandidate(text, p.Span.Start, end); i >= 0; i = s_titles.NextCandidate(text, i + 1, end))
        {
            if (p.InQuote(i))
            {
                i = p.OutsideQuotesFrom(i) - 1;
                continue;
            }

            if (TitleAt(text, i, end) is not { } role) continue;
            int nameStart = i + role.Length;
            int nameEnd = NameEnd(text, nameStart, end, titles: false, boundaryAtStart: true);
            // A string only for a name that is kept.
            var nameSpan = text.AsSpan(nameStart, nameEnd - nameStart).TrimEnd(SpeakerNames.PartSeparators);
            if (nameSpan.Length is >= 2 and <= 12 && !p.InQuote(nameStart))
            {
                string name = nameSpan.ToString();
                titled.Add((i, new SpeakerMention(SpeakerMentionKind.Name, name, role, IsOrganization(name), name)));
            }

            i = Math.Max(i, nameEnd - 1);
        }
    }

    /// <summary>True when the quote opens with the speaker's own voice: 我, 我们, 咱们, 你, 你们.</summary>
    public static bool IsFirstOrSecondPerson(ReadOnlySpan<char> quote) =>
        quote.Length > 0 && quote[0] is '我' or '咱' or '你' or '您';

    /// <summary>True when the name names a body: 白宫, 克里姆林宫, 外交部, 乌克兰, 美方.</summary>
    public static bool IsOrganization(string name) =>
        s_places.IsWord(name) || s_organizationEndings.EndsWithAny(name, out _)
        // 美国, 英国, 中国: two characters ending in 国 name a country; longer ones may be a person (王建国).
        || (name.Length == 2 && name[1] is '国' or '國');

    // A document speaks for its issuer: a named issuer becomes a Document mention carrying the
    // name (the resolver remembers it as the last issuer); a role (总统的声明) stays a role.
    private static SpeakerMention Document(string issuer, string surface)
    {
        if (issuer.Length == 0) return new SpeakerMention(SpeakerMentionKind.Document, "", null, true, surface);
        var mention = FromCandidate(issuer, surface);
        return mention.Kind == SpeakerMentionKind.Name ? mention with { Kind = SpeakerMentionKind.Document } : mention;
    }

    // Titles stripped: the name after the last title; a title alone is a role (总统), and a title
    // after a name (特朗普总统) keeps the name as the role's qualifier for the resolver to match.
    private static SpeakerMention FromCandidate(string candidate, string surface)
    {
        int titleStart = -1, titleEnd = -1;
        string? role = null;
        for (int k = 0; k < candidate.Length; k++)
        {
            if (TitleAt(candidate, k, candidate.Length) is not { } title) continue;
            (role, titleStart, titleEnd) = (title, k, k + title.Length);
            k += title.Length - 1;
        }

        if (role is null) return new SpeakerMention(SpeakerMentionKind.Name, candidate, null, IsOrganization(candidate), surface);
        if (titleEnd < candidate.Length)
        {
            string name = candidate[titleEnd..];
            return new SpeakerMention(SpeakerMentionKind.Name, name, role, IsOrganization(name), surface);
        }

        // "俄罗斯南部克拉斯诺达尔地区官员": officials of somewhere speak as a body.
        if (role is "官员" or "官員") return new SpeakerMention(SpeakerMentionKind.Name, candidate, null, true, surface);
        return new SpeakerMention(SpeakerMentionKind.Role, candidate[..titleStart], role, false, surface);
    }

    private static string StripIssuing(string issuer)
    {
        bool changed = true;
        while (changed && issuer.Length > 0)
        {
            changed = false;
            if (s_issuing.EndsWithAny(issuer, out int length))
            {
                issuer = issuer[..^length];
                changed = true;
            }
        }

        return issuer;
    }

    private static int SkipLeading(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (QuoteMarks.IsSpace(c) || QuoteParagraph.IsPunctuation(c) || QuoteParagraph.IsSymbol(c))
            {
                i++;
                continue;
            }

            int length = s_leading.MatchAt(text, i, end);
            if (length == 0) length = DateLength(text, i, end);
            if (length == 0) return i;
            i += length;
        }

        return i;
    }

    // 20日, 3月, 2025年, 十九日: a date leading a clause. Inlined as far as the first character's
    // test, which turns away nearly every place a name's or a boundary's walk asks at.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DateLength(string text, int i, int end) =>
        i < end && s_dateDigits.Contains(text[i]) ? DateLengthFromDigit(text, i, end) : 0;

    private static int DateLengthFromDigit(string text, int i, int end)
    {
        int j = DigitsEnd(text, i, end);
        return IsDateUnitAt(text, j, end) ? j + 1 - i : 0;
    }

    // Where the run of digits and numerals from i ends.
    private static int DigitsEnd(string text, int i, int end)
    {
        while (i < end && s_dateDigits.Contains(text[i])) i++;
        return i;
    }

    // The unit that makes the digits before it a date: 日, 月, 年, 号.
    private static bool IsDateUnitAt(string text, int j, int end) => j < end && text[j] is '日' or '月' or '年' or '号' or '號';

    /// <summary>
    /// Every UTF-16 unit <see cref="char.IsDigit(char)"/> accepts, then the Chinese numerals.
    /// </summary>
    /// <remarks>
    /// Unicode encodes decimal digits in runs of ten, 0 to 9 (its stability policy for
    /// Numeric_Type=Decimal), so a probe at every tenth unit lands in each run once and the digit's
    /// value says where the run starts. This was the LINQ chain over all 65,536 units that took a
    /// fifth of a one-file run's start-up (docs/performance-history.md, tenth round).
    /// </remarks>
    internal static IEnumerable<char> DigitsAndNumerals()
    {
        for (int probe = 0; probe <= char.MaxValue; probe += 10)
        {
            if (!char.IsDigit((char)probe)) continue;
            int zero = probe - CharUnicodeInfo.GetDecimalDigitValue((char)probe);
            for (int digit = zero; digit < zero + 10; digit++) yield return (char)digit;
        }

        foreach (char numeral in ChineseNumerals) yield return numeral;
    }

    private const string ChineseNumerals = "〇零一二三四五六七八九十两";

    private static int NameEnd(string text, int i, int end, bool titles, bool boundaryAtStart)
    {
        int j = i, undatedUntil = i;
        while (j < end)
        {
            char c = text[j];
            if (s_wordStarts.Contains(c))
            {
                if (titles && TitleAt(text, j, end) is { } title)
                {
                    j += title.Length;
                    continue;
                }

                if ((j > i || boundaryAtStart) && IsBoundary(text, j, end, ref undatedUntil)) break;
            }

            bool nameChar = QuoteParagraph.IsHan(c) || (c < '\u0250' && char.IsLetterOrDigit(c)) || c is '·' or '•' or '・' or '‧' or '-';
            if (!nameChar) break;
            j++;
        }

        return j;
    }

    // Connectives and time words that may lead a clause cannot be inside a name either (特朗普当天…).
    // Whatever is tested here must be able to start only at a character of s_wordStarts.
    // `undatedUntil` is where the last run of digits found to start no date ends: every later digit
    // of that run starts none either (the run ends at the same character), so a run is read once
    // rather than from each of its digits, which made a name's walk quadratic in a run's length
    // (80,000 digits after a title took 2.7 s).
    private static bool IsBoundary(string text, int j, int end, ref int undatedUntil)
    {
        if (s_boundaries.MatchAt(text, j, end) > 0
            || s_leading.MatchAt(text, j, end) > 0
            || SpeechVerbs.TryMatchChinese(text, j, end, out _, out _))
            return true;

        if (j < undatedUntil || !s_dateDigits.Contains(text[j])) return false;
        int digitsEnd = DigitsEnd(text, j, end);
        if (IsDateUnitAt(text, digitsEnd, end)) return true;
        undatedUntil = digitsEnd;
        return false;
    }

    // The title at i (the list's own string, which a mention keeps as its role), or null. Inlined
    // where it is asked (at every character of a name and of a candidate): the title list's
    // filters turn nearly every character away, and as a call each cost about fifty instructions.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? TitleAt(string text, int i, int end)
    {
        var title = s_titles.WordAt(text, i, end);
        if (title is null || (i + title.Length < end && NotAfterTitle.Contains(text[i + title.Length]))) return null;
        return title;
    }

    private static int TrimAdverbs(string text, int start, int end)
    {
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;
            while (end > start && QuoteMarks.IsSpace(text[end - 1])) end--;
            int adverb = s_trailingAdverbs.MatchEndingAt(text, start, end);
            if (adverb > 0)
            {
                end -= adverb;
                changed = true;
            }
        }

        return end;
    }
}
