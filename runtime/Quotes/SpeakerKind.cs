namespace DocSchema.Runtime.Quotes;

/// <summary>Whether a speaker is a person or a body.</summary>
public enum SpeakerKind
{
    /// <summary>A person: Trump, 泽连斯基.</summary>
    Person,

    /// <summary>A body that speaks through statements and readouts: the White House, the Kremlin, 白宫, a ministry, a country.</summary>
    Organization,
}
