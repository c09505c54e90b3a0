namespace DocSchema.Cli.Inputs;

/// <summary>
/// Turns the INPUT arguments into documents: a file is one document, a directory is every file
/// below it (recursively, in ordinal order of the path relative to it), <c>-</c> is standard input.
/// </summary>
internal sealed class InputExpander
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInputName = "-";

    private static readonly EnumerationOptions s_listAll = new()
    {
        // Hidden and system files are documents like any other: nothing below a DIR is skipped silently.
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly Lazy<byte[]> _standardInput;
    private readonly TextWriter _warnings;

    /// <summary>Reads <c>-</c> from <paramref name="standardInput"/>; notes what it does not follow on <paramref name="warnings"/>.</summary>
    public InputExpander(Stream standardInput, TextWriter warnings)
    {
        // Standard input can be read only once; every "-" on the command line gets the same bytes.
        _standardInput = new Lazy<byte[]>(() => ReadAll(standardInput));
        _warnings = warnings;
    }

    /// <summary>The inputs that name neither a file nor a directory (<c>-</c> always exists).</summary>
    public static IEnumerable<string> FindMissing(IEnumerable<string> inputs) =>
        inputs.Where(input => input != StandardInputName && !File.Exists(input) && !Directory.Exists(input));

    /// <summary>True when <paramref name="inputs"/> can only ever yield one document (one file, or <c>-</c>).</summary>
    public static bool IsSingleDocument(IReadOnlyList<string> inputs) =>
        inputs.Count == 1 && (inputs[0] == StandardInputName || !Directory.Exists(inputs[0]));

    /// <summary>The documents of <paramref name="inputs"/>, in command-line order; a directory is listed when it is reached.</summary>
    public IEnumerable<InputDocument> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == StandardInputName)
            {
                yield return new InputDocument(StandardInputName, () => _standardInput.Value);
            }
            else if (Directory.Exists(input))
            {
                foreach (var document in ExpandDirectory(input))
                    yield return document;
            }
            else
            {
                yield return new InputDocument(DisplayPath(input), () => File.ReadAllBytes(input));
            }
        }
    }

    private List<InputDocument> ExpandDirectory(string root)
    {
        var prefix = DisplayPath(root);
        if (!prefix.EndsWith('/')) prefix += "/";

        // Relative paths use '/' so that their ordinal order is the same on every platform.
        var found = new List<(string Relative, InputDocument Document)>();
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.Count > 0)
        {
            var relativeDirectory = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(Path.Join(root, relativeDirectory)).EnumerateFileSystemInfos("*", s_listAll).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // A directory that cannot be listed becomes an error record of its own instead of vanishing.
                var message = $"cannot list directory: {ex.Message}";
                found.Add((relativeDirectory, new InputDocument(prefix + relativeDirectory, () => throw new IOException(message))));
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = relativeDirectory.Length == 0 ? entry.Name : relativeDirectory + "/" + entry.Name;
                if (entry is DirectoryInfo directory)
                {
                    // Following links to directories could loop forever; like grep -r, only real directories are entered.
                    if (directory.LinkTarget is null) pending.Push(relative);
                    else _warnings.WriteLine($"docschema: warning: not following symbolic link to a directory: {prefix}{relative}");
                }
                else
                {
                    var path = entry.FullName;
                    found.Add((relative, new InputDocument(prefix + relative, () => File.ReadAllBytes(path))));
                }
            }
        }

        found.Sort((x, y) => string.CompareOrdinal(x.Relative, y.Relative));
        return found.ConvertAll(item => item.Document);
    }

    // Results name documents with '/' whatever the platform, so JSON and diffs are the same everywhere.
    private static string DisplayPath(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
