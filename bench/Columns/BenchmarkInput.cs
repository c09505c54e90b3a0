namespace DocSchema.Bench.Columns;

/// <summary>What one operation of a benchmark reads and writes, for the throughput columns.</summary>
/// <param name="Utf8Bytes">UTF-8 bytes of input one operation reads.</param>
/// <param name="Documents">Documents one operation parses.</param>
/// <param name="OutputStringBytes">
/// The bytes of the output's strings — the sum of 2 × length of every string value in the JSON of
/// the documents one operation parses — or null when the benchmark produces no article.
/// </param>
public sealed record BenchmarkInput(long Utf8Bytes, int Documents, long? OutputStringBytes);
