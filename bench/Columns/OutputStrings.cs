using System.Text;
using System.Text.Json;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Json;

namespace DocSchema.Bench.Columns;

/// <summary>
/// The measure the allocation target is stated in: the bytes the output's strings take in
/// memory, 2 × length (UTF-16) of every string value in the article's JSON (property names and
/// numbers not counted). A parser cannot allocate less than its output strings unless it shares them.
/// </summary>
public static class OutputStrings
{
    /// <summary>2 × length of every string value in <paramref name="json"/>.</summary>
    public static long BytesOf(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        long bytes = 0;
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.String) bytes += 2L * reader.GetString()!.Length;
        return bytes;
    }

    /// <summary>2 × length of every string value in <paramref name="article"/>'s JSON.</summary>
    public static long BytesOf(Article article) => BytesOf(ArticleJsonWriter.ToJson(article, indented: false));
}
