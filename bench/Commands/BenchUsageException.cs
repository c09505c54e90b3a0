namespace DocSchema.Bench.Commands;

/// <summary>
/// A bench command given arguments it cannot run with: an unknown command option, a count that is
/// no whole number, a page the command does not know, an argument missing. Thrown before any work
/// starts; <c>Program</c> prints the message (which names the command and the argument) with the
/// usage and exits with code 2.
/// </summary>
public sealed class BenchUsageException(string message) : Exception(message);
