using System;
using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Yaml;

/// <summary>Reads a <c>layout:</c> list into <see cref="LayoutElement"/>s (docs/schema-language.md#layout-and-roles).</summary>
internal sealed class LayoutReader
{
    public static readonly string[] StandardRoles = { "headline", "caption", "body", "boilerplate", "sections" };

    private static readonly string[] BlockRoleKeys = { "match", "count", "optional", "doc" };
    private static readonly string[] CustomRoleKeys = { "match", "count", "optional", "doc", "fields" };
    private static readonly string[] BodyKeys = { "dateline", "subheading", "caption", "end", "doc" };
    private static readonly string[] BoilerplateKeys = { "related", "doc" };
    private static readonly string[] RelatedKeys = { "after", "separator", "item" };
    private static readonly string[] SlotNames = { "caption", "headline", "section", "teaser" };
    private static readonly string[] SlotKeys = { "match", "joined", "optional" };
    private static readonly string[] TeaserSlotKeys = { "match", "joined", "optional", "dateline" };
    private static readonly string[] SectionsKeys = { "split", "align", "layout", "doc" };

    private readonly YamlNodeReader _reader;

    public LayoutReader(YamlNodeReader reader) => _reader = reader;

    public List<LayoutElement> ReadLayout(YamlNode node, bool nested)
    {
        var result = new List<LayoutElement>();
        var items = _reader.List(node, "`layout`");
        if (items.Count == 0 && node is not YamlSequenceNode { Children.Count: > 0 })
        {
            _reader.Report(DiagnosticDescriptors.MissingKey, "`layout` lists at least one role, e.g. `- body: {}`", node);
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var (roleKey, settings) = RoleOf(item);
            if (roleKey?.Value is not { } role) continue;
            if (!Names.IsKebab(role))
            {
                _reader.Report(DiagnosticDescriptors.InvalidName,
                    $"`{Names.Shorten(role)}` is not a valid role name: use lower-case letters and digits joined by hyphens, e.g. `byline`", roleKey);
                continue;
            }
            if (!seen.Add(role))
            {
                _reader.Report(DiagnosticDescriptors.DuplicateName, $"role `{role}` appears twice in this layout; a role is listed once (use `count:` for repeats)", roleKey);
                continue;
            }
            var element = ReadRole(role, roleKey, settings, nested);
            if (element is not null) result.Add(element);
        }
        return result;
    }

