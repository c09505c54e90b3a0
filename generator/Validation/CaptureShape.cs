using System;
using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Validation;

/// <summary>How often a capture can occur in one match: at least once or maybe not, at most once or many times.</summary>
internal readonly record struct CaptureShape(bool Required, bool Many)
{
    /// <summary>The captures a pattern can produce, with their shapes (lookaheads discard theirs).</summary>
    public static Dictionary<string, CaptureShape> Of(PatternNode node, IReadOnlyDictionary<string, PatternNode> scope) =>
        Of(node, scope, new Dictionary<string, Dictionary<string, CaptureShape>?>(StringComparer.Ordinal));

    // named: the shapes of each named pattern worked out so far; null while a name is being worked out.
    private static Dictionary<string, CaptureShape> Of(PatternNode node, IReadOnlyDictionary<string, PatternNode> scope, Dictionary<string, Dictionary<string, CaptureShape>?> named)
    {
        switch (node)
        {
            case CaptureNode capture:
            {
                var inner = Of(capture.Body, scope, named);
                Add(inner, capture.Name, new CaptureShape(true, false));
                return inner;
            }
            case SequenceNode sequence:
            {
                var result = new Dictionary<string, CaptureShape>();
                foreach (var item in sequence.Items)
                    foreach (var pair in Of(item, scope, named)) Add(result, pair.Key, pair.Value);
                return result;
            }
            case ChoiceNode choice:
            {
                var alternatives = choice.Alternatives.Select(a => Of(a, scope, named)).ToList();
                var result = new Dictionary<string, CaptureShape>();
                foreach (var name in alternatives.SelectMany(a => a.Keys).Distinct())
                {
                    var present = alternatives.Select(a => a.TryGetValue(name, out var s) ? (CaptureShape?)s : null).ToList();
                    result[name] = new CaptureShape(present.All(s => s is { Required: true }), present.Any(s => s is { Many: true }));
                }
                return result;
            }
            case RepeatNode repeat:
            {
                var inner = Of(repeat.Body, scope, named);
                var repeats = repeat.Max != 1;
                return inner.ToDictionary(p => p.Key, p => new CaptureShape(p.Value.Required && repeat.Min > 0, p.Value.Many || repeats));
            }
            case ReferenceNode reference when scope.TryGetValue(reference.Name, out var target):
            {
                // Once per name, however many paths lead to it: a chain of patterns each using the
                // one before twice would otherwise be walked 2^n times. A name met again while it is
                // being worked out is a cycle (DS0009) and adds nothing. Callers add to what they
                // get, so each gets its own copy.
                if (!named.TryGetValue(reference.Name, out var shapes))
                {
                    named[reference.Name] = null;
                    shapes = Of(target, scope, named);
                    named[reference.Name] = shapes;
                }
                return shapes is null ? new Dictionary<string, CaptureShape>() : new Dictionary<string, CaptureShape>(shapes);
            }
            default:
                return new Dictionary<string, CaptureShape>();
        }
    }

    private static void Add(Dictionary<string, CaptureShape> into, string name, CaptureShape shape) =>
        // A name met twice in one sequence occurs more than once: it is a list.
        into[name] = into.TryGetValue(name, out var existing) ? new CaptureShape(true, true) with { Required = existing.Required || shape.Required } : shape;
}
