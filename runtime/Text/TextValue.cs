using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Text;

/// <summary>
/// A value read from an article: the original text (trimmed, never normalized) and where it lies
/// in the source, so a tool can highlight it.
/// </summary>
/// <remarks>
/// <para>A value a parser reads is a slice of its <see cref="SourceText"/>, and its <see cref="Text"/>
/// string is made the first time it is read, then kept by the document, so every later read returns
/// the same string. Why: a batch that only writes JSON writes each value's characters straight from
/// the document and never needs the strings; making one for every value at parse time (the
/// allocation, the allocator's clearing and the copy) was the largest cost of a parse the
/// throughput floor does not share (docs/performance-history.md, the twenty-third round).</para>
/// <para>So a value holds its whole document, as its article does: code that keeps values after
/// letting their articles go (a list of headlines, say) keeps the documents too, unless it keeps
/// the <see cref="Text"/> strings instead. Reading a value's string for the first time takes a
/// lock and a table lookup besides the copy its parse used to make.</para>
/// <para>Two values are equal when their texts are equal (ordinal) and so are their spans, as
/// before: whether a string has been made changes nothing.</para>
/// </remarks>
public readonly struct TextValue : IEquatable<TextValue>
{
    // The text (a value made from a string), or the document it is a slice of at _span.
    private readonly object? _textOrSource;
    private readonly TextSpan _span;

    /// <summary>A value of <paramref name="Text"/>, lying at <paramref name="Span"/> in its source.</summary>
    /// <param name="Text">The text exactly as it appears in the source.</param>
    /// <param name="Span">Where <paramref name="Text"/> lies in the source.</param>
    public TextValue(string Text, TextSpan Span)
    {
        _textOrSource = Text;
        _span = Span;
    }

    // The slice of `source` at `span`, whose string is made when it is first read.
    internal TextValue(SourceText source, TextSpan span)
    {
        _textOrSource = source;
        _span = span;
    }

    // What OptionalTextValue holds for no value: a value no text or source can be, so that every
    // value, a null text's too, stays a value.
    private static readonly object s_noValue = new();

    private TextValue(object marker)
    {
        _textOrSource = marker;
        _span = default;
    }

    /// <summary>The stand-in for no value (see <see cref="OptionalTextValue"/>); never handed out.</summary>
    /// <remarks>Made on each call from the one marker, which the native build initializes at compile time: a static value of this type would be checked for initialization at each read.</remarks>
    internal static TextValue NoValue => new(s_noValue);

    /// <summary>True for <see cref="NoValue"/>.</summary>
    internal bool IsNoValue => ReferenceEquals(_textOrSource, s_noValue);

    /// <summary>The text exactly as it appears in the source (made when first read, then kept).</summary>
    public string Text
    {
        get => _textOrSource as string ?? (_textOrSource is SourceText source ? source.ValueText(_span) : null!);
        init => _textOrSource = value;
    }

    /// <summary>Where <see cref="Text"/> lies in the source.</summary>
    public TextSpan Span
    {
        get => _span;
        init
        {
            // A value given another span (`with { Span = … }`) keeps its text, as a value made from
            // a string does: the slice's string is made before the span moves.
            if (_textOrSource is SourceText source) _textOrSource = source.ValueText(_span);
            _span = value;
        }
    }

    /// <summary>The characters of the value, without making its string.</summary>
    internal ReadOnlySpan<char> Chars
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _textOrSource is SourceText source ? source.Text.AsSpan(_span.Start, _span.Length) : (_textOrSource as string).AsSpan();
    }

    /// <summary>The document this value is a slice of (at <see cref="Span"/>), or null for a value made from a string.</summary>
    internal SourceText? SliceSource => _textOrSource as SourceText;

    /// <summary>The number of characters of the value, without making its string.</summary>
    internal int Length => Chars.Length;

    /// <summary>True when <see cref="Text"/> is null: <c>default(TextValue)</c>, or a value made with a null string (not <see cref="NoValue"/>, which is no value at all).</summary>
    internal bool IsNullText => _textOrSource is null;

    /// <summary>The text.</summary>
    public override string ToString() => Text;

    /// <summary>The text and the span.</summary>
    public void Deconstruct(out string Text, out TextSpan Span)
    {
        Text = this.Text;
        Span = _span;
    }

    /// <summary>The text of the value.</summary>
    public static implicit operator string(TextValue value) => value.Text;

    /// <summary>True when the value's text equals <paramref name="text"/> (ordinal).</summary>
    public bool Equals(string? text) => _textOrSource is null ? text is null : text is not null && Chars.SequenceEqual(text);

    /// <summary>True when both texts (ordinal) and both spans are equal.</summary>
    public bool Equals(TextValue other) =>
        _span == other._span && (_textOrSource is null ? other._textOrSource is null : other._textOrSource is not null && Chars.SequenceEqual(other.Chars));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_textOrSource is null ? 0 : string.GetHashCode(Chars), _span);

    /// <summary>True when both texts (ordinal) and both spans are equal.</summary>
    public static bool operator ==(TextValue left, TextValue right) => left.Equals(right);

    /// <summary>True unless both texts (ordinal) and both spans are equal.</summary>
    public static bool operator !=(TextValue left, TextValue right) => !left.Equals(right);
}
