using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Text;

/// <summary>
/// A <see cref="TextValue"/> or none, in the sixteen bytes of a value: a <c>TextValue?</c> takes
/// twenty-four (its flag padded to eight). <see cref="Datelines.Dateline"/> keeps its agency in
/// this and shows it as a <c>TextValue?</c>: a page of teasers makes a dateline per teaser.
/// (<see cref="Articles.RelatedArticle"/> keeps its values as spans, <see cref="Articles.TeaserValues"/>;
/// <see cref="Articles.Caption"/>'s credit, one a caption, stays a <c>TextValue?</c>.)
/// </summary>
/// <remarks>
/// None is <see cref="TextValue.NoValue"/>, a value whose text is a marker no value can hold, so
/// that every value, however odd (a null text, the default value), stays a value. Made only by its
/// constructor: <c>default(OptionalTextValue)</c> would read as the default value, not as none.
/// </remarks>
/// <param name="value">The value, or null for none.</param>
internal readonly struct OptionalTextValue(TextValue? value) : IEquatable<OptionalTextValue>
{
    private readonly TextValue _value = value ?? TextValue.NoValue;

    /// <summary>The value, or null.</summary>
    public TextValue? Value
    {
        // Inlined: the JSON writer reads every teaser's and dateline's optional values.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.IsNoValue ? null : _value;
    }

    /// <summary>Equal as the two <c>TextValue?</c> are, so that the records holding them compare as they did.</summary>
    public bool Equals(OptionalTextValue other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OptionalTextValue other && Equals(other);

    /// <summary>The <c>TextValue?</c>'s hash: 0 for none.</summary>
    public override int GetHashCode() => Value.GetHashCode();
}
