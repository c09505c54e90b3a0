namespace DocSchema.Generator.Model;

/// <summary>One entry of a schema's <c>layout:</c> list.</summary>
internal abstract record LayoutElement(string Role, SourceLocation Location);

/// <summary>The roles that claim whole blocks one at a time.</summary>
internal enum BlockRoleKind
{
    Headline,
    Caption,
    Custom,
}

/// <summary>
/// <c>headline</c>, <c>caption</c> or a custom role: claims between <see cref="Min"/> and
/// <see cref="Max"/> (-1 = any number) consecutive blocks that match <see cref="Match"/> whole.
/// </summary>
internal sealed record BlockRoleElement(
    string Role,
    SourceLocation Location,
    BlockRoleKind Kind,
    PatternSpec? Match,
    int Min,
    int Max,
    string? Doc,
    EquatableArray<FieldSpec> Fields) : LayoutElement(Role, Location);

/// <summary><c>body</c>: paragraphs (with a leading dateline), subheadings and captions up to an end marker.</summary>
internal sealed record BodyElement(
    SourceLocation Location,
    PatternSpec? Dateline,
    PatternSpec? Subheading,
    PatternSpec? Caption,
    EquatableArray<PatternSpec> End) : LayoutElement("body", Location);

/// <summary><c>boilerplate</c>: everything left, with an optional list of related-article teasers.</summary>
internal sealed record BoilerplateElement(SourceLocation Location, RelatedSpec? Related) : LayoutElement("boilerplate", Location);

/// <summary>How related-article teasers are laid out inside the boilerplate.</summary>
internal sealed record RelatedSpec(PatternSpec? After, PatternSpec Separator, EquatableArray<RelatedSlot> Slots, SourceLocation Location);

/// <summary>One line of a teaser: <c>caption</c>, <c>headline</c>, <c>section</c> or <c>teaser</c>.</summary>
internal sealed record RelatedSlot(string Name, PatternSpec? Match, bool Joined, bool Optional, PatternSpec? Dateline, SourceLocation Location);

/// <summary><c>sections</c>: split the document by language and read each section with a nested layout.</summary>
internal sealed record SectionsElement(SourceLocation Location, bool Align, EquatableArray<LayoutElement> Layout) : LayoutElement("sections", Location);
