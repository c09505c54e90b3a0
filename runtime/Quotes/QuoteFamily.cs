namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Quote marks that close each other. Any opening mark of a family is closed by any closing mark of
/// the same family, which is how “ closed by an ASCII <c>"</c> still makes one quote.
/// </summary>
internal enum QuoteFamily : byte
{
    /// <summary>“ ” <c>"</c> ＂ 〝 〞 〟.</summary>
    Double,

    /// <summary>‘ ’ <c>'</c> ＇ — the family apostrophes look like.</summary>
    Single,

    /// <summary>「 」 ﹁ ﹂.</summary>
    Corner,

    /// <summary>『 』 ﹃ ﹄.</summary>
    WhiteCorner,
}
