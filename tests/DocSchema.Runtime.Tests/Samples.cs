namespace DocSchema.Runtime.Tests;

/// <summary>The sample articles of samples/articles, copied to the test output by the project file.</summary>
internal static class Samples
{
    public const string OrientalDaily = "oriental-daily-trump-zelensky-call";
    public const string AbcBilingual = "abc-news-bilingual-ceasefire-call";

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".txt"));
}
