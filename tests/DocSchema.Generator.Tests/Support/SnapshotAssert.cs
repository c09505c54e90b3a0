using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// Compares generated code with a checked-in snapshot, <c>Snapshots/{name}.verified.cs</c> beside
/// the calling test's source file (see DEVELOPERS.md, "Snapshot tests"). On a mismatch it writes
/// <c>{name}.received.cs</c> next to it and fails with a unified-style diff; with
/// <c>DOCSCHEMA_ACCEPT_SNAPSHOTS=1</c> it overwrites the verified file instead and passes.
/// </summary>
internal static class SnapshotAssert
{
    public const string AcceptVariable = "DOCSCHEMA_ACCEPT_SNAPSHOTS";
    public const string VerifiedSuffix = ".verified.cs";
    public const string ReceivedSuffix = ".received.cs";

    /// <summary>Lines of unchanged text shown around each change.</summary>
    private const int Context = 3;

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the snapshot <paramref name="name"/>.
    /// The folder comes from the caller's source path (the compiler fills it in), not from the
    /// working directory, so the test finds its snapshots however it is run.
    /// </summary>
    public static void Matches(string actual, string name, [CallerFilePath] string callerFilePath = "")
    {
        var sourceFolder = System.IO.Path.GetDirectoryName(callerFilePath);
        if (string.IsNullOrEmpty(sourceFolder) || !Directory.Exists(sourceFolder))
            Assert.Fail($"cannot find the snapshot folder: the caller's source path `{callerFilePath}` does not exist on this machine (snapshot tests run from a source checkout)");
        Matches(actual, name, System.IO.Path.Combine(sourceFolder!, "Snapshots"), AcceptRequested(Environment.GetEnvironmentVariable(AcceptVariable)));
    }

    /// <summary>The comparison itself, with the folder and the accept mode given (for the helper's own tests).</summary>
    public static void Matches(string actual, string name, string folder, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        CheckName(name);
        var verifiedPath = System.IO.Path.Combine(folder, name + VerifiedSuffix);
        var receivedPath = System.IO.Path.Combine(folder, name + ReceivedSuffix);
        var received = Normalize(actual);

        if (accept)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Write(receivedPath, received);
            Assert.Fail($"snapshot `{name}` has no verified file yet.\nReceived: {receivedPath}\n"
                + $"Review it, then rename it to {name}{VerifiedSuffix} or run the tests with {AcceptVariable}=1.");
        }

        var verified = Normalize(File.ReadAllText(verifiedPath));
        if (verified == received)
        {
            // A stale received file from an earlier failure would only confuse the next review.
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        Write(receivedPath, received);
        Assert.Fail($"snapshot `{name}` differs from {verifiedPath}\nReceived: {receivedPath}\n"
            + $"Accept the change with {AcceptVariable}=1 if it is intended.\n\n{Diff(verified, received)}");
    }

    /// <summary>True for the value of <see cref="AcceptVariable"/> that turns accept mode on: "1".</summary>
    public static bool AcceptRequested(string? value) => value?.Trim() == "1";

    /// <summary>Line breaks as \n, so snapshots compare equal on every OS and git setting.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>
    /// A unified-style diff of <paramref name="expected"/> (the verified snapshot) and
    /// <paramref name="actual"/>: `-` lines only in the snapshot, `+` lines only in the new code,
    /// a few unchanged lines of context around each change, and `@@` headers with line numbers.
    /// </summary>
    public static string Diff(string expected, string actual)
    {
        // DiffPlex sees the text after a final line break as one more (empty) line; when both
        // texts end with one, that line says nothing, so it is left out.
        if (expected.EndsWith('\n') && actual.EndsWith('\n'))
        {
            expected = expected[..^1];
            actual = actual[..^1];
        }
        var lines = new InlineDiffBuilder(new Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++) show[j] = true;
        }

        var builder = new StringBuilder();
        var oldLine = 0;
        var newLine = 0;
        var inHunk = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Type != ChangeType.Inserted) oldLine++;
            if (line.Type != ChangeType.Deleted) newLine++;
            if (!show[i])
            {
                inHunk = false;
                continue;
            }
            if (!inHunk)
            {
                builder.Append("@@ snapshot line ").Append(line.Type == ChangeType.Inserted ? oldLine + 1 : oldLine)
                    .Append(", received line ").Append(line.Type == ChangeType.Deleted ? newLine + 1 : newLine).Append(" @@\n");
                inHunk = true;
            }
            builder.Append(line.Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            }).Append(line.Text).Append('\n');
        }
        return builder.ToString();
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
    }

    private static void CheckName(string name)
    {
        // The name becomes a file name: no folders, nothing the file system would reinterpret.
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0
            || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name is "." or "..")
            throw new ArgumentException($"`{name}` is not a snapshot name: use a plain file name such as `WireStoryArticle`", nameof(name));
    }
}
