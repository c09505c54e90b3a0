namespace DocSchema.Generator.Model;

/// <summary>
/// One <c>detect:</c> entry: adds <see cref="Weight"/> to the score when the text contains
/// <see cref="Contains"/>, when a block starts with a match of <see cref="Block"/>, when its blocks
/// run in the scripts of <see cref="LanguageSections"/>, or always when none is given.
/// </summary>
internal sealed record DetectSignal(int Weight, string? Contains, PatternSpec? Block, EquatableArray<string> LanguageSections, SourceLocation Location);