    private (YamlScalarNode? Key, YamlNode? Settings) RoleOf(YamlNode item)
    {
        switch (item)
        {
            case YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value):
                return (scalar, null);
            case YamlMappingNode { Children.Count: 1 } map when map.Children.First().Key is YamlScalarNode key:
                return (key, map.Children.First().Value);
            default:
                _reader.Report(DiagnosticDescriptors.InvalidValue,
                    "each layout entry is one role and its settings, e.g. `- headline: {match: \"@headline\"}`", item);
                return (null, null);
        }
    }

    private LayoutElement? ReadRole(string role, YamlScalarNode key, YamlNode? settingsNode, bool nested)
    {
        var location = _reader.Locate(key);
        var settings = settingsNode is null ? new YamlMappingNode() : _reader.Mapping(settingsNode, $"the settings of `{role}`");
        if (settings is null) return null;
        switch (role)
        {
            case "headline":
            case "caption":
                return ReadBlockRole(role, location, settings, role == "headline" ? BlockRoleKind.Headline : BlockRoleKind.Caption, BlockRoleKeys);
            case "body":
                return ReadBody(location, settings);
            case "boilerplate":
                if (nested) _reader.Report(DiagnosticDescriptors.InvalidValue, "`boilerplate` belongs to the top-level layout, after `sections`", key);
                return ReadBoilerplate(location, settings);
            case "sections":
                if (nested)
                {
                    _reader.Report(DiagnosticDescriptors.InvalidValue, "`sections` cannot be nested inside `sections`", key);
                    return null;
                }
                return ReadSections(location, settings);
            default:
                if (Validation.GeneratedCodeNames.ReservedRoleMembers.Contains(Names.Pascal(role)))
                {
                    _reader.Report(DiagnosticDescriptors.InvalidName,
                        $"`{role}` is a member every article already has; name this role differently{Validation.NameSuggestion.Hint(role, StandardRoles)}", key);
                    return null;
                }
                if (nested)
                {
                    _reader.Report(DiagnosticDescriptors.InvalidValue,
                        $"custom role `{role}` cannot be used inside `sections` (a section has headline, caption and body only){Validation.NameSuggestion.Hint(role, StandardRoles)}", key);
                    return null;
                }
                return ReadBlockRole(role, location, settings, BlockRoleKind.Custom, CustomRoleKeys);
        }
    }

    private BlockRoleElement? ReadBlockRole(string role, SourceLocation location, YamlMappingNode settings, BlockRoleKind kind, string[] keys)
    {
        var entries = _reader.Entries(settings, $"role `{role}`", keys);
        PatternSpec? match = null;
        if (entries.TryGetValue("match", out var m)) match = _reader.Pattern(m.Value, $"`{role}.match`");
        else if (kind == BlockRoleKind.Headline)
            match = _reader.DefaultPattern("@headline", location);
        else
            _reader.Report(DiagnosticDescriptors.MissingKey,
                $"{(kind == BlockRoleKind.Custom ? "custom role" : "role")} `{role}` needs a `match:` pattern that says which block it is", location);

        var (min, max) = (0, 1);
        if (entries.TryGetValue("count", out var c) && _reader.Choice(c.Value, $"`{role}.count`", "1", "?", "*", "+") is { } count)
            (min, max) = count switch { "1" => (1, 1), "*" => (0, -1), "+" => (1, -1), _ => (0, 1) };
        if (entries.TryGetValue("optional", out var o) && _reader.Bool(o.Value, $"`{role}.optional`") is { } optional)
        {
            if (entries.ContainsKey("count"))
                _reader.Report(DiagnosticDescriptors.InvalidValue, $"role `{role}` has both `count` and `optional`; keep `count`", o.Key);
            else
                (min, max) = optional ? (0, 1) : (1, 1);
        }
        var doc = entries.TryGetValue("doc", out var d) ? _reader.String(d.Value, "`doc`") : null;
        var fields = entries.TryGetValue("fields", out var f) ? ReadFields(role, f.Value) : new List<FieldSpec>();
        return new BlockRoleElement(role, location, kind, match, min, max, doc, fields.ToEquatableArray());
    }

    private List<FieldSpec> ReadFields(string role, YamlNode node)
    {
        var result = new List<FieldSpec>();
        if (_reader.Mapping(node, $"`{role}.fields`") is not { } map) return result;
        foreach (var entry in map.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } name } key || !Names.IsKebab(name))
            {
                _reader.Report(DiagnosticDescriptors.InvalidName, "field names are lower-case words joined by hyphens, like the captures they type", entry.Key);
                continue;
            }
            var (typeNode, doc) = _reader.ValueWithDoc(entry.Value, $"field `{name}`", "type", " (text, int, month, with ? or list<…>)");
            if (typeNode is null) continue;
            if (_reader.String(typeNode, $"the type of `{name}`") is not { } typeText) continue;
            if (!TryParseType(typeText.Trim(), out var type, out var isList, out var isOptional))
            {
                _reader.Report(DiagnosticDescriptors.InvalidValue,
                    $"`{Names.Shorten(typeText)}` is not a field type: use text, int or month, optionally with `?` (text?) or as a list (list<text>)", typeNode);
                continue;
            }
            result.Add(new FieldSpec(name, type, isList, isOptional, doc, _reader.Locate(key)));
        }
        return result;
    }

    private static bool TryParseType(string text, out FieldType type, out bool isList, out bool isOptional)
    {
        isList = false;
        isOptional = false;
        if (text.StartsWith("list<", StringComparison.Ordinal) && text.EndsWith(">", StringComparison.Ordinal))
        {
            isList = true;
            text = text.Substring(5, text.Length - 6).Trim();
        }
        else if (text.EndsWith("?", StringComparison.Ordinal))
        {
            isOptional = true;
            text = text.Substring(0, text.Length - 1);
        }
        switch (text)
        {
            case "text": type = FieldType.Text; return true;
            case "int": type = FieldType.Int; return true;
            case "month": type = FieldType.Month; return true;
            default: type = FieldType.Text; return false;
        }
    }

    private BodyElement ReadBody(SourceLocation location, YamlMappingNode settings)
    {
        var entries = _reader.Entries(settings, "role `body`", BodyKeys);
        PatternSpec? Optional(string key) => entries.TryGetValue(key, out var e) ? _reader.Pattern(e.Value, $"`body.{key}`") : null;
        var end = new List<PatternSpec>();
        if (entries.TryGetValue("end", out var endEntry))
            foreach (var item in _reader.List(endEntry.Value, "`body.end`"))
                if (_reader.Pattern(item, "`body.end`") is { } spec) end.Add(spec);
        return new BodyElement(location, Optional("dateline"), Optional("subheading"), Optional("caption"), end.ToEquatableArray());
    }

    private BoilerplateElement ReadBoilerplate(SourceLocation location, YamlMappingNode settings)
    {
        var entries = _reader.Entries(settings, "role `boilerplate`", BoilerplateKeys);
        RelatedSpec? related = null;
        if (entries.TryGetValue("related", out var r) && _reader.Mapping(r.Value, "`boilerplate.related`") is { } relatedMap)
            related = ReadRelated(relatedMap);
        return new BoilerplateElement(location, related);
    }

    private RelatedSpec? ReadRelated(YamlMappingNode map)
    {
        var entries = _reader.Entries(map, "`related`", RelatedKeys);
        var after = entries.TryGetValue("after", out var a) ? _reader.Pattern(a.Value, "`related.after`") : null;
        PatternSpec? separator = null;
        if (entries.TryGetValue("separator", out var s)) separator = _reader.Pattern(s.Value, "`related.separator`");
        else _reader.Report(DiagnosticDescriptors.MissingKey, "`related` needs a `separator:` pattern for the line that starts each teaser", map);

        var slots = new List<RelatedSlot>();
        if (!entries.TryGetValue("item", out var itemEntry))
            _reader.Report(DiagnosticDescriptors.MissingKey, "`related` needs an `item:` list of the lines of a teaser (caption, headline, section, teaser)", map);
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in _reader.List(itemEntry.Value, "`related.item`"))
            {
                var (key, settingsNode) = RoleOf(item);
                if (key?.Value is not { } name) continue;
                if (!SlotNames.Contains(name))
                {
                    _reader.Report(DiagnosticDescriptors.UnknownKey,
                        $"unknown teaser line `{Names.Shorten(name)}`{Validation.NameSuggestion.Hint(name, SlotNames)} (valid: {string.Join(", ", SlotNames)})", key);
                    continue;
                }
                if (!seen.Add(name))
                {
                    _reader.Report(DiagnosticDescriptors.DuplicateName, $"teaser line `{name}` is listed twice", key);
                    continue;
                }
                var settings = settingsNode is null ? new YamlMappingNode() : _reader.Mapping(settingsNode, $"the settings of `{name}`");
                if (settings is null) continue;
                var slotEntries = _reader.Entries(settings, $"teaser line `{name}`", name == "teaser" ? TeaserSlotKeys : SlotKeys);
                var match = slotEntries.TryGetValue("match", out var m) ? _reader.Pattern(m.Value, $"`{name}.match`") : null;
                var joined = slotEntries.TryGetValue("joined", out var j) && (_reader.Bool(j.Value, $"`{name}.joined`") ?? false);
                var optional = name != "headline";
                if (slotEntries.TryGetValue("optional", out var o) && _reader.Bool(o.Value, $"`{name}.optional`") is { } isOptional)
                    optional = isOptional;
                var dateline = slotEntries.TryGetValue("dateline", out var d) ? _reader.Pattern(d.Value, "`teaser.dateline`") : null;
                slots.Add(new RelatedSlot(name, match, joined, optional, dateline, _reader.Locate(key)));
            }
            if (!seen.Contains("headline") && itemEntry.Value is YamlNode node)
                _reader.Report(DiagnosticDescriptors.MissingKey, "a teaser `item` needs a `headline` line", node);
        }
        return separator is null ? null : new RelatedSpec(after, separator, slots.ToEquatableArray(), _reader.Locate(map));
    }

    private SectionsElement? ReadSections(SourceLocation location, YamlMappingNode settings)
    {
        var entries = _reader.Entries(settings, "role `sections`", SectionsKeys);
        if (entries.TryGetValue("split", out var split)) _reader.Choice(split.Value, "`sections.split`", "language");
        var align = entries.TryGetValue("align", out var a) && _reader.Choice(a.Value, "`sections.align`", "gale-church", "none") == "gale-church";
        List<LayoutElement> layout;
        if (entries.TryGetValue("layout", out var l)) layout = ReadLayout(l.Value, nested: true);
        else
        {
            _reader.Report(DiagnosticDescriptors.MissingKey, "`sections` needs a `layout:` that reads each section, e.g. `[{headline: {}}, {body: {}}]`", location);
            return null;
        }
        return new SectionsElement(location, align, layout.ToEquatableArray());
    }
}
