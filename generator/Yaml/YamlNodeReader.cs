using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using DocSchema.Generator.Patterns;
using DocSchema.Generator.Validation;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// Reads typed values out of YamlDotNet nodes for one file and records a located diagnostic for
/// everything that is not what the schema language allows. Never throws on bad input.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly List<SchemaDiagnostic> _diagnostics = new();

    private LineMap? _lines;

    public YamlNodeReader(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>The file's line starts, built on first use and shared by every location reported in it.</summary>
    public LineMap Lines => _lines ??= new LineMap(Text);

    public IReadOnlyList<SchemaDiagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    /// <summary>Valid keys that an unknown key was taken for a misspelling of ("did you mean").</summary>
    public HashSet<string> SuggestedKeys { get; } = new(StringComparer.Ordinal);

    public SourceLocation Locate(YamlNode node)
    {
        var start = (int)node.Start.Index;
        var end = Math.Max(start, (int)node.End.Index);
        return new SourceLocation(Path, start, end - start, Math.Max(0, (int)node.Start.Line - 1), Math.Max(0, (int)node.Start.Column - 1));
    }

    public void Report(string id, string message, SourceLocation location) => _diagnostics.Add(new SchemaDiagnostic(id, message, location));

    public void Report(string id, string message, YamlNode node) => Report(id, message, Locate(node));

    /// <summary>
    /// The entries of a mapping, keyed by name. Reports keys outside <paramref name="allowed"/>
    /// (suggesting the nearest) and keys given twice; <paramref name="context"/> names the mapping in messages.
    /// </summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode map, string context, IReadOnlyCollection<string> allowed)
    {
        var result = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var entry in map.Children)
        {
            if (entry.Key is not YamlScalarNode key || key.Value is null)
            {
                Report(DiagnosticDescriptors.InvalidValue, $"keys of {context} must be plain names", entry.Key);
                continue;
            }
            if (!allowed.Contains(key.Value))
            {
                if (NameSuggestion.Nearest(key.Value, allowed) is { } nearest) SuggestedKeys.Add(nearest);
                Report(DiagnosticDescriptors.UnknownKey,
                    $"unknown key `{key.Value}` in {context}{NameSuggestion.Hint(key.Value, allowed)} (valid keys: {string.Join(", ", allowed)})", key);
                continue;
            }
            if (result.ContainsKey(key.Value))
            {
                Report(DiagnosticDescriptors.DuplicateName, $"key `{key.Value}` is given twice in {context}; keep one", key);
                continue;
            }
            result[key.Value] = (key, entry.Value);
        }
        return result;
    }

    /// <summary>
    /// An entry written either as its value alone or as <c>{valueKey: value, doc: text}</c> (a named
    /// pattern, a field type): the value node and the doc text; a null value when the long form lacks
    /// <paramref name="valueKey"/> (reported).
    /// </summary>
    public (YamlNode? Value, string? Doc) ValueWithDoc(YamlNode node, string what, string valueKey, string missingHint)
    {
        if (node is not YamlMappingNode map) return (node, null);
        var entries = Entries(map, what, new[] { valueKey, "doc" });
        var doc = entries.TryGetValue("doc", out var d) ? String(d.Value, "`doc`") : null;
        if (entries.TryGetValue(valueKey, out var value)) return (value.Value, doc);
        Report(DiagnosticDescriptors.MissingKey, $"{what} needs a `{valueKey}:`{missingHint}", map);
        return (null, doc);
    }

    /// <summary>A mapping, or null (reported) when <paramref name="node"/> is something else. An empty scalar counts as an empty mapping.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map) return map;
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" }) return new YamlMappingNode();
        Report(DiagnosticDescriptors.InvalidValue, $"{what} must be a mapping of keys", node);
        return null;
    }

    /// <summary>The items of a sequence; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<YamlNode> List(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case YamlScalarNode { Value: null or "" or "~" or "null" }:
                return Array.Empty<YamlNode>();
            case YamlScalarNode scalar:
                return new YamlNode[] { scalar };
            default:
                Report(DiagnosticDescriptors.InvalidValue, $"{what} must be a list", node);
                return Array.Empty<YamlNode>();
        }
    }

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        Report(DiagnosticDescriptors.InvalidValue, $"{what} must be a single value (text), not a {(node is YamlSequenceNode ? "list" : "mapping")}", node);
        return null;
    }

    public bool? Bool(YamlNode node, string what)
    {
        var text = String(node, what);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Report(DiagnosticDescriptors.InvalidValue, $"{what} must be true or false, not `{text}`", node);
                return null;
        }
    }

    public int? Int(YamlNode node, string what, int min, int max)
    {
        var text = String(node, what);
        if (text is null) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Report(DiagnosticDescriptors.InvalidValue, $"{what} must be a whole number from {min} to {max}, not `{text}`", node);
        return null;
    }

    /// <summary>One of <paramref name="choices"/>, or null (reported).</summary>
    public string? Choice(YamlNode node, string what, params string[] choices)
    {
        var text = String(node, what);
        if (text is null) return null;
        if (choices.Contains(text)) return text;
        Report(DiagnosticDescriptors.InvalidValue,
            $"{what} must be one of {string.Join(", ", choices.Select(c => "`" + c + "`"))}, not `{text}`{NameSuggestion.Hint(text, choices)}", node);
        return null;
    }

    /// <summary>A pattern the schema did not write (a role's default), located at the role.</summary>
    public PatternSpec DefaultPattern(string source, SourceLocation location)
    {
        var (root, _) = PatternParser.ParsePattern(source);
        return new PatternSpec(source, root!, location, EquatableArray<LineAnchor>.Empty);
    }

    /// <summary>Parses a pattern scalar; a syntax error is reported at its exact line and column.</summary>
    public PatternSpec? Pattern(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticDescriptors.InvalidValue, $"{what} must be a pattern string", node);
            return null;
        }
        var (source, anchors) = ScalarLocator.Read(Path, Text, Lines, scalar);
        var (root, error) = PatternParser.ParsePattern(source);
        var lines = anchors.ToEquatableArray();
        var location = Locate(scalar);
        if (error is not null)
        {
            var at = new PatternSpec(source, new LiteralNode(0, "", false), location, lines).Locate(error.Offset);
            Report(DiagnosticDescriptors.PatternSyntax, $"{what}: {error.Message} (at offset {error.Offset} of the pattern)", at);
            return null;
        }
        return new PatternSpec(source, root!, location, lines);
    }
}
