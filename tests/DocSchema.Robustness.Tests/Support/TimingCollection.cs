namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Tests that measure time run in this collection: alone, after the others, so that no other test
/// of the project competes for the two cores while they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "timing";
}
