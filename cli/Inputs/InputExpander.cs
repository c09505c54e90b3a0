using System.IO.Enumeration;

namespace DocSchema.Cli.Inputs;

/// <summary>
/// Turns the INPUT arguments into documents: a file is one document, a directory is every file
/// below it (recursively, in ordinal order of the path relative to it), <c>-</c> is standard input.
/// Documents are produced as they are reached, one directory listing at a time, so a batch over an
/// archive of millions of files starts at once and never holds more than the listings on the way
/// down to the current directory.
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

    private readonly Stream _standardInput;
    private readonly Action<string> _warn;
    private readonly Lock _standardInputLock = new();
    private byte[]? _standardInputBytes;

    /// <summary>Reads <c>-</c> from <paramref name="standardInput"/>; tells <paramref name="warn"/> what it does not follow.</summary>
    public InputExpander(Stream standardInput, Action<string> warn)
    {
        _standardInput = standardInput;
        _warn = warn;
    }

    /// <summary>The inputs that name neither a file nor a directory (<c>-</c> always exists).</summary>
    public static IEnumerable<string> FindMissing(IEnumerable<string> inputs) =>
        inputs.Where(input => input != StandardInputName && !File.Exists(input) && !Directory.Exists(input));

    /// <summary>True when <paramref name="inputs"/> can only ever yield one document (one file, or <c>-</c>).</summary>
    public static bool IsSingleDocument(IReadOnlyList<string> inputs) =>
        inputs.Count == 1 && (inputs[0] == StandardInputName || !Directory.Exists(inputs[0]));

    /// <summary>The documents of <paramref name="inputs"/>, in command-line order; a directory is listed as it is reached.</summary>
    public IEnumerable<InputDocument> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == StandardInputName)
            {
                yield return new InputDocument(StandardInputName, ReadStandardInput);
            }
            else if (Directory.Exists(input))
            {
                foreach (var document in ExpandDirectory(input))
                    yield return document;
            }
            else
            {
                yield return new InputDocument(DisplayPath(input), cancellation => DocumentReader.ReadFile(input, cancellation));
            }
        }
    }

    // Standard input can be read only once; every "-" on the command line gets the same bytes.
    private byte[] ReadStandardInput(CancellationToken cancellation)
    {
        lock (_standardInputLock)
            return _standardInputBytes ??= DocumentReader.ReadAll(_standardInput, cancellation);
    }

    private IEnumerable<InputDocument> ExpandDirectory(string root)
    {
        var prefix = DisplayPath(root);
        if (!prefix.EndsWith('/')) prefix += "/";

        // Depth first, each directory's entries sorted by name with a '/' after a directory's name:
        // that visits files in ordinal order of their relative paths ('/'-separated, the same on every
        // platform) without sorting, or even knowing, all of them at once.
        var pending = new Stack<Entry>();
        pending.Push(new Entry("", Path.GetFullPath(root), IsDirectory: true));
        while (pending.Count > 0)
        {
            var entry = pending.Pop();
            if (!entry.IsDirectory)
            {
                var path = entry.FullPath;
                yield return new InputDocument(prefix + entry.Relative, cancellation => DocumentReader.ReadFile(path, cancellation));
                continue;
            }

            var (children, problem) = List(entry);
            if (problem is not null)
            {
                // A directory that cannot be listed becomes an error record of its own instead of vanishing.
                yield return new InputDocument(prefix + entry.Relative, _ => throw new UnlistableDirectoryException(problem));
                continue;
            }
            children.Sort((x, y) => string.CompareOrdinal(x.SortKey, y.SortKey));
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }

        (List<Entry> Children, string? Problem) List(Entry directory)
        {
            var children = new List<Entry>();
            try
            {
                // The entries as the listing gives them, where a FileSystemInfo per entry cost an
                // object and, for each file, an lstat. Whether a directory is a reparse point is
                // asked of directories alone (IsDirectory follows links; the attributes take an
                // lstat), and only of those whether they link elsewhere.
                var listing = new FileSystemEnumerable<(string Name, bool IsDirectory, bool IsReparsePoint)>(
                    directory.FullPath,
                    static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory,
                        entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                    s_listAll);
                foreach (var (name, isDirectory, isReparsePoint) in listing)
                {
                    var relative = directory.Relative.Length == 0 ? name : directory.Relative + "/" + name;
                    // Joined rather than the entry's full path, so that a path longer than the system
                    // allows is kept and opening it fails, for this entry alone.
                    var path = Path.Join(directory.FullPath, name);
                    if (!isDirectory)
                        children.Add(new Entry(relative, path, IsDirectory: false));
                    else if (!isReparsePoint || new DirectoryInfo(path).LinkTarget is null)
                        children.Add(new Entry(relative, path, IsDirectory: true));
                    else
                        // Following links to directories could loop forever; like grep -r, only real directories are entered.
                        _warn($"not following symbolic link to a directory: {prefix}{relative}");
                }
                return (children, null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException)
            {
                // ArgumentException: a path the system rejects (longer than PATH_MAX) must not end the batch.
                return (children, $"cannot list directory: {ex.Message}");
            }
        }
    }

    // Results name documents with '/' whatever the platform, so JSON and diffs are the same everywhere.
    private static string DisplayPath(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>A file or directory below DIR, not visited yet.</summary>
    private sealed record Entry(string Relative, string FullPath, bool IsDirectory)
    {
        /// <summary>The name it sorts by among its siblings: a directory's with a '/' after it, as in its files' paths.</summary>
        public string SortKey => IsDirectory ? Relative + "/" : Relative;
    }
}
