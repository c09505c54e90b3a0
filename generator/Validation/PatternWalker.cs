using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Validation;

/// <summary>Walks pattern trees: every node, and facts about them (can a pattern match nothing?).</summary>
internal static class PatternWalker
{
    /// <summary>The node and all nodes below it (references are not followed).</summary>
    public static IEnumerable<PatternNode> Descendants(PatternNode node)
    {
        var stack = new Stack<PatternNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current).Reverse()) stack.Push(child);
        }
    }

    public static IEnumerable<PatternNode> Children(PatternNode node) => node switch
    {
        SequenceNode s => s.Items,
        ChoiceNode c => c.Alternatives,
        RepeatNode r => new[] { r.Body },
        LookaheadNode l => new[] { l.Body },
        CaptureNode c => new[] { c.Body },
        _ => Enumerable.Empty<PatternNode>(),
    };

    /// <summary>True when <paramref name="node"/> can succeed without consuming a character.</summary>
    public static bool CanMatchEmpty(PatternNode node, IReadOnlyDictionary<string, PatternNode> scope, HashSet<string>? visiting = null) => node switch
    {
        LiteralNode l => l.Text.Length == 0,
        ClassNode or SetNode => false,
        ReferenceNode r => scope.TryGetValue(r.Name, out var target) && (visiting ??= new HashSet<string>()).Add(r.Name)
            && CanMatchEmpty(target, scope, visiting),
        SequenceNode s => s.Items.All(i => CanMatchEmpty(i, scope, visiting)),
        ChoiceNode c => c.Alternatives.Any(a => CanMatchEmpty(a, scope, visiting)),
        RepeatNode r => r.Min == 0 || CanMatchEmpty(r.Body, scope, visiting),
        CaptureNode c => CanMatchEmpty(c.Body, scope, visiting),
        _ => true,
    };
}
