using System;
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
    public static bool CanMatchEmpty(PatternNode node, IReadOnlyDictionary<string, PatternNode> scope) =>
        CanMatchEmpty(node, scope, new Dictionary<string, bool?>(StringComparer.Ordinal));

    // known: the answer for each named pattern worked out so far, null while a name is being worked out.
    private static bool CanMatchEmpty(PatternNode node, IReadOnlyDictionary<string, PatternNode> scope, Dictionary<string, bool?> known) => node switch
    {
        LiteralNode l => l.Text.Length == 0,
        ClassNode or SetNode => false,
        ReferenceNode r => scope.TryGetValue(r.Name, out var target) && Named(r.Name, target, scope, known),
        SequenceNode s => s.Items.All(i => CanMatchEmpty(i, scope, known)),
        ChoiceNode c => c.Alternatives.Any(a => CanMatchEmpty(a, scope, known)),
        RepeatNode r => r.Min == 0 || CanMatchEmpty(r.Body, scope, known),
        CaptureNode c => CanMatchEmpty(c.Body, scope, known),
        _ => true,
    };

    /// <summary>
    /// Whether the named pattern <paramref name="name"/> can match nothing, worked out once: a name
    /// used twice (<c>@o @o</c>) gets the same answer both times, and a chain of patterns each using the
    /// one before twice takes linear time, not 2^n. Only a name on the current path stops the walk:
    /// that is a cycle (DS0009, which stops the schema before anything relies on this answer), and
    /// it counts as consuming, the least answer that ends the recursion.
    /// </summary>
    private static bool Named(string name, PatternNode target, IReadOnlyDictionary<string, PatternNode> scope, Dictionary<string, bool?> known)
    {
        if (known.TryGetValue(name, out var answer)) return answer ?? false;
        known[name] = null;
        var result = CanMatchEmpty(target, scope, known);
        known[name] = result;
        return result;
    }
}
