using System.Runtime.ExceptionServices;

namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// Runs code on a thread with a large stack. A stack overflow cannot be caught and would end the
/// whole test run, so tests that feed deeply nested input run here: the test then fails on its
/// assertion (no depth limit) instead of killing every other test.
/// </summary>
internal static class BigStack
{
    private const int StackBytes = 512 * 1024 * 1024;

    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
