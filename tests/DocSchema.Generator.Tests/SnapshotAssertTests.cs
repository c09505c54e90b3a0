using DocSchema.Generator.Tests.Support;
using Xunit.Sdk;

namespace DocSchema.Generator.Tests;

/// <summary>
/// The snapshot helper itself, in throw-away folders: matching, a mismatch (received file and
/// diff), a missing snapshot, and accept mode. A helper that passed wrongly would hide every
/// change in generated code, so each path is checked.
/// </summary>
public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docschema-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string VerifiedPath(string name) => Path.Combine(_folder, name + ".verified.cs");

    private string ReceivedPath(string name) => Path.Combine(_folder, name + ".received.cs");

    private void WriteVerified(string name, string text)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(VerifiedPath(name), text);
    }

    [Fact]
    public void EqualTextMatches()
    {
        WriteVerified("Same", "class A\n{\n}\n");

        SnapshotAssert.Matches("class A\n{\n}\n", "Same", _folder, accept: false);

        Assert.False(File.Exists(ReceivedPath("Same")));
    }

    [Theory]
    [InlineData("class A\r\n{\r\n}\r\n", "class A\n{\n}\n")]
    [InlineData("class A\n{\n}\n", "class A\r\n{\r\n}\r\n")]
    [InlineData("class A\r{\r}\r", "class A\n{\n}\n")]
    public void LineEndingsDoNotMatter(string verified, string actual)
    {
        WriteVerified("Endings", verified);

        SnapshotAssert.Matches(actual, "Endings", _folder, accept: false);
    }

    [Fact]
    public void MismatchWritesReceivedAndShowsADiff()
    {
        WriteVerified("Changed", "class A\n{\n    int x;\n}\n");

        var failure = Assert.Throws<FailException>(() =>
            SnapshotAssert.Matches("class A\r\n{\r\n    long x;\r\n}\r\n", "Changed", _folder, accept: false));

        // The received file holds the new text with \n line ends, ready to be reviewed or accepted.
        Assert.Equal("class A\n{\n    long x;\n}\n", File.ReadAllText(ReceivedPath("Changed")));
        // The verified file is left alone.
        Assert.Equal("class A\n{\n    int x;\n}\n", File.ReadAllText(VerifiedPath("Changed")));
        Assert.Contains("snapshot `Changed` differs", failure.Message);
        Assert.Contains(ReceivedPath("Changed"), failure.Message);
        Assert.Contains("DOCSCHEMA_ACCEPT_SNAPSHOTS=1", failure.Message);
        Assert.Contains("\n-     int x;\n+     long x;\n", failure.Message);
        Assert.Contains("@@ snapshot line 1, received line 1 @@\n  class A\n  {\n", failure.Message);
    }

    [Fact]
    public void DiffShowsOnlyTheNeighbourhoodOfAChange()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"line {i}").ToList();
        WriteVerified("Long", string.Join("\n", lines) + "\n");
        lines[19] = "line twenty";

        var failure = Assert.Throws<FailException>(() =>
            SnapshotAssert.Matches(string.Join("\n", lines) + "\n", "Long", _folder, accept: false));

        Assert.Contains("@@ snapshot line 17, received line 17 @@\n  line 17\n  line 18\n  line 19\n- line 20\n+ line twenty\n  line 21\n  line 22\n  line 23\n", failure.Message);
        Assert.DoesNotContain("line 16\n", failure.Message);
        Assert.DoesNotContain("line 24\n", failure.Message);
    }

    [Fact]
    public void DiffOfInsertedAndDeletedLines()
    {
        var diff = SnapshotAssert.Diff("a\nb\nc\n", "a\nc\nd\n");

        Assert.Equal("@@ snapshot line 1, received line 1 @@\n  a\n- b\n  c\n+ d\n", diff);
    }

    [Fact]
    public void MissingSnapshotFailsAndWritesReceived()
    {
        var failure = Assert.Throws<FailException>(() => SnapshotAssert.Matches("class New {}\n", "New", _folder, accept: false));

        Assert.Equal("class New {}\n", File.ReadAllText(ReceivedPath("New")));
        Assert.False(File.Exists(VerifiedPath("New")));
        Assert.Contains("has no verified file yet", failure.Message);
        Assert.Contains("DOCSCHEMA_ACCEPT_SNAPSHOTS=1", failure.Message);
    }

    [Fact]
    public void AcceptModeWritesTheVerifiedFileAndPasses()
    {
        WriteVerified("Accepted", "old\n");
        File.WriteAllText(ReceivedPath("Accepted"), "stale\n");

        SnapshotAssert.Matches("new\r\n", "Accepted", _folder, accept: true);

        Assert.Equal("new\n", File.ReadAllText(VerifiedPath("Accepted")));
        // The received file of the earlier failure is cleaned up once accepted.
        Assert.False(File.Exists(ReceivedPath("Accepted")));
    }

    [Fact]
    public void AcceptModeCreatesAMissingSnapshot()
    {
        SnapshotAssert.Matches("fresh\n", "Fresh", Path.Combine(_folder, "sub"), accept: true);

        Assert.Equal("fresh\n", File.ReadAllText(Path.Combine(_folder, "sub", "Fresh.verified.cs")));
    }

    [Fact]
    public void MatchRemovesAStaleReceivedFile()
    {
        WriteVerified("Fixed", "ok\n");
        File.WriteAllText(ReceivedPath("Fixed"), "wrong\n");

        SnapshotAssert.Matches("ok\n", "Fixed", _folder, accept: false);

        Assert.False(File.Exists(ReceivedPath("Fixed")));
    }

    [Fact]
    public void SnapshotFilesAreUtf8WithoutByteOrderMark()
    {
        SnapshotAssert.Matches("// 你好\n", "Utf8", _folder, accept: true);

        Assert.Equal("// 你好\n"u8.ToArray(), File.ReadAllBytes(VerifiedPath("Utf8")));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData(" 1 ", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("yes", false)]
    public void AcceptModeIsTheVariableSetToOne(string? value, bool expected) =>
        Assert.Equal(expected, SnapshotAssert.AcceptRequested(value));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("../Escape")]
    [InlineData("sub/Name")]
    [InlineData("sub\\Name")]
    [InlineData("..")]
    public void NamesThatAreNotPlainFileNamesAreRejected(string name) =>
        Assert.Throws<ArgumentException>(() => SnapshotAssert.Matches("x", name, _folder, accept: false));

    [Fact]
    public void SnapshotsAreFoundBesideTheCallingSourceFile()
    {
        // Compares with Snapshots/SnapshotAssertSelfCheck.verified.cs next to this file, wherever
        // the test runs from; with DOCSCHEMA_ACCEPT_SNAPSHOTS=1 it rewrites the same content.
        SnapshotAssert.Matches("""
            // A fixed snapshot that SnapshotAssertTests compares against, to prove that the helper finds
            // Snapshots/ beside the calling test's source file.
            namespace Example;

            public static class Greeting
            {
                public const string Text = "你好";
            }

            """, "SnapshotAssertSelfCheck");
    }
}
