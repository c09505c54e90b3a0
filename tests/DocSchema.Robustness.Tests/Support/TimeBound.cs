namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Runs work on the thread pool and fails the test when it does not finish in time, so a parse that
/// never ends is a failure with a message rather than a hung test run.
/// </summary>
internal static class TimeBound
{
    /// <summary>The result of <paramref name="work"/>; fails with <paramref name="describe"/> when it takes longer than <paramref name="limit"/> or throws.</summary>
    public static T Run<T>(TimeSpan limit, Func<T> work, Func<string> describe)
    {
        var task = Task.Run(work);
        bool finished;
        try
        {
            finished = task.Wait(limit);
        }
        catch (AggregateException ex)
        {
            var inner = ex.InnerException ?? ex;
            Assert.Fail($"threw {inner.GetType().Name}: {inner.Message}; {describe()}\n{inner.StackTrace}");
            throw;
        }
        // The work cannot be stopped; it is left to finish on its own thread.
        if (!finished) Assert.Fail($"did not finish within {limit.TotalSeconds:0.#} s; {describe()}");
        return task.Result;
    }
}
