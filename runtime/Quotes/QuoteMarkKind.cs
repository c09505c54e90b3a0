namespace DocSchema.Runtime.Quotes;

/// <summary>What a quote mark can do before its neighbours are looked at.</summary>
internal enum QuoteMarkKind : byte
{
    /// <summary>Not a quote mark (《 》 included: titles are not quotes).</summary>
    None,

    /// <summary>Always opens: “ 「 『 〝 ﹁ ﹃.</summary>
    Opening,

    /// <summary>Always closes: ” 」 』 〞 〟 ﹂ ﹄.</summary>
    Closing,

    /// <summary>Opens unless it follows a letter or digit of a spaced script: ‘ (it never closes).</summary>
    LeftSingle,

    /// <summary>Opens or closes by its neighbours: ASCII <c>"</c> and ＂.</summary>
    StraightDouble,

    /// <summary>
    /// Opens or closes by its neighbours, under the strict rules that keep apostrophes out:
    /// ASCII <c>'</c>, ’ and ＇.
    /// </summary>
    StraightSingle,
}
