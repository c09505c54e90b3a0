using System;
using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Patterns;
using DocSchema.Generator.Validation;

namespace DocSchema.Generator.Emit;

/// <summary>
/// Where generated code spends the parse's step budget (<c>ParseContext.Step</c>): every iteration
/// of a repeat, greedy or lazy, spends a step before it tries its body. A routine that spends none
/// before it tests its first character fails at a character it cannot start with exactly as a
/// check of that character alone would: no steps, no captures, no other effect. That is what lets
/// a lookahead be answered by its first character (<see cref="PatternEmitter"/>) with the budget,
/// and so every answer under it, unchanged.
/// </summary>
internal static class StepSpending
{
    /// <summary>
    /// True when matching <paramref name="node"/> may spend a step before it tests the character it
    /// starts at (conservatively: true when unsure).
    /// </summary>
    public static bool MaySpendBeforeFirstCharacter(PatternNode node, IReadOnlyDictionary<string, PatternNode> named) =>
        BeforeFirst(node, named, new HashSet<string>(StringComparer.Ordinal));

    // visiting: the named patterns on the current path; one met again (a cycle, DS0009) counts as spending.
    private static bool BeforeFirst(PatternNode node, IReadOnlyDictionary<string, PatternNode> named, HashSet<string> visiting)
    {
        switch (node)
        {
            case LiteralNode or ClassNode or SetNode or AnchorNode:
                return false;
            case RepeatNode:
                return true;
            // A lookahead runs its whole body where it stands, before anything after it.
            case LookaheadNode look:
                return Spends(look.Body, named, new Dictionary<string, bool?>(StringComparer.Ordinal));
            case CaptureNode capture:
                return BeforeFirst(capture.Body, named, visiting);
            case ChoiceNode choice:
                return choice.Alternatives.Any(a => BeforeFirst(a, named, visiting));
            case SequenceNode sequence:
                // Items that may consume nothing run before the first that must consume tests its character.
                foreach (var item in sequence.Items)
                {
                    if (BeforeFirst(item, named, visiting)) return true;
                    if (!PatternWalker.CanMatchEmpty(item, named)) return false;
                }
                return false;
            case ReferenceNode reference:
            {
                if (!named.TryGetValue(reference.Name, out var target) || !visiting.Add(reference.Name)) return true;
                var result = BeforeFirst(target, named, visiting);
                visiting.Remove(reference.Name);
                return result;
            }
            default:
                return true;
        }
    }

    // True when matching `node` may spend a step anywhere: it holds a repeat, itself or through a
    // name. known: each name's answer once worked out, null while it is (a cycle counts as spending).
    private static bool Spends(PatternNode node, IReadOnlyDictionary<string, PatternNode> named, Dictionary<string, bool?> known)
    {
        foreach (var descendant in PatternWalker.Descendants(node))
        {
            if (descendant is RepeatNode) return true;
            if (descendant is not ReferenceNode reference) continue;
            if (known.TryGetValue(reference.Name, out var answer))
            {
                if (answer ?? true) return true;
                continue;
            }
            if (!named.TryGetValue(reference.Name, out var target)) return true;
            known[reference.Name] = null;
            var spends = Spends(target, named, known);
            known[reference.Name] = spends;
            if (spends) return true;
        }
        return false;
    }
}
