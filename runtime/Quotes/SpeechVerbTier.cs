namespace DocSchema.Runtime.Quotes;

/// <summary>
/// How strongly a verb attributes words to its subject. When several verbs stand before a quote in
/// one sentence the strongest wins, so that in "BBC reported that Trump wrote …" the quote is
/// Trump's, and in "the Kremlin said Putin believed … a “complete cessation”" it is the Kremlin's:
/// the one who is reported as speaking owns the words, not the outlet that relays them nor the
/// person whose thoughts are described.
/// </summary>
internal enum SpeechVerbTier : byte
{
    /// <summary>Relays someone else's report: according to, reported, 据…报道, 报导.</summary>
    Source,

    /// <summary>Describes a thought rather than an utterance: believed, thinks, 认为, 相信.</summary>
    Cognition,

    /// <summary>An utterance: said, told, wrote, added, 说, 表示, 称, 写道, 补充说.</summary>
    Speech,
}
