using System.Text.Json;
using Consumer.Schemas;
using DocSchema.Runtime.Json;

// A story written for this sample (the real sample articles live in samples/articles).
const string story = """
    Harbour bridge reopens after repairs

    By Jane Smith and Ali Rahman, Example Wire

    PENANG, Malaysia (Example Wire) — The harbour bridge reopened on Monday after three months of repairs, the state's works minister said.

    "The bridge is safe and it is open," the minister told reporters at the ceremony.
    """;

var result = WireStoryArticle.Parse(story, "wire-story-sample");
var article = result.Value ?? throw new InvalidOperationException("no article");

Console.WriteLine($"headline: {article.Headline}");
Console.WriteLine($"byline:   {string.Join(" & ", article.Byline?.Name ?? [])} ({article.Byline?.Agency})");
Console.WriteLine($"dateline: {string.Join(", ", article.Dateline?.Places ?? [])} / agency {article.Dateline?.Agency}");
Console.WriteLine($"language: {article.Language}; paragraphs: {article.Paragraphs.Count}; quotes: {article.Quotes.Count}");
foreach (var diagnostic in result.Diagnostics) Console.WriteLine(diagnostic);

using var stream = Console.OpenStandardOutput();
using (var writer = new Utf8JsonWriter(stream, ArticleJsonWriter.Options(indented: true)))
    article.WriteJson(writer);
Console.WriteLine();
return result.Diagnostics.Count == 0 ? 0 : 1;
