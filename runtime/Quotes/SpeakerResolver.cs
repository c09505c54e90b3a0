using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Quotes;

/// <summary>
/// Coreference of speakers within one section: mentions of one person (President Donald Trump,
/// Trump, the president; 美国总统特朗普, 特朗普, 总统) meet in one <see cref="SpeakerEntity"/>;
/// pronouns go to the person last named as speaking; roles to the person last named with that
/// title; documents (the readout, 报道) to the body that last issued one, or else the body that
/// last spoke. All lookups are dictionary lookups, so resolving is constant time per mention.
/// </summary>
internal sealed class SpeakerResolver
{
    // Ordinal maps of their own rather than dictionaries: see StringMap.
    private readonly StringMap<SpeakerEntity> _byKey = new();
    private readonly StringMap<List<SpeakerEntity>> _bySurname = new();
    private readonly StringMap<SpeakerEntity> _roles = new();
    private long _clock;

    // Each name met since the resolver was last cleared, with its key and, once it has one, its
    // speaker: a section names the same few people again and again, and a dictionary probe costs a
    // fifth of making the key afresh (trimming, case folding, a new string); the speaker kept
    // beside the key spares a second probe, of _byKey, for every name met before.
    private readonly StringMap<KnownName> _names = new();

    // The speakers made since the resolver was last cleared (the first _entitiesInUse) and those
    // of sections before it, kept with their lists' room to be reset and reused (the resolver of a
    // cached attributor serves section after section); the same for the surnames' lists.
    private readonly List<SpeakerEntity> _entities = [];
    private int _entitiesInUse;
    private readonly Stack<List<SpeakerEntity>> _spareSurnameLists = new();

    /// <summary>The person last named as speaking (he, she, 他, 她).</summary>
    public SpeakerEntity? LastPerson { get; private set; }

    /// <summary>Whoever spoke last, person or body (they, 他们, and unattributed follow-on quotes).</summary>
    public SpeakerEntity? LastSpeaker { get; private set; }

    /// <summary>The body that spoke last.</summary>
    public SpeakerEntity? LastOrganization { get; private set; }

    /// <summary>The body that last issued a document (a White House readout).</summary>
    public SpeakerEntity? LastIssuer { get; private set; }

    /// <summary>The person last named at all (a titled name, a subject): he, she when nobody has spoken yet.</summary>
    public SpeakerEntity? LastNamedPerson { get; private set; }

    /// <summary>Records a titled name met in passing, so a later role noun finds it.</summary>
    public void NoteTitled(SpeakerMention mention) => NamedWithRole(mention);

    /// <summary>Records that <paramref name="entity"/> spoke: pronouns and unattributed quotes that follow go to it.</summary>
    public void NoteSpeaking(SpeakerEntity entity)
    {
        LastSpeaker = entity;
        if (entity.IsOrganization) LastOrganization = entity;
        else LastPerson = entity;
    }

    /// <summary>
    /// The speaker <paramref name="mention"/> refers to, or null. <paramref name="sentenceSubject"/>
    /// is the person the sentence opened with: a pronoun later in the same sentence refers to it
    /// (特朗普在…通话, 他称…).
    /// </summary>
    public SpeakerEntity? Resolve(SpeakerMention mention, SpeakerEntity? sentenceSubject)
    {
        switch (mention.Kind)
        {
            case SpeakerMentionKind.Name:
                return NamedWithRole(mention);

            case SpeakerMentionKind.Document when mention.Text.Length > 0:
                {
                    var issuer = Named(mention with { IsOrganization = true });
                    LastIssuer = issuer;
                    return issuer;
                }

            case SpeakerMentionKind.Document:
                return Touch(LastIssuer ?? LastOrganization, mention.Surface);

            case SpeakerMentionKind.Role:
                {
                    // 特朗普总统: a known name before the title is that person.
                    if (mention.Text.Length > 0 && SpeakerOf(mention.Text) is { } named)
                        return Touch(named, mention.Surface);
                    var holder = mention.Role is { } role ? RoleHolder(InvariantCasing.ToLower(role)) : null;
                    if (holder is not null || mention.Text.Length == 0) return Touch(holder, mention.Surface);

                    // 该公司发言人, 俄罗斯外交部发言人 with nobody of that title named: the
                    // description itself is the speaker, as the text gives it.
                    return Named(mention with { Kind = SpeakerMentionKind.Name, Text = mention.Surface, Role = null });
                }

            case SpeakerMentionKind.Pronoun:
                {
                    bool plural = mention.Text is "they" or "we" or "他们" or "她们" or "他們" or "她們";
                    if (plural) return LastSpeaker;
                    if (mention.Text is "it") return LastOrganization;
                    return sentenceSubject is { IsOrganization: false } ? sentenceSubject : LastPerson ?? LastNamedPerson;
                }

            default:
                return null;
        }
    }

