namespace DocSchema.Runtime.Quotes;

/// <summary>What a quoted span is.</summary>
public enum QuoteKind
{
    /// <summary>A whole statement by the speaker.</summary>
    Direct,

    /// <summary>A phrase quoted inside the reporter's own sentence.</summary>
    Partial,

    /// <summary>Quote marks around a name, title or term: not speech.</summary>
    Term,
}
