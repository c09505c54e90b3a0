using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Random text from all of Unicode: code points of every plane, lone surrogates, controls, every
/// line break, quote marks and brackets, runs of Han and Latin, invisible marks, and the tokens
/// the shipped schemas look for (datelines, credits, end markers), so that random input reaches
/// every role and not only the paragraph fallback.
/// </summary>
internal static class RandomUnicode
{
    private static readonly string[] s_lineBreaks = ["\n", "\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\n \u3000\n"];

    private static readonly string s_marks = "\"'“”‘’「」『』《》()（）[]【】{}<>«»‹›„‚,.!?。，、；：！？…—–-·/\\@#%&*";

    private static readonly string s_invisible = "\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u00AD\u3000\u00A0\t";

    private static readonly string[] s_tokens =
    [
        "阅读全文", "热门新闻", "相关新闻", "(图取自法新社档案照)", "（图截自视频）", "(本报记者摄)", "(华盛顿、基辅20日讯)",
        "【吉隆坡3月20日电】", "（北京１２日讯）", "日讯)", "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —",
        "LONDON, March 18 (Reuters) -", "(AP Photo/Evan Vucci)", "(Photo: Reuters)", "要看最快最熱資訊", "Follow us on WhatsApp Channel",
        "东方日报", "東方日報", "ABC News", "©", "Related stories", "Read more", "国际", "提出美接管乌发电厂可能性", "Mar.", "——",
    ];

    /// <summary>A random text of up to about <paramref name="maxLength"/> UTF-16 code units (usually much shorter).</summary>
    public static string Generate(Random random, int maxLength)
    {
        // Lengths spread over orders of magnitude: most texts are short, some are long.
        var length = (int)Math.Pow(maxLength, random.NextDouble());
        var text = new StringBuilder(length + 64);
        while (text.Length < length) AppendPiece(random, text);
        return text.ToString();
    }

    private static void AppendPiece(Random random, StringBuilder text)
    {
        switch (random.Next(14))
        {
            case 0:
            case 1:
                // Any code point of any plane; surrogate code points become lone surrogates.
                var codePoint = random.Next(0x110000);
                if (codePoint is >= 0xD800 and <= 0xDFFF) text.Append((char)codePoint);
                else text.Append(char.ConvertFromUtf32(codePoint));
                break;
            case 2:
                text.Append((char)random.Next(0xD800, 0xE000)); // a lone surrogate, high or low
                break;
            case 3:
                var control = random.Next(0x20 + 0x21);
                text.Append((char)(control < 0x20 ? control : 0x7F + control - 0x20));
                break;
            case 4:
                text.Append(s_lineBreaks[random.Next(s_lineBreaks.Length)]);
                break;
            case 5:
            case 6:
                for (var n = random.Next(1, 4); n > 0; n--) text.Append(s_marks[random.Next(s_marks.Length)]);
                break;
            case 7:
                for (var n = random.Next(1, 40); n > 0; n--) text.Append((char)random.Next(0x4E00, 0x9FA6));
                break;
            case 8:
                for (var n = random.Next(1, 8); n > 0; n--)
                {
                    var word = random.Next(1, 10);
                    text.Append((char)(random.Next(2) == 0 ? random.Next('A', 'Z' + 1) : random.Next('a', 'z' + 1)));
                    for (var i = 1; i < word; i++) text.Append((char)random.Next('a', 'z' + 1));
                    text.Append(' ');
                }
                break;
            case 9:
                for (var n = random.Next(1, 5); n > 0; n--)
                    text.Append(random.Next(2) == 0 ? (char)random.Next('0', '9' + 1) : (char)random.Next('０', '９' + 1));
                break;
            case 10:
                text.Append(s_invisible[random.Next(s_invisible.Length)]);
                break;
            case 11:
            case 12:
                text.Append(s_tokens[random.Next(s_tokens.Length)]);
                break;
            default:
                // Supplementary planes that real text uses: emoji and Han extension B, as pairs.
                text.Append(char.ConvertFromUtf32(random.Next(2) == 0 ? random.Next(0x1F300, 0x1FA00) : random.Next(0x20000, 0x2A6E0)));
                break;
        }
    }
}
