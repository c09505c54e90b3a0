using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class DirectoryInputTests
{
    [Fact]
    public void EveryFileBelowADirectory_InOrdinalOrderOfItsRelativePath()
    {
        using var tree = new TempTree();
        string[] created = ["b.txt", "a/z.txt", "a-c.txt", "A.txt", "a/b/c.txt", ".hidden"];
        foreach (var relative in created) tree.Write("dir/" + relative);

        var run = CliRun.Of("parse", "--format", "jsonl", tree.PathOf("dir"));

        Assert.Equal(0, run.ExitCode);
        // Ordinal: '.' < 'A' < 'a', and '-' < '/' so "a-c.txt" comes before everything in "a/".
        string[] expected = [".hidden", "A.txt", "a-c.txt", "a/b/c.txt", "a/z.txt", "b.txt"];
        var prefix = tree.PathOf("dir").Replace('\\', '/') + "/";
        Assert.Equal(expected.Select(r => prefix + r), run.JsonLines().Select(l => l.GetProperty("source").GetString()));
    }

    [Fact]
    public void ATrailingSlash_DoesNotDoubleTheSeparator()
    {
        using var tree = new TempTree();
        tree.Write("dir/x.txt");
        var given = tree.PathOf("dir") + "/";

        var run = CliRun.Of("parse", "--format", "jsonl", given);

        Assert.Equal(given.Replace('\\', '/') + "x.txt", Assert.Single(run.JsonLines()).GetProperty("source").GetString());
    }

    [Fact]
    public void ARelativePath_StaysRelative()
    {
        using var tree = new TempTree();
        tree.Write("dir/sub/x.txt");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, tree.PathOf("dir"));
        Assert.False(Path.IsPathRooted(relative));

        var run = CliRun.Of("parse", "--format", "jsonl", relative);

        Assert.Equal(relative.Replace('\\', '/') + "/sub/x.txt", Assert.Single(run.JsonLines()).GetProperty("source").GetString());
    }

    [Fact]
    public void FilesDirectoriesAndStandardInput_KeepCommandLineOrder()
    {
        using var tree = new TempTree();
        var last = tree.Write("z.txt");
        tree.Write("dir/2.txt");
        tree.Write("dir/1.txt");

        var run = CliRun.WithStdin("piped", "parse", "--format", "jsonl", last, "-", tree.PathOf("dir"));

        var prefix = tree.PathOf("dir").Replace('\\', '/') + "/";
        Assert.Equal([last, "-", prefix + "1.txt", prefix + "2.txt"], run.JsonLines().Select(l => l.GetProperty("source").GetString()));
    }

    [Fact]
    public void ALinkToADirectory_IsNotFollowed_ButNamedOnStderr()
    {
        using var tree = new TempTree();
        tree.Write("dir/a.txt");
        tree.Write("elsewhere/b.txt");
        Directory.CreateSymbolicLink(tree.PathOf("dir/link"), tree.PathOf("elsewhere"));

        var run = CliRun.Of("parse", "--format", "jsonl", tree.PathOf("dir"));

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("dir/a.txt", Assert.Single(run.JsonLines()).GetProperty("source").GetString());
        Assert.Contains("not following symbolic link to a directory: ", run.Stderr);
        Assert.Contains("dir/link", run.Stderr);
    }
}
