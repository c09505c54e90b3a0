namespace DocSchema.Runtime.Languages;

/// <summary>Writing systems the language detector and section splitter tell apart.</summary>
public enum Script
{
    /// <summary>No letters.</summary>
    None,

    /// <summary>Han ideographs (Chinese, with kana for Japanese handled as <see cref="Other"/>).</summary>
    Han,

    /// <summary>Latin letters.</summary>
    Latin,

    /// <summary>Any other script.</summary>
    Other,
}
