using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Cli.Evaluation;

/// <summary>Reads gold annotation files (docs/evaluation.md) into <see cref="GoldDocument"/>s.</summary>
internal static class GoldReader
{
    /// <summary>Reads the gold file at <paramref name="path"/>; throws <see cref="InvalidDataException"/> with the place of the problem.</summary>
    public static GoldDocument Read(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}({ex.Start.Line},{ex.Start.Column}): {ex.Message}", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidDataException($"{path}: a gold file is a YAML mapping (see docs/evaluation.md)");

        var name = Path.GetFileNameWithoutExtension(path);
        var multi = Get(root, "sections") is YamlSequenceNode;
        var sections = new List<GoldSection>();
        if (multi)
        {
            var quotesBySection = Get(root, "quotes") as YamlMappingNode;
            foreach (var node in ((YamlSequenceNode)Get(root, "sections")!).Children.OfType<YamlMappingNode>())
            {
                var language = Text(Get(node, "language"));
                // Quotes of a section are listed under its language's primary subtag (zh, en).
                var key = language?.Split('-')[0];
                var quotes = key is not null && quotesBySection is not null ? Quotes(Get(quotesBySection, key)) : [];
                sections.Add(Section(node, quotes));
            }
        }
        else
        {
            sections.Add(Section(root, Quotes(Get(root, "quotes"))));
        }

        var related = Get(root, "related") as YamlMappingNode;
        var alignment = Get(root, "alignment") as YamlMappingNode;
        return new GoldDocument(
            name,
            Text(Get(root, "source")),
            Text(Get(root, "language")),
            sections,
            multi,
            Quotes(Get(root, "caption_quotes")),
            related is null ? null : Int(Get(related, "count")),
            alignment is null ? null : Int(Get(alignment, "pairs")));
    }

    private static GoldSection Section(YamlMappingNode node, IReadOnlyList<GoldQuote> quotes)
    {
        var paragraphs = Get(node, "paragraphs") as YamlMappingNode;
        var starts = paragraphs is null ? [] : Strings(Get(paragraphs, "starts"));
        IReadOnlyList<(string, int)>? subheadings = Get(node, "subheadings") is YamlSequenceNode s
            ? s.Children.OfType<YamlMappingNode>().Select(m => (Text(Get(m, "text")) ?? "", Int(Get(m, "before_paragraph")) ?? 0)).ToList()
            : null;
        var dateline = Get(node, "dateline") is YamlMappingNode d
            ? new GoldDateline(Get(d, "places") is YamlSequenceNode ? Strings(Get(d, "places")) : null, Int(Get(d, "day")))
            : null;
        return new GoldSection(
            Text(Get(node, "language")),
            Has(node, "headline"),
            Text(Get(node, "headline")),
            Has(node, "dateline"),
            dateline,
            paragraphs is null ? null : Int(Get(paragraphs, "count")),
            starts,
            subheadings,
            Get(node, "captions") is YamlSequenceNode captions ? captions.Children.Count : null,
            quotes);
    }

    private static IReadOnlyList<GoldQuote> Quotes(YamlNode? node) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(q => new GoldQuote(
                Int(Get(q, "paragraph")) ?? 0, Text(Get(q, "starts")) ?? "", Text(Get(q, "speaker")), Text(Get(q, "kind")))).ToList()
            : [];

    private static bool Has(YamlMappingNode map, string key) => map.Children.ContainsKey(new YamlScalarNode(key));

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node) =>
        node is YamlScalarNode { Value: { } value } scalar && !(scalar.Style == ScalarStyle.Plain && value is "null" or "~" or "") ? value : null;

    private static int? Int(YamlNode? node) =>
        int.TryParse(Text(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static IReadOnlyList<string> Strings(YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children.Select(Text).Where(t => t is not null).Select(t => t!).ToList() : [];
}
