namespace DocSchema.Runtime.Quotes;

/// <summary>What the subject of a speech verb is, before it is resolved to a speaker.</summary>
internal enum SpeakerMentionKind : byte
{
    /// <summary>No subject could be read (an elided subject: 并补充称…, "when asked, …").</summary>
    None,

    /// <summary>A name, titles stripped: Donald Trump, White House, 泽连斯基, 克里姆林宫.</summary>
    Name,

    /// <summary>A personal pronoun: he, she, they, 他, 她, 他们.</summary>
    Pronoun,

    /// <summary>A title without a name: the president, 总统, 美国总统.</summary>
    Role,

    /// <summary>A document without its issuer: the readout, the statement, 报道, 声明.</summary>
    Document,
}
