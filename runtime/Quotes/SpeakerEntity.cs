namespace DocSchema.Runtime.Quotes;

/// <summary>
/// One speaker of an article as <see cref="SpeakerResolver"/> collects it: every form its name
/// took (Donald Trump, Trump), every mention as written (President Donald Trump, the president),
/// and the quotes attributed to it. Turned into a public <see cref="Speaker"/> at the end.
/// </summary>
internal sealed class SpeakerEntity(bool isOrganization, string surname)
{
    private readonly List<string> _forms = [];
    private readonly List<string> _formKeys = [];
    private readonly List<int> _formCounts = [];
    private readonly List<string> _surfaces = [];

    /// <summary>True for bodies (White House, 克里姆林宫), false for people.</summary>
    public bool IsOrganization { get; } = isOrganization;

    /// <summary>The key its mentions meet under: the surname for a person, the whole name for a body.</summary>
    public string Surname { get; } = surname;

    /// <summary>Recency stamp: a bare surname goes to the most recently mentioned person bearing it.</summary>
    public long LastTouched { get; set; }

    /// <summary>Records a name form, whose <see cref="SpeakerNames.Key"/> is <paramref name="key"/> (and how the text wrote it).</summary>
    public void AddForm(string form, string key, string surface)
    {
        int index = _formKeys.IndexOf(key);
        if (index < 0)
        {
            _forms.Add(form);
            _formKeys.Add(key);
            _formCounts.Add(1);
        }
        else
        {
            _formCounts[index]++;
        }

        AddSurface(surface);
    }

    /// <summary>Records a mention that is not a name (the president, 总统, the readout).</summary>
    public void AddSurface(string surface)
    {
        surface = surface.Trim();
        if (surface.Length > 0 && !_surfaces.Contains(surface)) _surfaces.Add(surface);
    }

    /// <summary>True when a full name (more than a surname) of this person other than <paramref name="key"/> is known.</summary>
    public bool HasOtherFullName(string key)
    {
        for (int i = 0; i < _forms.Count; i++)
            if (!SpeakerNames.IsSingleName(_forms[i]) && !string.Equals(_formKeys[i], key, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The name to show: the surname form when the text uses it on its own (Trump, 泽连斯基: how
    /// reporters refer to a person after the first mention), else the form used most, the shorter
    /// on a tie. Bodies keep their most used form (White House).
    /// </summary>
    public string CanonicalName()
    {
        if (!IsOrganization)
        {
            string surnameKey = SpeakerNames.Key(Surname);
            for (int i = 0; i < _forms.Count; i++)
                if (SpeakerNames.IsSingleName(_forms[i]) && string.Equals(_formKeys[i], surnameKey, StringComparison.Ordinal)) return _forms[i];
        }

        int best = 0;
        for (int i = 1; i < _forms.Count; i++)
        {
            if (_formCounts[i] > _formCounts[best] || (_formCounts[i] == _formCounts[best] && _forms[i].Length < _forms[best].Length))
                best = i;
        }

        return _forms.Count > 0 ? _forms[best] : Surname;
    }

    /// <summary>Every mention as written except <paramref name="canonical"/> itself.</summary>
    public IReadOnlyList<string> OtherMentions(string canonical)
    {
        // "the Kremlin" and "The Kremlin" are the name itself; "the Kremlin readout" is another mention.
        var seen = new HashSet<string>(StringComparer.Ordinal) { SpeakerNames.Key(canonical) };
        var mentions = new List<string>();
        foreach (var mention in _surfaces)
            if (seen.Add(SpeakerNames.Key(mention))) mentions.Add(mention);
        foreach (var mention in _forms)
            if (seen.Add(SpeakerNames.Key(mention))) mentions.Add(mention);
        return mentions;
    }
}
