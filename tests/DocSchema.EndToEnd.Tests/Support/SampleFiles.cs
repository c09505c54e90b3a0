namespace DocSchema.EndToEnd.Tests.Support;

/// <summary>The real articles and gold files, copied into the test output by the project file.</summary>
public static class SampleFiles
{
    public static string ArticlePath(string name) => Path.Combine(AppContext.BaseDirectory, "Articles", name + ".txt");

    public static string GoldPath(string name) => Path.Combine(AppContext.BaseDirectory, "Gold", name + ".yaml");

    public static string ReadArticle(string name) => File.ReadAllText(ArticlePath(name));

    /// <summary>The names of every article that has a gold file.</summary>
    public static IEnumerable<string> GoldNames() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Gold"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
