using System.Text;

namespace DocSchema.Cli.Output;

/// <summary>
/// Standard error as people read it: everything written goes to the writer inside with the
/// control characters a terminal acts on written as their codes (<see cref="TerminalText"/>).
/// Error messages and warnings name files and quote their problems, and a file's name may hold
/// an escape sequence as well as a document may.
/// </summary>
internal sealed class TerminalSafeWriter : TextWriter
{
    private readonly TextWriter _inner;

    /// <summary>Writes to <paramref name="inner"/>, ending lines as it does.</summary>
    public TerminalSafeWriter(TextWriter inner)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => _inner.Write(TerminalText.Escape(value.ToString()));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null) _inner.Write(TerminalText.Escape(value));
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();
}
