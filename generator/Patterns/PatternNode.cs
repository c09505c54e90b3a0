using DocSchema.Generator.Model;

namespace DocSchema.Generator.Patterns;

/// <summary>
/// A node of a parsed pattern. <see cref="Offset"/> is the position of the node in the pattern
/// string, so diagnostics can point inside it. Every node compares by value.
/// </summary>
internal abstract record PatternNode(int Offset);

/// <summary><c>'text'</c>: the literal, compared width-insensitively (and case-insensitively with <c>i'…'</c>).</summary>
internal sealed record LiteralNode(int Offset, string Text, bool IgnoreCase) : PatternNode(Offset);

/// <summary>A built-in character class such as <c>han</c> or <c>digit</c>.</summary>
internal sealed record ClassNode(int Offset, string Name) : PatternNode(Offset);

/// <summary><c>[…]</c> or <c>[^…]</c>: a set of characters and ranges.</summary>
internal sealed record SetNode(int Offset, bool Negated, EquatableArray<CharRange> Ranges) : PatternNode(Offset);

/// <summary>An inclusive range of characters in a set; a single character has <c>From == To</c>.</summary>
internal readonly record struct CharRange(char From, char To);

/// <summary><c>@name</c>: a reference to a named pattern.</summary>
internal sealed record ReferenceNode(int Offset, string Name) : PatternNode(Offset);

/// <summary><c>a b c</c>: each in turn.</summary>
internal sealed record SequenceNode(int Offset, EquatableArray<PatternNode> Items) : PatternNode(Offset);

/// <summary><c>a | b</c>: the first alternative that matches.</summary>
internal sealed record ChoiceNode(int Offset, EquatableArray<PatternNode> Alternatives) : PatternNode(Offset);

/// <summary><c>x*</c>, <c>x{n,m}</c>, …: <see cref="Max"/> is -1 for no upper bound.</summary>
internal sealed record RepeatNode(int Offset, PatternNode Body, int Min, int Max, bool Lazy) : PatternNode(Offset)
{
    public const int Unbounded = -1;
}

/// <summary><c>&amp;x</c> / <c>!x</c>: look ahead without consuming.</summary>
internal sealed record LookaheadNode(int Offset, PatternNode Body, bool Negative) : PatternNode(Offset);

/// <summary><c>^</c> / <c>$</c>: start or end of the block being matched.</summary>
internal sealed record AnchorNode(int Offset, bool AtEnd) : PatternNode(Offset);

/// <summary><c>{name: x}</c>: records what <c>x</c> matched.</summary>
internal sealed record CaptureNode(int Offset, string Name, PatternNode Body) : PatternNode(Offset);
