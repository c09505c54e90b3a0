namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// Runs work on the thread pool and fails the test when it does not finish in time, so work that
/// grows exponentially is a failure with a message rather than a hung test run.
/// </summary>
internal static class TimeBound
{
    /// <summary>The result of <paramref name="work"/>; fails with <paramref name="what"/> when it takes longer than <paramref name="limit"/>.</summary>
    public static T Run<T>(TimeSpan limit, Func<T> work, string what)
    {
        var task = Task.Run(work);
        // The work cannot be stopped; it is left to finish on its own (background) thread.
        if (!task.Wait(limit)) Assert.Fail($"{what} did not finish within {limit.TotalSeconds:0.#} s");
        return task.Result;
    }
}
