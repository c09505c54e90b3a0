using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// A pass over the YAML events before the document is loaded into nodes, for what loading cannot
/// report well: a key given twice in one mapping (YamlDotNet's loader throws "Duplicate key"
/// before the schema reader could name the key), and nesting so deep that the recursive loader
/// would overflow the compiler's stack. Iterative, so it is safe on any input.
/// </summary>
internal static class YamlPreScan
{
    /// <summary>Deeper mappings and lists than any schema needs; past this the file is rejected before loading.</summary>
    public const int MaxDepth = 64;

    /// <summary>What was found: "duplicate" (a key given twice, under <see cref="ParentKey"/>) or "depth".</summary>
    public sealed record Finding(string Kind, string Key, string? ParentKey, Mark Start);

    /// <summary>The duplicate keys and the first point nested too deep; empty when the events cannot be read (loading reports that).</summary>
    public static List<Finding> Scan(string text)
    {
        var findings = new List<Finding>();
        var frames = new Stack<Frame>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart:
                        frames.Clear();
                        break;
                    case MappingStart or SequenceStart:
                        if (frames.Count >= MaxDepth)
                        {
                            findings.Add(new Finding("depth", "", null, parser.Current.Start));
                            return findings;
                        }
                        var parentKey = frames.Count > 0 && frames.Peek().IsMapping && !frames.Peek().ExpectKey ? frames.Peek().LastKey : null;
                        frames.Push(new Frame(parser.Current is MappingStart, parentKey));
                        break;
                    case MappingEnd or SequenceEnd:
                        if (frames.Count > 0) frames.Pop();
                        NodeDone(frames, null, default, findings);
                        break;
                    case Scalar scalar:
                        NodeDone(frames, scalar.Value, scalar.Start, findings);
                        break;
                    case AnchorAlias:
                        NodeDone(frames, null, default, findings);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Malformed YAML: loading the document reports the syntax error with its position.
        }
        return findings;
    }

    /// <summary>A node ended inside the top frame: in a mapping, nodes alternate key, value.</summary>
    private static void NodeDone(Stack<Frame> frames, string? scalarKey, Mark start, List<Finding> findings)
    {
        if (frames.Count == 0 || !frames.Peek().IsMapping) return;
        var frame = frames.Peek();
        if (frame.ExpectKey)
        {
            frame.LastKey = scalarKey;
            if (scalarKey is not null && !frame.Keys.Add(scalarKey)) findings.Add(new Finding("duplicate", scalarKey, frame.ParentKey, start));
        }
        frame.ExpectKey = !frame.ExpectKey;
    }

    private sealed class Frame(bool isMapping, string? parentKey)
    {
        public bool IsMapping { get; } = isMapping;
        public string? ParentKey { get; } = parentKey;
        public string? LastKey { get; set; }
        public bool ExpectKey { get; set; } = true;
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
