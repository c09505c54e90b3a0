namespace DocSchema.Runtime.Text;

/// <summary>A zero-based line and character position, as in Roslyn's <c>LinePosition</c>.</summary>
/// <param name="Line">Zero-based line number.</param>
/// <param name="Character">Zero-based character (UTF-16 code unit) within the line.</param>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>The one-based "line:column" form people read.</summary>
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}
