using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Collections;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// One speaker of an article as <see cref="SpeakerResolver"/> collects it: every form its name
/// took (Donald Trump, Trump) and every mention as written (President Donald Trump, the
/// president). Turned into a public <see cref="Speaker"/>, with its quotes, at the end.
/// </summary>
internal sealed class SpeakerEntity
{
    // One list of forms with their keys and counts (three parallel lists cost six objects per speaker).
    private readonly List<NameForm> _forms = [];
    private readonly List<string> _surfaces = [];

    // The surfaces again, as a set, once there are MaxSurfacesLookedThrough of them: a speaker
    // named in many ways (a list of "X总统" that all resolve to one president) made each new
    // surface a walk of all the earlier ones. Null until then, where the walk is cheaper.
    private HashSet<string>? _surfaceSet;
    private const int MaxSurfacesLookedThrough = 16;

    /// <summary>A speaker with no form or mention yet.</summary>
    public SpeakerEntity(bool isOrganization, string surname) => Reset(isOrganization, surname);

    /// <summary>True for bodies (White House, 克里姆林宫), false for people.</summary>
    public bool IsOrganization { get; private set; }

    /// <summary>The key its mentions meet under: the surname for a person, the whole name for a body.</summary>
    public string Surname { get; private set; } = "";

    /// <summary>Recency stamp: a bare surname goes to the most recently mentioned person bearing it.</summary>
    public long LastTouched { get; set; }

    /// <summary>
    /// The name the speaker is shown by and the quotes attributed to it, from the attributor's
    /// first quote of it on (null before): kept here rather than in a dictionary keyed by the
    /// speaker, probed for every quote made.
    /// </summary>
    public (string Name, List<Quote> Quotes)? Spoken { get; set; }

    /// <summary>
    /// Makes this the speaker a new one would be, keeping its lists' room: a resolver reuses the
    /// speakers of a section it has forgotten (<see cref="SpeakerResolver.Clear"/>).
    /// </summary>
    public void Reset(bool isOrganization, string surname)
    {
        IsOrganization = isOrganization;
        Surname = surname;
        LastTouched = 0;
        Spoken = null; // the quotes are an article's
        _forms.Clear();
        _surfaces.Clear();
        _surfaceSet?.Clear();
    }

    /// <summary>Records a name form, whose <see cref="SpeakerNames.Key"/> is <paramref name="key"/> (and how the text wrote it).</summary>
    public void AddForm(string form, string key, string surface)
    {
        var forms = CollectionsMarshal.AsSpan(_forms);
        int index = 0;
        // Ordinal: string.Equals(a, b), inlined (see KeySet.Add).
        while (index < forms.Length && !string.Equals(forms[index].Key, key)) index++;
        if (index < forms.Length) forms[index].Count++;
        else _forms.Add(new NameForm(form, key));

        AddSurface(surface);
    }

    /// <summary>Records a mention that is not a name (the president, 总统, the readout).</summary>
    public void AddSurface(string surface)
    {
        // Trim asks char.IsWhiteSpace, a table lookup for a Han character, at both ends. Every white
        // space is trimmable (SourceTextTests), and IsTrimmable answers text characters inline: a
        // surface with text at both ends, as nearly every one has, is left as it is without the call.
        if (surface.Length == 0 || SourceText.IsTrimmable(surface[0]) || SourceText.IsTrimmable(surface[^1])) surface = surface.Trim();
        if (surface.Length == 0) return;
        if (_surfaces.Count < MaxSurfacesLookedThrough)
        {
            if (!IsSurface(surface)) _surfaces.Add(surface);
            return;
        }

        // Filled from the list when the list reaches the limit (or after a reset, kept empty).
        if (_surfaceSet is null || _surfaceSet.Count < _surfaces.Count)
        {
            _surfaceSet ??= new HashSet<string>(StringComparer.Ordinal);
            _surfaceSet.UnionWith(_surfaces);
        }

        if (_surfaceSet.Add(surface)) _surfaces.Add(surface);
    }

    // List.Contains, as string.Equals at each surface: the list's own search goes through the
    // shared generic comparer's lookups, about seventy instructions a call for a list of a few.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsSurface(string surface)
    {
        foreach (var known in CollectionsMarshal.AsSpan(_surfaces))
            if (string.Equals(known, surface)) return true;
        return false;
    }

    /// <summary>True when a full name (more than a surname) of this person other than <paramref name="key"/> is known.</summary>
    public bool HasOtherFullName(string key)
    {
        foreach (var form in _forms)
            if (!SpeakerNames.IsSingleName(form.Text) && !string.Equals(form.Key, key)) return true;
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
            foreach (var form in _forms)
                if (SpeakerNames.IsSingleName(form.Text) && string.Equals(form.Key, surnameKey)) return form.Text;
        }

        int best = 0;
        for (int i = 1; i < _forms.Count; i++)
        {
            var (form, leader) = (_forms[i], _forms[best]);
            if (form.Count > leader.Count || (form.Count == leader.Count && form.Text.Length < leader.Text.Length))
                best = i;
        }

        return _forms.Count > 0 ? _forms[best].Text : Surname;
    }

    /// <summary>
    /// Every mention as written except <paramref name="canonical"/> itself, as an array (the shared
    /// empty one when there is none). <paramref name="seen"/> is working storage for the keys met
    /// (cleared first), so that one set serves every speaker.
    /// </summary>
    public IReadOnlyList<string> OtherMentions(string canonical, KeySet seen)
    {
        // "the Kremlin" and "The Kremlin" are the name itself; "the Kremlin readout" is another mention.
        seen.Clear();
        seen.Add(SpeakerNames.Key(canonical));
        // Collected in a borrowed list and given as an array of their number (none shared): a
        // growing list was an object and an array of four for each speaker, most with one or none.
        var mentions = new PooledList<string>();
        foreach (var mention in _surfaces)
            if (seen.Add(SpeakerNames.Key(mention))) mentions.Add(mention);
        foreach (var form in _forms)
            if (seen.Add(form.Key)) mentions.Add(form.Text);
        return mentions.ToArrayAndReturn();
    }

    /// <summary>A form of the name as written, its key, and how many mentions used it.</summary>
    private struct NameForm(string text, string key)
    {
        public readonly string Text = text;
        public readonly string Key = key;
        public int Count = 1;
    }
}
