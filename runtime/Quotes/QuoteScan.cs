using System.Runtime.InteropServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// The state of a <see cref="QuoteScanner.Scan(string, TextSpan)"/>: the stack of open quotes and the
/// result slots. <see cref="Start"/> readies it for a paragraph, so an attributor scans every
/// paragraph of a section with one.
/// </summary>
internal sealed class QuoteScan
{
    private const int NoEntry = -1;

    private string _text = "";
    private TextSpan _paragraph;

    private readonly List<OpenQuote> _stack = [];

    // Reserved when a quote opens, filled when it closes; empty slots are dropped at the end.
    private readonly List<TextSpan?> _slots = [];

    // Stack index of the innermost open quote of each family, or NoEntry.
    private readonly int[] _innermost = [NoEntry, NoEntry, NoEntry, NoEntry];

    /// <summary>Readies the scan for <paramref name="paragraph"/> of <paramref name="text"/>: nothing open, no result.</summary>
    public void Start(string text, TextSpan paragraph)
    {
        _text = text;
        _paragraph = paragraph;
        _stack.Clear();
        _slots.Clear();
        Array.Fill(_innermost, NoEntry);
    }

    public void Mark(int i, QuoteMarkKind kind, QuoteFamily family)
    {
        char before = i > _paragraph.Start ? _text[i - 1] : '\0';
        char after = i + 1 < _paragraph.End ? _text[i + 1] : '\0';
        switch (kind)
        {
            case QuoteMarkKind.Opening:
                Open(i, family);
                break;
            case QuoteMarkKind.Closing:
                Close(i, family, innermostOnly: false);
                break;
            case QuoteMarkKind.LeftSingle:
                if (QuoteMarks.LeftSingleOpens(before, after))
                {
                    Open(i, family);
                }

                break;
            case QuoteMarkKind.StraightDouble:
                {
                    var (canOpen, canClose) = QuoteMarks.StraightDouble(before, after);
                    bool isOpen = _innermost[(int)family] != NoEntry;
                    if (canOpen == canClose)
                    {
                        // Neither, with a space or an edge beside it: a stray mark or a ditto. Both
                        // (说"好" in Chinese), or neither between two letters (glued "word"word"):
                        // spacing cannot tell, so it closes an open double quote, else opens one.
                        if (!canOpen && (before == '\0' || QuoteMarks.IsSpace(before)))
                        {
                            break;
                        }

                        canOpen = !isOpen;
                        canClose = isOpen;
                    }

                    if (canClose)
                    {
                        Close(i, family, innermostOnly: false);
                    }
                    else
                    {
                        Open(i, family);
                    }

                    break;
                }

            case QuoteMarkKind.StraightSingle:
                {
                    var (canOpen, canClose) = QuoteMarks.StraightSingle(before, after);
                    bool singleOnTop = _stack.Count > 0 && _stack[^1].Family == QuoteFamily.Single;
                    if (canClose && (!canOpen || singleOnTop))
                    {
                        // An apostrophe after a word (Jones' house) is indistinguishable from a
                        // closing mark, so it may close only the innermost quote, never reach past it.
                        Close(i, family, innermostOnly: true);
                    }
                    else if (canOpen)
                    {
                        Open(i, family);
                    }

                    break;
                }
        }
    }

    /// <summary>Adds the quotes found to <paramref name="spans"/>, in order of their start.</summary>
    public void Finish(List<TextSpan> spans)
    {
        // Quotes still open run to the paragraph's end unless they were stray marks; see the remarks.
        foreach (var open in _stack)
        {
            if (open.Family != QuoteFamily.Single && !open.HasSameFamilyInside)
            {
                _slots[open.Slot] = Trim(open.Position + 1, _paragraph.End);
            }
        }

        foreach (var slot in _slots)
        {
            if (slot is { } span)
            {
                spans.Add(span);
            }
        }
    }

    private void Open(int position, QuoteFamily family)
    {
        int enclosing = _innermost[(int)family];
        if (enclosing != NoEntry)
        {
            CollectionsMarshal.AsSpan(_stack)[enclosing].HasSameFamilyInside = true;
        }

        _innermost[(int)family] = _stack.Count;
        _stack.Add(new OpenQuote(position, family, _slots.Count, enclosing));
        _slots.Add(null);
    }

    private void Close(int position, QuoteFamily family, bool innermostOnly)
    {
        int target = _innermost[(int)family];
        if (target == NoEntry || (innermostOnly && target != _stack.Count - 1))
        {
            // Nothing of this family is open (or the mark may not reach it): a stray closing mark.
            return;
        }

        // Quotes opened inside the one being closed and still open were never closed: drop them.
        while (_stack.Count - 1 > target)
        {
            Pop();
        }

        OpenQuote open = Pop();
        if (family == QuoteFamily.Single && IsAndContraction(open.Position, position))
        {
            return;
        }

        _slots[open.Slot] = Trim(open.Position + 1, position);
    }

    private OpenQuote Pop()
    {
        OpenQuote open = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _innermost[(int)open.Family] = open.EnclosingSameFamily;
        return open;
    }

    /// <summary>'n' between two single marks is "and" with both letters elided (rock 'n' roll), not a quote.</summary>
    private bool IsAndContraction(int open, int close) =>
        close == open + 2 && _text[open + 1] is 'n' or 'N';

    /// <summary>The span between <paramref name="start"/> and <paramref name="end"/> without white space at either end; null when nothing is left.</summary>
    private TextSpan? Trim(int start, int end)
    {
        var trimmed = SourceText.TrimmedSpan(_text, start, end);
        return trimmed.IsEmpty ? null : trimmed;
    }
}
