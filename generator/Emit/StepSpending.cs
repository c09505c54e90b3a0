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
        new Walk(named).BeforeFirst(node);

    // Each named pattern's answers are worked out once per question, as in PatternWalker and
    // FirstCharacters: a chain of patterns each naming the one before twice (`@p | @p`) would
    // otherwise be walked 2^n times. A name met again on its own path (a cycle, DS0009) counts as spending.
    private sealed class Walk(IReadOnlyDictionary<string, PatternNode> named)
    {
        private readonly Dictionary<string, bool?> _beforeFirst = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool?> _spends = new(StringComparer.Ordinal);

        public bool BeforeFirst(PatternNode node)
        {
            switch (node)
            {
                case LiteralNode or ClassNode or SetNode or AnchorNode:
                    return false;
                case RepeatNode:
                    return true;
                // A lookahead runs its whole body where it stands, before anything after it.
                case LookaheadNode look:
                    return Spends(look.Body);
                case CaptureNode capture:
                    return BeforeFirst(capture.Body);
                case ChoiceNode choice:
                    return choice.Alternatives.Any(BeforeFirst);
                case SequenceNode sequence:
                    // Items that may consume nothing run before the first that must consume tests its character.
                    foreach (var item in sequence.Items)
                    {
                        if (BeforeFirst(item)) return true;
                        if (!PatternWalker.CanMatchEmpty(item, named)) return false;
                    }
                    return false;
                case ReferenceNode reference:
                    return Named(reference.Name, _beforeFirst, BeforeFirst);
                default:
                    return true;
            }
        }

        // True when matching `node` may spend a step anywhere: it holds a repeat, itself or through a name.
        public bool Spends(PatternNode node)
        {
            foreach (var descendant in PatternWalker.Descendants(node))
            {
                if (descendant is RepeatNode) return true;
                if (descendant is ReferenceNode reference && Named(reference.Name, _spends, Spends)) return true;
            }
            return false;
        }

        // The answer for a named pattern, worked out once: null while it is (a cycle), and an
        // unknown name, count as spending.
        private bool Named(string name, Dictionary<string, bool?> known, Func<PatternNode, bool> question)
        {
            if (known.TryGetValue(name, out var answer)) return answer ?? true;
            if (!named.TryGetValue(name, out var target)) return true;
            known[name] = null;
            var result = question(target);
            known[name] = result;
            return result;
        }
    }
}
