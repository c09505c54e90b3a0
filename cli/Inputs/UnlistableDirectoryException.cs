namespace DocSchema.Cli.Inputs;

/// <summary>
/// What reading a directory below DIR that could not be listed throws: its message ("cannot list
/// directory: …") is the whole of the error record, not a "cannot read" of a file.
/// </summary>
internal sealed class UnlistableDirectoryException(string message) : IOException(message);
