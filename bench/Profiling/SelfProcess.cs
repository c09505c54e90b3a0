using System.Diagnostics;

namespace DocSchema.Bench.Profiling;

/// <summary>The bench started again as a child process, for measurements that need a fresh runtime.</summary>
public static class SelfProcess
{
    /// <summary>
    /// A start of this bench with <paramref name="arguments"/>, through the app host
    /// (bench/bin/.../DocSchema.Bench) or through <c>dotnet DocSchema.Bench.dll</c>, whichever runs
    /// this one; its output is not redirected and no shell is involved.
    /// </summary>
    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var host = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host, [typeof(SelfProcess).Assembly.Location, .. arguments])
            : new ProcessStartInfo(host, arguments);
        start.UseShellExecute = false;
        return start;
    }
}
