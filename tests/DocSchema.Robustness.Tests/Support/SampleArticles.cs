namespace DocSchema.Robustness.Tests.Support;

/// <summary>The real sample articles (samples/articles), copied into the test output by the project file.</summary>
internal static class SampleArticles
{
    /// <summary>Every sample's text, in ordinal order of the file name.</summary>
    public static IReadOnlyList<string> All { get; } = Load();

    /// <summary>Every sample split into lines (LF; the samples have no other line break).</summary>
    public static IReadOnlyList<string[]> Lines { get; } = All.Select(text => text.Split('\n')).ToArray();

    private static string[] Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Articles");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length < 2) throw new InvalidOperationException($"expected the sample articles in {folder}");
        return files.Select(File.ReadAllText).ToArray();
    }
}
