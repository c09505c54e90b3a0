namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Someone quoted in an article, with every way the text refers to them and what they said.
/// Mentions of one speaker (President Donald Trump, Trump, the president; 美国总统特朗普, 特朗普)
/// are one speaker, so a quote tracker can count who said what.
/// </summary>
/// <param name="Name">
/// The name as the text gives it, titles stripped; for a person the short surname-style form the
/// text uses on its own (<c>Trump</c>, <c>泽连斯基</c>), for a body its name (<c>White House</c>, <c>克里姆林宫</c>).
/// Equal to <see cref="Quote.Speaker"/> of each of <see cref="Quotes"/>.
/// </param>
/// <param name="Kind">Person or organisation.</param>
/// <param name="Mentions">The other ways the text refers to the speaker, as written: full names, titled names, roles (the president), documents (the readout).</param>
/// <param name="Quotes">The quotes attributed to the speaker, in reading order: headline and paragraphs first, then captions.</param>
public sealed record Speaker(string Name, SpeakerKind Kind, IReadOnlyList<string> Mentions, IReadOnlyList<Quote> Quotes);
