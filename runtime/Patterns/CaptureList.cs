using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The captures recorded while a pattern matches: (slot, span) pairs in the order they closed.
/// A failed alternative rolls back with <see cref="Truncate"/> to the <see cref="Count"/> it saw
/// before it started.
/// </summary>
public sealed class CaptureList
{
    private int[] _slots = new int[16];
    private TextSpan[] _spans = new TextSpan[16];

    /// <summary>Number of captures recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records that slot <paramref name="slot"/> captured <c>[start, end)</c>.</summary>
    public void Add(int slot, int start, int end)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, Count * 2);
            Array.Resize(ref _spans, Count * 2);
        }
        _slots[Count] = slot;
        _spans[Count] = TextSpan.FromBounds(start, end);
        Count++;
    }

    /// <summary>Forgets every capture recorded after the first <paramref name="count"/>.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    /// <summary>Forgets every capture.</summary>
    public void Clear() => Count = 0;

    /// <summary>The first span captured by <paramref name="slot"/>, or null.</summary>
    public TextSpan? First(int slot)
    {
        for (var i = 0; i < Count; i++)
            if (_slots[i] == slot) return _spans[i];
        return null;
    }

    /// <summary>Every span captured by <paramref name="slot"/>, in text order.</summary>
    public List<TextSpan> All(int slot)
    {
        var result = new List<TextSpan>();
        for (var i = 0; i < Count; i++)
            if (_slots[i] == slot) result.Add(_spans[i]);
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
