using System.Diagnostics;
using DocSchema.Bench.Profiling;

namespace DocSchema.Bench.Tests;

/// <summary>The bench's temporary folders: a folder an interrupted run left behind is deleted by a later run, a running one's never.</summary>
public class BenchTempFolderTests
{
    [Fact]
    public async Task Folders_of_processes_no_longer_running_and_long_unwritten_are_deleted_and_the_others_kept()
    {
        var parent = Directory.CreateTempSubdirectory("bench-temp-folders-");
        try
        {
            // A process id that was in use a moment ago and is not now.
            using var exited = Process.Start(new ProcessStartInfo("dotnet", ["--version"]) { RedirectStandardOutput = true })!;
            await exited.StandardOutput.ReadToEndAsync();
            await exited.WaitForExitAsync();
            var now = DateTime.UtcNow;
            var longAgo = now - BenchTempFolder.AbandonedAfter - TimeSpan.FromMinutes(1);
            DirectoryInfo Folder(string name, DateTime lastWritten)
            {
                var folder = parent.CreateSubdirectory(name);
                folder.LastWriteTimeUtc = lastWritten;
                return folder;
            }

            var abandoned = parent.CreateSubdirectory($"docschema-code-cost-{exited.Id}-x1y2");
            File.WriteAllText(Path.Combine(abandoned.FullName, "schema.dll"), "left behind");
            abandoned.LastWriteTimeUtc = longAgo;
            var running = Folder($"docschema-code-cost-{Environment.ProcessId}-a3b4", longAgo);
            // A process this machine cannot see may still be writing into it.
            var recent = Folder($"docschema-code-cost-{exited.Id}-e5f6", now - BenchTempFolder.AbandonedAfter + TimeSpan.FromMinutes(1));
            var otherPurpose = Folder($"docschema-profile-{exited.Id}-c5d6", longAgo);
            var unnamed = Folder("docschema-code-cost-k7l8m9", longAgo);

            Assert.Equal(1, BenchTempFolder.DeleteAbandoned("code-cost", parent.FullName, now));

            Assert.False(Directory.Exists(abandoned.FullName));
            Assert.True(Directory.Exists(running.FullName));
            Assert.True(Directory.Exists(recent.FullName));
            Assert.True(Directory.Exists(otherPurpose.FullName));
            Assert.True(Directory.Exists(unnamed.FullName));
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_new_folder_is_named_with_its_purpose_and_this_process()
    {
        var folder = BenchTempFolder.Create("bench-test");
        try
        {
            Assert.StartsWith($"docschema-bench-test-{Environment.ProcessId}-", folder.Name);
            Assert.Equal(Path.GetFullPath(Path.GetTempPath()).TrimEnd(Path.DirectorySeparatorChar), folder.Parent!.FullName);
        }
        finally
        {
            folder.Delete();
        }
    }
}
