namespace DocSchema.Runtime.Quotes;

/// <summary>
/// The subject of a speech verb (or a titled name met in passing) as the text gives it, before
/// <see cref="SpeakerResolver"/> resolves it to a speaker.
/// </summary>
/// <param name="Kind">Name, pronoun, role, document, or none.</param>
/// <param name="Text">
/// The name without titles (<c>Donald Trump</c>, <c>白宫</c>); the issuer of a document
/// (<c>White House</c> for "a White House readout"); the pronoun; the role noun; or empty.
/// </param>
/// <param name="Role">The title that came with the name (<c>president</c>, <c>总统</c>), lower case, or null.</param>
/// <param name="IsOrganization">True for bodies (White House, Kremlin, 白宫, 外交部), false for people.</param>
/// <param name="Surface">The mention as written, determiner dropped (<c>the president</c> → <c>president</c>), for the speaker's list of mentions.</param>
internal readonly record struct SpeakerMention(SpeakerMentionKind Kind, string Text, string? Role, bool IsOrganization, string Surface)
{
    /// <summary>No subject.</summary>
    public static SpeakerMention None { get; } = new(SpeakerMentionKind.None, "", null, false, "");

    /// <summary>True unless <see cref="Kind"/> is <see cref="SpeakerMentionKind.None"/>.</summary>
    public bool IsSome => Kind != SpeakerMentionKind.None;
}
