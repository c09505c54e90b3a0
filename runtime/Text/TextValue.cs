namespace DocSchema.Runtime.Text;

/// <summary>
/// A value read from an article: the original text (trimmed, never normalized) and where it lies
/// in the source, so a tool can highlight it.
/// </summary>
/// <param name="Text">The text exactly as it appears in the source.</param>
/// <param name="Span">Where <paramref name="Text"/> lies in the source.</param>
public readonly record struct TextValue(string Text, TextSpan Span)
{
    /// <summary>The text.</summary>
    public override string ToString() => Text;

    /// <summary>The text of the value.</summary>
    public static implicit operator string(TextValue value) => value.Text;

    /// <summary>True when the value's text equals <paramref name="text"/> (ordinal).</summary>
    public bool Equals(string? text) => string.Equals(Text, text, StringComparison.Ordinal);
}
