namespace DocSchema.Runtime.Quotes;

/// <summary>How a quote stands in its sentence, read from what precedes its opening mark.</summary>
internal enum QuoteOpening : byte
{
    /// <summary>It opens the sentence (paragraph start, after 。 . ! ?, or right after another quote): a statement, attributed after it or by the one before.</summary>
    SentenceStart,

    /// <summary>After a colon: 写道:“…”, said: "…" — a statement introduced by the verb before.</summary>
    Colon,

    /// <summary>After a comma that follows a speech verb: said, "…"; 称,“…”.</summary>
    SpeechComma,

    /// <summary>Inside the reporter's sentence: a phrase (partial) or a name (term).</summary>
    Embedded,
}
