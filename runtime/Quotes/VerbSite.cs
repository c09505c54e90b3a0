namespace DocSchema.Runtime.Quotes;

/// <summary>
/// A speech verb outside quotes and, once resolved, who its subject is. A value, kept in the
/// paragraph's reused verb list: a paragraph's verbs cost no object each.
/// </summary>
/// <param name="Start">Offset of the verb.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Tier">How strongly it attributes.</param>
/// <param name="Word">Index of its word in <see cref="QuoteParagraph.Words"/> (English), or -1 (Chinese).</param>
internal record struct VerbSite(int Start, int End, SpeechVerbTier Tier, int Word)
{
    /// <summary>Its subject, resolved; null when no speaker could be found.</summary>
    public SpeakerEntity? Speaker { get; set; }
}
