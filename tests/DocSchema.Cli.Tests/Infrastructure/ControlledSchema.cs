using System.Globalization;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Tests.Infrastructure;

/// <summary>
/// A schema whose parser does what the text tells it, to test batches without depending on any real
/// schema's speed: <c>SLEEP 40</c> sleeps 40 ms, <c>BLOCK</c> waits until the test releases it (a
/// parse that never ends on its own); anything else returns at once. It counts the parses started
/// and the most that ran at the same time. Disposing releases every blocked parse, so no abandoned
/// one outlives its test.
/// </summary>
internal sealed class ControlledSchema : IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly Lock _lock = new();
    private int _running;

    /// <summary>A controlled schema named <c>controlled</c>.</summary>
    public ControlledSchema()
    {
        Info = new SchemaInfo("controlled", "Does what the text says.", "Fake.ControlledArticle", _ => 1, source =>
        {
            Enter();
            try
            {
                var text = source.Text;
                if (text.StartsWith("SLEEP ", StringComparison.Ordinal))
                    Thread.Sleep(int.Parse(text.AsSpan(6).Trim(), CultureInfo.InvariantCulture));
                if (text.StartsWith("BLOCK", StringComparison.Ordinal))
                {
                    Blocked?.Invoke();
                    _release.Wait();
                }
                return FakeArticle.ParseNothing(source, "controlled");
            }
            finally
            {
                Exit();
            }
        });
    }

    /// <summary>The schema, for the CLI's registry.</summary>
    public SchemaInfo Info { get; }

    /// <summary>Called on the parsing thread when a <c>BLOCK</c> document starts to wait.</summary>
    public Action? Blocked { get; init; }

    /// <summary>How many parses have started.</summary>
    public int Started { get; private set; }

    /// <summary>The most parses that ran at the same time.</summary>
    public int MaxConcurrent { get; private set; }

    /// <summary>Lets every blocked parse (and every later one) finish.</summary>
    public void Release() => _release.Set();

    public void Dispose() => Release();

    private void Enter()
    {
        lock (_lock)
        {
            Started++;
            _running++;
            MaxConcurrent = Math.Max(MaxConcurrent, _running);
        }
    }

    private void Exit()
    {
        lock (_lock) _running--;
    }
}
