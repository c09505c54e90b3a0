using System.Text.Json;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// The properties every parse must have, whatever the input: it does not throw; it finishes within
/// a time bound; every <see cref="TextValue"/> is a trimmed, non-empty slice of the input at its
/// span; the values relate as <see cref="ArticleStructure"/> says; every diagnostic lies in the input at its line and column; the compact JSON is the bytes a Utf8JsonWriter writes; the JSON is valid, has every
/// member of the contract (docs/article-json.md) and says what the article says; and parsing the
/// same text again gives the same JSON.
/// </summary>
internal static class ArticleProperties
{
    /// <summary>The members of the JSON contract, in the order an article writes them.</summary>
    public static readonly string[] ContractMembers =
    [
        "schema", "source", "language", "headline", "dateline", "captions", "subheadings", "paragraphs",
        "quotes", "boilerplate", "related", "sections", "alignment", "diagnostics",
    ];

    /// <summary>A time bound for small inputs (a few thousand characters): generous, because the machine is shared.</summary>
    public static readonly TimeSpan SmallInputLimit = TimeSpan.FromSeconds(20);

    /// <summary>Checks every property of parsing <paramref name="input"/> with <paramref name="schema"/>; fails with the case's label and input preview.</summary>
    public static void Check(PropertyCase input, SchemaUnderTest schema, TimeSpan? limit = null)
    {
        var bound = limit ?? SmallInputLimit;
        var sourceName = $"{input.Category}/{input.Number}.txt";
        string Describe() => input.Describe(schema.Name);

        var (result, json) = TimeBound.Run(bound, () => ParseToJson(schema, input.Text, sourceName), Describe);
        var article = result.Article;
        if (article is null)
        {
            Assert.Fail($"no article (diagnostics: {string.Join("; ", result.Diagnostics)}); {Describe()}");
            return;
        }

        CheckValues(article, input.Text, Describe);
        var problems = ArticleStructure.Problems(article).Take(5).ToList();
        if (problems.Count > 0) Assert.Fail($"{string.Join("; ", problems)}; {Describe()}");
        CheckDiagnostics(article.Source, result.Diagnostics, Describe);
        CheckJson(article, json, sourceName, Describe);
        CheckCompactBytes(article, json, Describe);

        var (_, again) = TimeBound.Run(bound, () => ParseToJson(schema, input.Text, sourceName), Describe);
        if (!string.Equals(json, again, StringComparison.Ordinal))
            Assert.Fail($"parsing twice gave different JSON (first difference at char {FirstDifference(json, again)}); {Describe()}");
    }

    private static (IParseResult Result, string Json) ParseToJson(SchemaUnderTest schema, string text, string name)
    {
        var result = schema.Parse(text, name);
        return (result, result.Article?.ToJson(indented: false) ?? "");
    }

    private static void CheckValues(Article article, string text, Func<string> describe)
    {
        if (!ReferenceEquals(article.Source.Text, text) && article.Source.Text != text)
            Assert.Fail($"the article's source text is not the input; {describe()}");

        foreach (var (path, value) in ArticleValues.Of(article))
        {
            var span = value.Span;
            if (span.Start < 0 || span.Length <= 0 || span.End > text.Length)
                Assert.Fail($"{path}: span {span} is empty or outside the input (length {text.Length}); {describe()}");
            if (!string.Equals(value.Text, text.Substring(span.Start, span.Length), StringComparison.Ordinal))
                Assert.Fail($"{path}: text \"{PropertyCase.Preview(value.Text)}\" is not the input at {span} (\"{PropertyCase.Preview(text.Substring(span.Start, span.Length))}\"); {describe()}");
            if (SourceText.IsTrimmable(value.Text[0]) || SourceText.IsTrimmable(value.Text[^1]))
                Assert.Fail($"{path}: \"{PropertyCase.Preview(value.Text)}\" at {span} is not trimmed; {describe()}");
        }
    }

