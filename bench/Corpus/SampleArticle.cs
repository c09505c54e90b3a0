using System.Text;

namespace DocSchema.Bench.Corpus;

/// <summary>One real sample article, read byte for byte from samples/articles.</summary>
/// <param name="Name">The path the JSON names as <c>source</c> (relative to the repository).</param>
/// <param name="Utf8">The file's bytes.</param>
public sealed record SampleArticle(string Name, byte[] Utf8)
{
    /// <summary>The Oriental Daily page: a Chinese article followed by a long list of related-article teasers.</summary>
    public static SampleArticle OrientalDaily { get; } = Load("samples/articles/oriental-daily-trump-zelensky-call.txt");

    /// <summary>The ABC News bilingual article: a Chinese translation followed by the English original, one paragraph per line.</summary>
    public static SampleArticle AbcNewsBilingual { get; } = Load("samples/articles/abc-news-bilingual-ceasefire-call.txt");

    /// <summary>The text (the samples are UTF-8 without a byte order mark).</summary>
    public string Text => Encoding.UTF8.GetString(Utf8);

    private static SampleArticle Load(string relativePath) =>
        new(relativePath, File.ReadAllBytes(RepositoryFiles.PathOf(relativePath)));
}
