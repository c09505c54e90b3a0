using System.Globalization;
using System.Text;
using DocSchema.Bench.Corpus;

namespace DocSchema.Bench.Generator;

/// <summary>
/// A schema much larger than the shipped ones, for what generated code costs the JIT
/// (<see cref="GeneratedCodeCost"/>): a pattern of <see cref="PlaceCount"/> literal place names
/// (some matched in any case), used by a dateline and by each of <see cref="AlternativeCount"/>
/// subheading alternatives, with sixteen nested optional groups. Made from a seeded
/// <see cref="Random"/>, so every run compiles the same text. It is the twenty-seventh round's
/// review schema, which showed what inlining every pattern routine costs a schema this large
/// (docs/performance-history.md).
/// </summary>
public static class LargeSchema
{
    /// <summary>The literals of the <c>place</c> pattern.</summary>
    public const int PlaceCount = 300;

    /// <summary>The alternatives of the <c>big-sub</c> pattern, each using <c>place</c> and <c>tag</c>.</summary>
    public const int AlternativeCount = 300;

    /// <summary>The schema's <c>schema:</c> name.</summary>
    public const string Name = "large";

    private const string Han = "东西南北中华京海山河湖江城州安平宁昌阳德新天福广沙武汉成都重庆吉隆坡槟榔屿马六甲怡保新山古晋亚庇罗马巴黎伦敦柏林华盛顿基辅莫斯科东京首尔曼谷河内雅加达马尼拉悉尼";
    private const string Capitals = "ABCDEFGHJKLMNPRSTVW";
    private const string Lower = "aeiounrstlmk";
    private const string Marks = "#!~^+=*%$@&:;?<>";

    private static readonly Lazy<(string Text, IReadOnlyList<string> Places, IReadOnlyList<string> Keywords)> s_built = new(Build);

    /// <summary>The place names of the <c>place</c> pattern, in its order.</summary>
    public static IReadOnlyList<string> Places => s_built.Value.Places;

    /// <summary>The schema's text.</summary>
    public static string Text => s_built.Value.Text;

    /// <summary>
    /// A page that reaches every part of the schema: stamp lines with datelines of one to three
    /// places, the body's dateline, and a subheading line for each alternative of <c>big-sub</c>
    /// in the form it matches, between paragraphs, then the end line.
    /// </summary>
    public static string Page => s_page.Value;

    private static readonly Lazy<string> s_page = new(BuildPage);

    /// <summary>Where the schema would be, beside the shipped schemas (it imports nothing, so no file is read).</summary>
    public static string Path => RepositoryFiles.PathOf("schemas/" + Name + ".docschema.yaml");

