namespace DocSchema.Bench.Corpus;

/// <summary>
/// Finds files of the repository at run time. BenchmarkDotNet runs every benchmark from a
/// project it generates below bench/bin, so paths are found by walking up from the running
/// assembly to the folder that holds <c>samples/articles</c>, never by copying files around:
/// the samples are read exactly as they are in the repository.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>The absolute path of <paramref name="relativePath"/> (with '/' separators) in the repository.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "samples", "articles"))
                && Directory.Exists(Path.Combine(dir.FullName, "schemas")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"no folder above {AppContext.BaseDirectory} holds samples/articles and schemas: run the benchmarks from inside the repository");
    }
}
