using System.Diagnostics;

namespace DocSchema.Cli.Output;

/// <summary>
/// Standard error during a batch: warnings, a progress line redrawn in place (only when standard
/// error is a terminal, at most every quarter of a second), and the summary at the end. Warnings
/// come from several threads (the directory walk, whichever thread writes records), so every write takes a lock and
/// clears the progress line first: no two lines ever mix.
/// </summary>
internal sealed class StatusLine
{
    private static readonly TimeSpan s_redrawInterval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly bool _isTerminal;
    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceDrawn = new();
    private int _shownLength;

    /// <summary>Writes to <paramref name="error"/>; draws progress only when <paramref name="isTerminal"/>.</summary>
    public StatusLine(TextWriter error, bool isTerminal)
    {
        _error = error;
        _isTerminal = isTerminal;
    }

    /// <summary>Writes <c>docschema: warning: <paramref name="message"/></c> on a line of its own.</summary>
    public void Warn(string message)
    {
        lock (_lock)
        {
            Clear();
            _error.WriteLine($"docschema: warning: {message}");
        }
    }

    /// <summary>Redraws the progress line with <paramref name="text"/>, unless standard error is not a terminal or it was drawn a moment ago.</summary>
    public void Progress(Func<string> text)
    {
        if (!_isTerminal) return;
        lock (_lock)
        {
            if (_sinceDrawn.IsRunning && _sinceDrawn.Elapsed < s_redrawInterval) return;
            var line = "docschema: " + text();
            // Carriage return, then the new text, then blanks over whatever the longer old text left.
            _error.Write("\r" + line + new string(' ', Math.Max(0, _shownLength - line.Length)));
            _error.Flush();
            _shownLength = line.Length;
            _sinceDrawn.Restart();
        }
    }

    /// <summary>Clears the progress line and writes the summary line, whether or not standard error is a terminal.</summary>
    public void Finish(string summary)
    {
        lock (_lock)
        {
            Clear();
            _error.WriteLine(summary);
        }
    }

    private void Clear()
    {
        if (_shownLength == 0) return;
        _error.Write("\r" + new string(' ', _shownLength) + "\r");
        _shownLength = 0;
    }
}
