using System.Diagnostics;
using DocSchema.Bench.Profiling;

namespace DocSchema.Bench.Tests;

/// <summary>The bench's temporary folders: a folder an interrupted run left behind is deleted by the next run, a running one's never.</summary>
public class BenchTempFolderTests
{
    [Fact]
    public async Task Folders_of_processes_no_longer_running_are_deleted_and_the_others_kept()
    {
        var parent = Directory.CreateTempSubdirectory("bench-temp-folders-");
        try
        {
            // A process id that was in use a moment ago and is not now.
            using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
            await exited.WaitForExitAsync();
            var abandoned = parent.CreateSubdirectory($"docschema-code-cost-{exited.Id}-x1y2");
            File.WriteAllText(Path.Combine(abandoned.FullName, "schema.dll"), "left behind");
            var running = parent.CreateSubdirectory($"docschema-code-cost-{Environment.ProcessId}-a3b4");
            var otherPurpose = parent.CreateSubdirectory($"docschema-profile-{exited.Id}-c5d6");
            var unnamed = parent.CreateSubdirectory("docschema-code-cost-k7l8m9");

            Assert.Equal(1, BenchTempFolder.DeleteAbandoned("code-cost", parent.FullName));

            Assert.False(Directory.Exists(abandoned.FullName));
            Assert.True(Directory.Exists(running.FullName));
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