    private static void CheckDiagnostics(SourceText source, IReadOnlyList<ParseDiagnostic> diagnostics, Func<string> describe)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Span.Start < 0 || diagnostic.Span.Length < 0 || diagnostic.Span.End > source.Length)
                Assert.Fail($"diagnostic {diagnostic} has span {diagnostic.Span} outside the input; {describe()}");
            if (diagnostic.Location != source.GetLinePosition(diagnostic.Span.Start))
                Assert.Fail($"diagnostic {diagnostic} is at {diagnostic.Location}, its span starts at {source.GetLinePosition(diagnostic.Span.Start)}; {describe()}");
        }
    }

    // The compact JSON is written as bytes by the runtime's own compact writer: they must be the
    // bytes a Utf8JsonWriter with the same options writes member by member.
    private static void CheckCompactBytes(Article article, string json, Func<string> describe)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options(indented: false)))
            ArticleJsonWriter.WriteThroughWriter(writer, article);
        var expected = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        if (!string.Equals(json, expected, StringComparison.Ordinal))
            Assert.Fail($"the compact JSON differs from the writer's at char {FirstDifference(json, expected)}: \"{PropertyCase.Preview(json[Math.Max(0, FirstDifference(json, expected) - 20)..])}\"; {describe()}");
    }

    private static void CheckJson(Article article, string json, string sourceName, Func<string> describe)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            Assert.Fail($"the JSON does not parse: {ex.Message}; {describe()}");
            throw;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) Assert.Fail($"the JSON is a {root.ValueKind}, not an object; {describe()}");

            var names = root.EnumerateObject().Select(p => p.Name).ToList();
            var positions = ContractMembers.Select(m => names.IndexOf(m)).ToArray();
            var missing = ContractMembers.Where((m, i) => positions[i] < 0).ToArray();
            if (missing.Length > 0) Assert.Fail($"the JSON lacks {string.Join(", ", missing)}; {describe()}");
            if (!positions.SequenceEqual(positions.Order()))
                Assert.Fail($"the JSON's contract members are out of order: {string.Join(", ", names)}; {describe()}");

            // The JSON says what the article says (a sample of members that every article has).
            Expect(root.GetProperty("schema").GetString(), article.SchemaName, "schema");
            Expect(root.GetProperty("source").GetString(), sourceName, "source");
            Expect(root.GetProperty("headline").ValueKind == JsonValueKind.Null ? null : root.GetProperty("headline").GetString(),
                article.Headline?.Text, "headline");
            var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()).ToList();
            Expect(paragraphs.Count.ToString(), article.Paragraphs.Count.ToString(), "paragraph count");
            for (var i = 0; i < paragraphs.Count; i++) Expect(paragraphs[i], article.Paragraphs[i].Text.Text, $"paragraphs[{i}].text");
            Expect(root.GetProperty("quotes").GetArrayLength().ToString(), article.Quotes.Count.ToString(), "quote count");
            Expect(root.GetProperty("sections").GetArrayLength().ToString(), article.Sections.Count.ToString(), "section count");
            Expect(root.GetProperty("diagnostics").GetArrayLength().ToString(), article.Diagnostics.Count.ToString(), "diagnostic count");
        }

        // UTF-8 cannot carry a lone surrogate: the JSON has U+FFFD where the text has one (docs/article-json.md).
        void Expect(string? actual, string? expected, string what)
        {
            if (!string.Equals(actual, WithoutLoneSurrogates(expected), StringComparison.Ordinal))
                Assert.Fail($"JSON {what} is \"{PropertyCase.Preview(actual ?? "null")}\", the article's is \"{PropertyCase.Preview(expected ?? "null")}\"; {describe()}");
        }
    }

    /// <summary><paramref name="text"/> with every lone surrogate replaced by U+FFFD, as JSON writes it.</summary>
    public static string? WithoutLoneSurrogates(string? text)
    {
        if (text is null) return null;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
            if (a[i] != b[i]) return i;
        return length;
    }
}