    private static (string Text, IReadOnlyList<string> Places, IReadOnlyList<string> Keywords) Build()
    {
        var random = new Random(27);
        var places = new List<string>(PlaceCount);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (places.Count < PlaceCount)
        {
            var kind = random.NextDouble();
            var place = kind < 0.5 ? Draw(random, Han, 2, 5)
                : kind < 0.8 ? Draw(random, Capitals, 1, 1) + Draw(random, Lower, 3, 11)
                : Draw(random, Capitals, 3, 10);
            if (seen.Add(place)) places.Add(place);
        }

        // Every seventh literal in any case (i'…'), which the generator matches another way.
        var placeAlternatives = string.Join(" | ", places.Select((p, i) => (i % 7 == 3 ? "i'" : "'") + p + "'"));
        var nested = "";
        foreach (var mark in Marks.Reverse()) nested = nested.Length == 0 ? $"('{mark}')?" : $"('{mark}' {nested})?";

        var alternatives = new List<string>(AlternativeCount);
        var keywords = new List<string>(AlternativeCount);
        for (var i = 0; i < AlternativeCount; i++)
        {
            var keyword = Draw(random, "abcdefghijklmnopqrstuvwxyz", 3, 9);
            keywords.Add(keyword);
            alternatives.Add((i % 4) switch
            {
                0 => $"'{keyword}' space* @place? @tag",
                1 => $"i'{keyword}' (space+ @place)* @tag digit{{0,3}}",
                2 => $"('{keyword}' | '{keyword.ToUpperInvariant()}') space* ('(' @place ')')? @tag",
                _ => $"'{keyword}' !letter @tag (',' space* @place){{0,4}}",
            });
        }

        var text = new StringBuilder()
            .Append("schema: ").Append(Name).Append('\n')
            .Append("type: LargeArticle\nnamespace: DocSchema.Bench.Large\n")
            .Append("doc: A benchmark schema with a very large pattern (bench/Generator/LargeSchema.cs).\n")
            .Append("blocks: paragraphs\ndetect:\n  - {weight: 1}\npatterns:\n")
            .Append("  place: \"").Append(placeAlternatives).Append("\"\n")
            .Append("  tag: \"").Append(nested).Append("\"\n")
            .Append("  num: \"(digit | [一二三四五六七八九十廿卅〇零两])+\"\n")
            .Append("  dl: >-\n")
            .Append("    ('(' | '【') space* {places: @place} (('、' | ',') space* {places: @place})* @tag\n")
            .Append("    ({year: space* digit{4} space*} '年')? ({month: space* (@num | @month-name) space*} '月'?)? ({day: space* @num space*} '日'?)?\n")
            .Append("    @tag ('讯' | '电' | i'wire' space* {agency: @agency}) (')' | '】')\n")
            .Append("  big-sub: >-\n")
            .Append("    &(any{0,80} $) (").Append(string.Join("\n      | ", alternatives)).Append(") $\n")
            .Append("  stop: \"'==END==' | i'the end' $\"\n")
            .Append("layout:\n")
            .Append("  - stamp:\n      count: \"*\"\n      match: \"'STAMP' space* @dl\"\n")
            .Append("      fields: {places: list<text>, year: int?, month: month?, day: int?, agency: text?}\n")
            .Append("  - body:\n      dateline: \"@dl\"\n      subheading: \"@big-sub\"\n      end: [\"@stop\"]\n")
            .Append("  - boilerplate: {}\n")
            .ToString();
        return (text, places, keywords);
    }

    private static string BuildPage()
    {
        var (_, all, keywords) = s_built.Value;
        // Places no other place begins (in any case): `place` takes the first literal that matches,
        // so after "TBF" the line "TBFAJNAMR" would go on at "AJNAMR" and fail.
        var places = all.Where(p => !all.Any(q => q != p && p.StartsWith(q, StringComparison.OrdinalIgnoreCase))).ToList();
        string Place(int i) => places[i % places.Count];
        var page = new StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            var names = string.Join("、", Enumerable.Range(i, 1 + (i % 3)).Select(Place));
            page.Append(CultureInfo.InvariantCulture, $"STAMP ({names} 2026年{1 + (i % 12)}月{1 + (i % 28)}日讯)\n\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"({Place(7)} 2026年3月19日电) The body's first paragraph, after its dateline.\n\n");
        for (var i = 0; i < keywords.Count; i++)
        {
            // The form of alternative i (see Build): a keyword, then places as that form takes them.
            page.Append((i % 4) switch
            {
                0 => $"{keywords[i]} {Place(i)}",
                1 => $"{keywords[i].ToUpperInvariant()} {Place(i)} {Place(i + 1)}42",
                2 => $"{keywords[i].ToUpperInvariant()} ({Place(i)})",
                _ => $"{keywords[i]}, {Place(i)}, {Place(i + 1)}",
            }).Append("\n\n");
            if (i % 10 == 9) page.Append(CultureInfo.InvariantCulture, $"Paragraph {i / 10} of the body, which no subheading matches.\n\n");
        }

        return page.Append("==END==\n").ToString();
    }

    private static string Draw(Random random, string alphabet, int min, int max)
    {
        var length = random.Next(min, max + 1);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
        return builder.ToString();
    }
}
