using System.Text.Json;
using DocSchema.Cli.Tests.Infrastructure;

namespace DocSchema.Cli.Tests;

public class JsonFormatTests
{
    [Fact]
    public void OneFile_WritesOneIndentedObject()
    {
        using var tree = new TempTree();
        var file = tree.Write("a.txt");

        var run = CliRun.Of("parse", "--format", "json", file);

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal(file, json.GetProperty("source").GetString());
        Assert.StartsWith("{" + Environment.NewLine + "  \"schema\": \"empty\",", run.Stdout);
    }

    [Fact]
    public void SeveralInputs_WriteAnIndentedArray_InOrder()
    {
        using var tree = new TempTree();
        var files = new[] { tree.Write("b.txt"), tree.Write("a.txt", "THROW") };

        var run = CliRun.Of(["parse", "--format", "json", .. files]);

        Assert.Equal(1, run.ExitCode);
        var json = run.Json();
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(files, json.EnumerateArray().Select(e => e.GetProperty("source").GetString()));
        Assert.EndsWith("boom", json[1].GetProperty("error").GetProperty("message").GetString());

        // Elements are indented one level inside the array, as Utf8JsonWriter would indent them.
        Assert.StartsWith("[" + Environment.NewLine + "  {" + Environment.NewLine + "    \"schema\": \"empty\",", run.Stdout);
        Assert.EndsWith(Environment.NewLine + "  }" + Environment.NewLine + "]" + Environment.NewLine, run.Stdout);
    }

    [Fact]
    public void ADirectory_WritesAnArray_EvenForOneFile()
    {
        using var tree = new TempTree();
        tree.Write("dir/only.txt");

        var run = CliRun.Of("parse", "--format", "json", tree.PathOf("dir"));

        Assert.Equal(JsonValueKind.Array, run.Json().ValueKind);
        Assert.Equal(1, run.Json().GetArrayLength());
    }

    [Fact]
    public void AnEmptyDirectory_WritesAnEmptyArray_Exit0()
    {
        using var tree = new TempTree();
        var directory = tree.CreateDirectory("empty");

        var run = CliRun.Of("parse", "--format", "json", directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]" + Environment.NewLine, run.Stdout);
    }
}
