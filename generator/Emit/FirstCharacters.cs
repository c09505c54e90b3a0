using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Patterns;
using DocSchema.Generator.Validation;

namespace DocSchema.Generator.Emit;

/// <summary>
/// The characters a pattern's match can start (or end) with, as they appear in the text (every
/// width), or null when that set is unknown or too large to help. A lazy <c>any*?</c> uses the
/// first characters of its continuation to skip to the next place it can start, the way the Regex
/// generator finds the next possible match with IndexOfAny; a whole-block match looks at the
/// block's last character before anything else, as an end-anchored Regex does; a lookahead is
/// settled by its first character when it is none of its body's (<see cref="StepSpending"/>).
/// </summary>
/// <remarks>
/// All three rely on one contract: a set returned holds every raw character a match can start
/// (or end) with, as the emitted code and the runtime match it (folding included); it may hold
/// more. When unsure, null.
/// </remarks>
internal static class FirstCharacters
{
    /// <summary>Beyond this many characters a scan with IndexOfAny stops paying off.</summary>
    private const int MaxCharacters = 48;

    private static readonly char[] Space =
        { ' ', '\t', '\v', '\f', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' };

    /// <summary>The raw characters the runtime's classes match first (CharClass), for the classes small enough to list.</summary>
    private static readonly Dictionary<string, char[]> Classes = new()
    {
        ["space"] = Space,
        ["final"] = new[] { '.', '．', '…', '!', '！', '?', '？', '。' },
        ["open-quote"] = new[] { '"', '＂', '“', '「', '『', '‘' },
        ["close-quote"] = new[] { '"', '＂', '”', '」', '』', '’' },
        ["dash"] = new[] { '-', '－', '–', '—', '―' },
        ["digit"] = "0123456789０１２３４５６７８９".ToCharArray(),
    };

    /// <summary>The characters a match of <paramref name="node"/> can start with.</summary>
    public static IReadOnlyCollection<char>? Of(PatternNode node, IReadOnlyDictionary<string, PatternNode> named) =>
        Limit(Compute(node, named, new HashSet<string>(), new Dictionary<string, HashSet<char>?>(), fromEnd: false));

    /// <summary>The characters a match of <paramref name="node"/> can end with.</summary>
    public static IReadOnlyCollection<char>? Last(PatternNode node, IReadOnlyDictionary<string, PatternNode> named) =>
        Limit(Compute(node, named, new HashSet<string>(), new Dictionary<string, HashSet<char>?>(), fromEnd: true));

    private static HashSet<char>? Limit(HashSet<char>? result) =>
        result is null || result.Count == 0 || result.Count > MaxCharacters ? null : result;

    // visiting: the named patterns on the current path. done: the set of each named pattern worked
    // out so far; sets are shared from then on, so no set is modified once returned.
    private static HashSet<char>? Compute(PatternNode node, IReadOnlyDictionary<string, PatternNode> named, HashSet<string> visiting, Dictionary<string, HashSet<char>?> done, bool fromEnd)
    {
        switch (node)
        {
            // A case-insensitive letter is left unknown: invariant case mapping has surprises (ı, K)
            // that a list of forms could miss, and a missed form would skip a real match. So is any
            // other character with a case form (Ⅰ and ⅰ, Ⓐ and ⓐ are no letters).
            case LiteralNode { Text.Length: > 0, IgnoreCase: true } literal when HasCaseForms(Edge(literal.Text, fromEnd)):
                return null;
            case LiteralNode { Text.Length: > 0 } literal:
                return RawForms(Edge(literal.Text, fromEnd));
            case SetNode { Negated: false } set:
            {
                // As the emitted test matches (EmitSet): the character folded, against the range's
                // folded ends, so [\u3000-\u3002] is every character from a space to 。 once folded.
                var result = new HashSet<char>();
                foreach (var range in set.Ranges)
                {
                    int from = CharFolding.Fold(range.From), to = CharFolding.Fold(range.To);
                    if (to - from > MaxCharacters) return null;
                    for (var c = from; c <= to; c++) result.UnionWith(RawForms((char)c));
                }
                return result;
            }
            // Classes that match two characters at once (`...`, `--`) end with a different one
            // than they start with; only single-character classes are listed from the end.
            case ClassNode cls when fromEnd && cls.Name is "final" or "dash":
                return null;
            case ClassNode cls:
                return Classes.TryGetValue(cls.Name, out var chars) ? new HashSet<char>(chars) : null;
            // Once per name, however many paths lead to it: a chain of patterns each using the one
            // before twice would otherwise be walked 2^n times. A name met again on its own path (a
            // cycle, DS0009) is left unknown.
            case ReferenceNode reference when done.TryGetValue(reference.Name, out var known):
                return known;
            case ReferenceNode reference when named.TryGetValue(reference.Name, out var target) && visiting.Add(reference.Name):
            {
                var result = Compute(target, named, visiting, done, fromEnd);
                visiting.Remove(reference.Name);
                done[reference.Name] = result;
                return result;
            }
            case CaptureNode capture:
                return Compute(capture.Body, named, visiting, done, fromEnd);
            case RepeatNode { Min: > 0 } repeat:
                return Compute(repeat.Body, named, visiting, done, fromEnd);
            case ChoiceNode choice:
            {
                var result = new HashSet<char>();
                foreach (var alternative in choice.Alternatives)
                {
                    if (PatternWalker.CanMatchEmpty(alternative, named)) return null;
                    var first = Compute(alternative, named, visiting, done, fromEnd);
                    if (first is null) return null;
                    result.UnionWith(first);
                }
                return result;
            }
            case SequenceNode sequence:
            {
                // The first item that must consume decides, with the optional ones before it adding
                // theirs; from the end, the same in reverse. An end anchor at the end consumes nothing.
                var result = new HashSet<char>();
                foreach (var item in fromEnd ? sequence.Items.Reverse() : sequence.Items)
                {
                    if (item is LookaheadNode { Negative: true }) continue;
                    if (fromEnd && item is AnchorNode { AtEnd: true }) continue;
                    if (item is LookaheadNode or AnchorNode) return null;
                    var first = Compute(item is RepeatNode { Min: 0 } optional ? optional.Body : item, named, visiting, done, fromEnd);
                    if (first is null) return null;
                    result.UnionWith(first);
                    if (!PatternWalker.CanMatchEmpty(item, named)) return result;
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static char Edge(string text, bool fromEnd) => fromEnd ? text[text.Length - 1] : text[0];

    private static bool HasCaseForms(char c) =>
        char.IsLetter(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c;

    /// <summary>Every raw character that folds to <paramref name="c"/>'s folded form (CharClass.Fold): ASCII and full-width, U+3000 for a space.</summary>
    private static HashSet<char> RawForms(char c)
    {
        var folded = CharFolding.Fold(c);
        var forms = new HashSet<char> { folded };
        if (folded > ' ' && folded <= '~') forms.Add((char)(folded + 0xFEE0));
        if (folded == ' ') forms.Add('\u3000');
        return forms;
    }
}
