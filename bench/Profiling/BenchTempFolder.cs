using System.Diagnostics;
using System.Globalization;

namespace DocSchema.Bench.Profiling;

/// <summary>
/// The bench's temporary folders, named with the process that made them
/// (<c>docschema-PURPOSE-PID-RANDOM</c>). A run deletes its own folder when it ends, but not when it
/// is interrupted or killed; so each new one first deletes the folders of its purpose whose process
/// is no longer running and that nothing has written to for <see cref="AbandonedAfter"/>. The age
/// is for a temporary folder shared by machines or containers whose process ids this one cannot
/// see: a run there looks dead from here, but writes into its folder as it goes.
/// </summary>
public static class BenchTempFolder
{
    /// <summary>How long a folder of a process not running here must have gone unwritten to be deleted.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>A new folder for <paramref name="purpose"/> (e.g. <c>code-cost</c>), after the abandoned ones are deleted.</summary>
    public static DirectoryInfo Create(string purpose)
    {
        DeleteAbandoned(purpose, Path.GetTempPath(), DateTime.UtcNow);
        return Directory.CreateTempSubdirectory($"docschema-{purpose}-{Environment.ProcessId}-");
    }

    /// <summary>
    /// Deletes the folders for <paramref name="purpose"/> in <paramref name="parent"/> whose process
    /// is not running and which were last written <see cref="AbandonedAfter"/> or more before
    /// <paramref name="now"/>, and returns how many. A folder that cannot be deleted (another
    /// user's, one in use) is left as it is: it costs only disk space.
    /// </summary>
    public static int DeleteAbandoned(string purpose, string parent, DateTime now)
    {
        var prefix = $"docschema-{purpose}-";
        int deleted = 0;
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories(prefix + "*"))
        {
            var rest = folder.Name.AsSpan(prefix.Length);
            int dash = rest.IndexOf('-');
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                || now - folder.LastWriteTimeUtc < AbandonedAfter || IsRunning(id)) continue;
            try
            {
                folder.Delete(recursive: true);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for its owner.
            }
        }

        return deleted;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no process has that id
        }
        catch (InvalidOperationException)
        {
            return false; // it exited while being looked at
        }
    }
}
