using YamlDotNet.RepresentationModel;

namespace DocSchema.EndToEnd.Tests.Support;

/// <summary>
/// A read-only view of a gold annotation file (format: the fixtures README): navigate with the
/// indexer, read scalars with <see cref="String"/>/<see cref="Int"/>. A missing key reads as null.
/// </summary>
public sealed class GoldNode
{
    private readonly YamlNode? _node;

    private GoldNode(YamlNode? node) => _node = node;

    /// <summary>Loads a gold file copied next to the tests (Gold/NAME.yaml).</summary>
    public static GoldNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(SampleFiles.GoldPath(name));
        stream.Load(reader);
        return new GoldNode(stream.Documents[0].RootNode);
    }

    /// <summary>The value at <paramref name="key"/> of a mapping (a missing key gives a null node).</summary>
    public GoldNode this[string key] =>
        _node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? new GoldNode(value) : new GoldNode(null);

    /// <summary>True when the node is absent or YAML null.</summary>
    public bool IsNull => _node is null || _node is YamlScalarNode { Value: null or "null" or "~" or "" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;

    /// <summary>The scalar text, or null.</summary>
    public string? String() => IsNull ? null : ((YamlScalarNode)_node!).Value;

    /// <summary>The scalar as an integer.</summary>
    public int Int() => int.Parse(String() ?? throw new InvalidOperationException("gold value is null"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The items of a sequence (empty when absent).</summary>
    public IReadOnlyList<GoldNode> Items() => _node is YamlSequenceNode seq ? seq.Children.Select(c => new GoldNode(c)).ToList() : [];

    /// <summary>The items of a sequence of scalars.</summary>
    public IReadOnlyList<string> Strings() => Items().Select(i => i.String()!).ToList();
}
