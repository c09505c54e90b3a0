namespace DocSchema.Cli.Processing;

/// <summary>How <c>docschema parse</c> runs a batch.</summary>
/// <param name="Jobs">How many documents are parsed at once (<c>--jobs</c>).</param>
/// <param name="Timeout">How long one document may take before it is reported as an error (<c>--timeout</c>); null for no limit.</param>
internal sealed record BatchOptions(int Jobs, TimeSpan? Timeout);