    /// <summary>
    /// Forgets every speaker, name and title, as a new resolver knows none (its tables keep their
    /// room). The speakers it resolved to are reset for reuse: none may be held past this.
    /// </summary>
    public void Clear()
    {
        _byKey.Clear();
        foreach (var (_, list) in _bySurname)
        {
            list.Clear();
            _spareSurnameLists.Push(list);
        }

        _bySurname.Clear();
        for (int i = 0; i < _entitiesInUse; i++) _entities[i].Reset(false, ""); // drops their names
        _entitiesInUse = 0;
        _roles.Clear();
        _names.Clear();
        _clock = 0;
        ClearDiscourse();
    }

    /// <summary>The state pronouns and documents are resolved against, to set aside while a caption is read.</summary>
    public (SpeakerEntity? Person, SpeakerEntity? Speaker, SpeakerEntity? Organization, SpeakerEntity? Issuer, SpeakerEntity? Named) SaveDiscourse() =>
        (LastPerson, LastSpeaker, LastOrganization, LastIssuer, LastNamedPerson);

    /// <summary>Clears the discourse state (a caption starts afresh), keeping what is known about names and titles.</summary>
    public void ClearDiscourse() => RestoreDiscourse(default);

    /// <summary>Puts back a state saved with <see cref="SaveDiscourse"/>.</summary>
    public void RestoreDiscourse((SpeakerEntity? Person, SpeakerEntity? Speaker, SpeakerEntity? Organization, SpeakerEntity? Issuer, SpeakerEntity? Named) state) =>
        (LastPerson, LastSpeaker, LastOrganization, LastIssuer, LastNamedPerson) = state;

    // The person last named with this title; failing that, with a longer title ending in it
    // ("the minister" after "Foreign Minister Sergei Lavrov", 部长 after 外交部长) — but never a
    // vice president for "the president": a title is only shortened from its left.
    private SpeakerEntity? RoleHolder(string role)
    {
        if (_roles.TryGetValue(role, out var holder)) return holder;
        SpeakerEntity? best = null;
        foreach (var (title, entity) in _roles)
        {
            bool endsWithRole = title.EndsWith(" " + role, StringComparison.Ordinal)
                || (title.Length > role.Length && title.EndsWith(role, StringComparison.Ordinal) && QuoteParagraph.IsHan(role[0]) && !title.EndsWith("副" + role, StringComparison.Ordinal));
            if (endsWithRole && !title.StartsWith("vice ", StringComparison.Ordinal) && !title.StartsWith("deputy ", StringComparison.Ordinal)
                && (best is null || entity.LastTouched > best.LastTouched))
                best = entity;
        }

        return best;
    }

    // The speaker a name belongs to; its title, if it came with one, now names that speaker.
    private SpeakerEntity NamedWithRole(SpeakerMention mention)
    {
        var entity = Named(mention);
        if (mention.Role is { } role) _roles[InvariantCasing.ToLower(role)] = entity;
        return entity;
    }

    private SpeakerEntity? Touch(SpeakerEntity? entity, string surface)
    {
        if (entity is null) return null;
        entity.AddSurface(surface);
        entity.LastTouched = ++_clock;
        return entity;
    }

