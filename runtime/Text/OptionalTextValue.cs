using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Text;

/// <summary>
/// A <see cref="TextValue"/> or none, in the sixteen bytes of a value: a <c>TextValue?</c> takes
/// twenty-four (its flag padded to eight). The output's records that hold optional values keep them
/// in this and show them as <c>TextValue?</c>: a page of teasers makes one record per teaser, and
/// they were most of what its parse allocated besides the text.
/// </summary>
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
