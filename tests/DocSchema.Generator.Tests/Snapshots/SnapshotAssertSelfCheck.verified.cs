// A fixed snapshot that SnapshotAssertTests compares against, to prove that the helper finds
// Snapshots/ beside the calling test's source file.
namespace Example;

public static class Greeting
{
    public const string Text = "你好";
}