    // Finds the speaker a name belongs to, or starts one. A person's full name joins the person
    // with that surname unless that person has another full name (Melania vs Donald Trump); a bare
    // surname joins the person with it mentioned last.
    private SpeakerEntity Named(SpeakerMention mention)
    {
        string name = mention.Text;
        ref var known = ref Known(name);
        string key = known.Key;
        var entity = known.Speaker;
        if (entity is null)
        {
            entity = SpeakerOfKey(name, key, mention.IsOrganization);

            // Probed again: the reference above may point into storage the surname's key moved.
            _names.GetValueRefOrNullRef(name).Speaker = entity;
        }

        entity.AddForm(name, key, mention.Surface);
        entity.LastTouched = ++_clock;
        if (!entity.IsOrganization) LastNamedPerson = entity;
        return entity;
    }

    // The speaker `key` (the key of `name`) belongs to: one a name of the same key found, or the
    // person with the surname, or a new one.
    private SpeakerEntity SpeakerOfKey(string name, string key, bool isOrganization)
    {
        if (!_byKey.TryGetValue(key, out var entity))
        {
            string surname = SpeakerNames.Surname(name, isOrganization);
            string surnameKey = Known(surname).Key;
            if (!isOrganization && _bySurname.TryGetValue(surnameKey, out var people))
            {
                entity = LastTouched(people, SpeakerNames.IsSingleName(name) ? null : key);
            }

            if (entity is null)
            {
                entity = NewEntity(isOrganization, surname);
                if (!isOrganization)
                {
                    if (!_bySurname.TryGetValue(surnameKey, out var list))
                        _bySurname[surnameKey] = list = _spareSurnameLists.Count > 0 ? _spareSurnameLists.Pop() : [];
                    list.Add(entity);
                }
            }

            _byKey[key] = entity;
        }

        return entity;
    }

    // What is known of `name`, its key made if it is new: a reference into _names, good until the
    // next name is added. Inlined: asked at every name mention and every surname, about a hundred
    // times a page, where the call cost a fifth of the lookup.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref KnownName Known(string name)
    {
        ref var known = ref _names.GetValueRefOrAddDefault(name, out bool exists);
        if (!exists) known.Key = SpeakerNames.Key(name);
        return ref known;
    }

    // The speaker `name` belongs to, or null when no name of its key has been met.
    private SpeakerEntity? SpeakerOf(string name)
    {
        ref var known = ref Known(name);
        if (known.Speaker is null && _byKey.TryGetValue(known.Key, out var speaker)) known.Speaker = speaker;
        return known.Speaker;
    }

    // A speaker with no form yet: one kept from a forgotten section if there is one.
    private SpeakerEntity NewEntity(bool isOrganization, string surname)
    {
        if (_entitiesInUse == _entities.Count) _entities.Add(new SpeakerEntity(isOrganization, surname));
        else _entities[_entitiesInUse].Reset(isOrganization, surname);
        return _entities[_entitiesInUse++];
    }

    // How many of the people sharing a surname LastTouched looks through: the latest to appear. A
    // section with more namesakes than this is a list of names, not reporting; unbounded, each new
    // full name looked through all the earlier ones (1.2 MB of distinct "X·特朗普表示" took 7 s).
    private const int MaxNamesakes = 32;

    // The person of `people` mentioned last, leaving out those with a full name other than
    // `fullNameKey` (none left out for a bare surname, null), among the last MaxNamesakes to appear.
    // A loop, not a query: Named runs for every name mention, and a lambda capturing its locals
    // cost an allocation on every call.
    private static SpeakerEntity? LastTouched(List<SpeakerEntity> people, string? fullNameKey)
    {
        SpeakerEntity? last = null;
        var span = CollectionsMarshal.AsSpan(people);
        foreach (var person in span[Math.Max(0, span.Length - MaxNamesakes)..])
        {
            if (fullNameKey is not null && person.HasOtherFullName(fullNameKey)) continue;
            if (last is null || person.LastTouched > last.LastTouched) last = person;
        }
        return last;
    }

    // A name's key and, once a name of that key is a speaker's, that speaker (see _names).
    private struct KnownName
    {
        public string Key;
        public SpeakerEntity? Speaker;
    }
}
