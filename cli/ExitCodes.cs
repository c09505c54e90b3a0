namespace DocSchema.Cli;

/// <summary>The process exit codes of <c>docschema</c>, as documented in its help.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was parsed (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>
    /// At least one document failed (its parser threw, it could not be read, it took longer than
    /// <c>--timeout</c>, or its result has an error diagnostic), or the output could not be written. Every other result was still written.
    /// </summary>
    public const int Failure = 1;

    /// <summary>
    /// The command line was wrong: a bad option or argument, an unknown schema, a <c>--schema FILE</c>
    /// that is missing, misnamed or has errors (or any, in the native build), an input that does not exist.
    /// </summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl-C, SIGTERM) before every document was written: 128 + SIGINT, as shells expect.</summary>
    public const int Interrupted = 130;

    /// <summary>The text help shows under "Exit codes:", kept beside the values so the two cannot drift apart.</summary>
    public const string HelpText =
        """
        Exit codes:
          0  every document was parsed (warnings do not count)
          1  at least one document failed: its parser threw, it could not be read, it took
             longer than --timeout, or its result has an error diagnostic; every other
             result is still written
          2  usage error: bad option or argument, unknown schema name, a --schema FILE
             that is missing, not named *.docschema.yaml or has errors (they are printed)
             or, in the native build, any --schema FILE; an INPUT that does not exist,
             or no schema compiled in
          130  interrupted (Ctrl-C or SIGTERM): every line written is complete, later
             documents were not parsed
        """;
}
