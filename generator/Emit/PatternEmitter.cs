using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocSchema.Generator.Model;
using DocSchema.Generator.Patterns;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Emit;

/// <summary>
/// Compiles patterns into C# match routines. Every node becomes a small static method
/// <c>bool M(ParseContext c, ref int pos)</c> with one invariant: on failure it leaves
/// <c>pos</c> and the captures as it found them. Matching is PEG: ordered choice, possessive
/// greedy repetition, lazy repetition that tries the rest of its sequence first. Loops spend
/// the parse's step budget, which bounds the total work by a constant times the input length.
/// </summary>
internal sealed class PatternEmitter
{
    /// <summary>The class of the capture slot constants, nested in <c>Patterns</c>.</summary>
    private const string SlotsClass = "Slots";

    private readonly IReadOnlyDictionary<string, PatternNode> _named;
    // Members of Patterns, which is nested in the article type in its namespace: three levels in.
    private readonly CodeWriter _code = new(indent: 3);
    private readonly SortedDictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emittedNamed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _methodNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _searchValues = new(StringComparer.Ordinal);
    // The routines asked to be inlined into their callers (IsSmall), and the named patterns' sizes.
    private readonly HashSet<string> _inlined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _namedSizes = new(StringComparer.Ordinal);

    // The routine emitted for each class or set node: the skip over a run (RunOpeningTheRest)
    // calls the one its continuation's repeat already has. Keyed by value: nodes equal in value
    // match the same characters, so either's routine serves.
    private readonly Dictionary<PatternNode, string> _characterRoutines = [];

    /// <summary>The most pattern nodes a routine inlined into its callers may hold (see <see cref="IsSmall"/>).</summary>
    private const int InlineNodeLimit = 4;

    public PatternEmitter(IEnumerable<NamedPattern> patterns) =>
        _named = patterns.ToDictionary(p => p.Name, p => p.Pattern.Root, StringComparer.Ordinal);

    /// <summary>The C# expression for the capture slot of <paramref name="name"/> (allocated on first use).</summary>
    public string Slot(string name)
    {
        if (!_slots.ContainsKey(name)) _slots[name] = _slots.Count;
        return $"Patterns.{SlotsClass}.{SlotConstant(name)}";
    }

    /// <summary>
    /// The constant of capture <paramref name="name"/> in <c>Slots</c>: its C# name, except for a
    /// capture named <c>slots</c>, whose C# name is the class's own, which a member may not have
    /// (CS0542). That one takes a trailing underscore, which no other capture's constant can have
    /// (the C# name of a kebab-case name has none); renaming the class instead would change the
    /// generated code of every schema.
    /// </summary>
    private static string SlotConstant(string name)
    {
        var constant = Names.Pascal(name);
        return constant == SlotsClass ? constant + "_" : constant;
    }

    /// <summary>Emits <c>bool {name}(ParseContext context, TextSpan block)</c>: does the whole block match?</summary>
    public string Whole(PatternSpec spec, string name)
    {
        // Entry points start with "Match", named patterns with "At": the two can never collide.
        name = Unique("Match" + name);
        var root = spec.Root is SequenceNode sequence
            ? sequence with { Items = sequence.Items.Concat(new PatternNode[] { new AnchorNode(spec.Source.Length, true) }).ToEquatableArray() }
            : new SequenceNode(0, new[] { spec.Root, new AnchorNode(spec.Source.Length, true) }.ToEquatableArray());
        var body = Node(root, name);
        var last = FirstCharacters.Last(spec.Root, _named) is { } ends && !PatternWalker.CanMatchEmpty(spec.Root, _named)
            ? Membership(ends, "context.Text[block.End - 1]")
            : null;
        _code.Line("// Matches a whole block: " + CSharpText.Comment(PatternPrinter.Print(spec.Root), xml: false));
        _code.Open($"internal static bool {name}({RuntimeTypes.ParseContext} context, {RuntimeTypes.TextSpan} block)");
        // A block can only match if it ends with a character the pattern can end with: one look
        // at the last character rules out most blocks before any matching starts.
        if (last is not null) _code.Line($"if (block.IsEmpty || !({last})) return false;");
        _code.Line("context.BeginMatch(block);");
        _code.Line("var pos = block.Start;");
        _code.Line($"return {body}(context, ref pos);");
        _code.Close().Line();
        return "Patterns." + name;
    }

    /// <summary>Emits <c>bool {name}(ParseContext context, TextSpan block, out int end)</c>: does the block start with a match?</summary>
    public string Prefix(PatternSpec spec, string name)
    {
        name = Unique("Match" + name);
        var body = Node(spec.Root, name);
        _code.Line("// Matches the start of a block: " + CSharpText.Comment(PatternPrinter.Print(spec.Root), xml: false));
        _code.Open($"internal static bool {name}({RuntimeTypes.ParseContext} context, {RuntimeTypes.TextSpan} block, out int end)");
        _code.Line("context.BeginMatch(block);");
        _code.Line("var pos = block.Start;");
        _code.Line($"var matched = {body}(context, ref pos);");
        _code.Line("end = pos;");
        _code.Line("return matched;");
        _code.Close().Line();
        return "Patterns." + name;
    }

    /// <summary>Writes the <c>Slots</c> constants and every routine emitted so far.</summary>
    public void WriteTo(CodeWriter writer)
    {
        writer.Line("/// <summary>The match routines of this schema's patterns.</summary>");
        writer.Open("private static class Patterns");
        writer.Line("/// <summary>Capture slots: one per capture name used in the schema.</summary>");
        writer.Open("internal static class " + SlotsClass);
        foreach (var slot in _slots) writer.Line($"internal const int {SlotConstant(slot.Key)} = {slot.Value.ToString(CultureInfo.InvariantCulture)};");
        writer.Close().Line();
        foreach (var pair in _searchValues.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            writer.Line($"/// <summary>{CSharpText.Comment(pair.Key, xml: true)}</summary>");
            writer.Line($"private static readonly {SystemTypes.SearchValues}<char> {pair.Value} = {SystemTypes.SearchValues}.Create({CSharpText.String(pair.Key)});");
            writer.Line();
        }
        writer.Raw(_code.ToString().TrimEnd('\n') + "\n");
        writer.Close();
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !_methodNames.Add(candidate); i++) candidate = name + i.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>
    /// Whether the routine of <paramref name="node"/> is small enough to be inlined into its callers:
    /// at most <see cref="InlineNodeLimit"/> pattern nodes, counting whole the routines inlined into
    /// it and the others as one call each.
    /// </summary>
    /// <remarks>
    /// A pattern is a tree of routines, most of them a few tests between a prologue and an epilogue
    /// that save six registers: a dateline's '日' or ')' was a call of its own, an optional part three
    /// calls deep. Inlined, a small routine becomes part of the routine that uses it, with its
    /// positions in registers: about 3 % fewer instructions in a native Oriental Daily document and
    /// 4 % in a teaser-heavy one (docs/performance-history.md, twenty-seventh and twenty-eighth rounds).
    /// The compiler's inlining budget bounds one method, not the program, and the JIT's dynamic
    /// profile already inlines what is hot: with a limit of 16 nodes, code compiled by the JIT gained
    /// nothing on the shipped pages and took 16–21 % more time under the generic-news schema and
    /// 7–9 % more under a schema with a 300-literal pattern used by 300 alternatives, whose hot
    /// code was 1.9 times as large (bench -- code-cost); inlining every routine cost that schema
    /// 11 times the JIT time (the twenty-seventh round's review). Four nodes parse as fast as no
    /// inlining under the JIT and keep most of the native gain, giving back 0.55 % of an Oriental
    /// Daily document's instructions (a sixth of what inlining saves there).
    /// </remarks>
    private bool IsSmall(PatternNode node) => InlinedSize(node) <= InlineNodeLimit;

    // The size IsSmall measures, capped at InlineNodeLimit + 1 (all the answer needs), so that a
    // choice of hundreds of alternatives is not counted to its end at every use. A reference is the
    // named pattern's routine: its size is worked out once per name (names cannot form a cycle,
    // DS0009).
    private int InlinedSize(PatternNode node)
    {
        if (node is ReferenceNode reference)
        {
            if (!_namedSizes.TryGetValue(reference.Name, out var named))
                _namedSizes[reference.Name] = named = InlinedSize(_named[reference.Name]);
            return named;
        }

        int size = 1;
        foreach (var child in PatternWalker.Children(node))
        {
            int childSize = InlinedSize(child);
            size += childSize <= InlineNodeLimit ? childSize : 1;
            if (size > InlineNodeLimit) return InlineNodeLimit + 1;
        }
        return size;
    }

    private string NamedMethod(string name)
    {
        var method = "At" + Names.Pascal(name);
        if (_emittedNamed.Add(name))
        {
            _methodNames.Add(method);
            var body = Node(_named[name], method, methodName: method);
            if (body != method)
            {
                // An alias (`a: "@b"`): Node gave b's routine, so a's is a wrapper, as small as b's.
                if (IsSmall(_named[name])) _inlined.Add(method);
                Emit(method, "@" + name, $"return {body}(c, ref pos);");
            }
        }
        return method;
    }

    /// <summary>Emits the routine for <paramref name="node"/> and returns its name.</summary>
    private string Node(PatternNode node, string owner, string? methodName = null)
    {
        if (node is ReferenceNode reference) return NamedMethod(reference.Name);
        var name = methodName ?? Unique(owner + "_" + (_methodNames.Count(n => n.StartsWith(owner + "_", StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture));
        if (IsSmall(node)) _inlined.Add(name);
        if (node is ClassNode or SetNode) _characterRoutines[node] = name;
        var printed = PatternPrinter.Print(node);
        switch (node)
        {
            case LiteralNode literal:
            {
                Emit(name, printed, LiteralLines(literal));
                break;
            }
            case ClassNode cls:
                // The class's common case is tested in line by CharClass (CharClass.Han): as a call
                // of its own (a Chinese place name asks `han` at every character) it cost more than
                // that test.
                Emit(name, printed,
                    $"var n = {RuntimeTypes.CharClass}.{Names.Pascal(cls.Name)}(c.Text, pos, c.Limit);",
                    "if (n == 0) return false;",
                    "pos += n;",
                    "return true;");
                break;
            case SetNode set:
                EmitSet(name, printed, set);
                break;
            case AnchorNode anchor:
                Emit(name, printed, anchor.AtEnd ? "return pos == c.Limit;" : "return pos == c.Start;");
                break;
            case LookaheadNode look:
            {
                var body = Node(look.Body, name);
                var lines = new List<string>();
                if (FirstCharacterSet(look.Body) is { } first)
                    lines.Add($"if (pos >= c.Limit || !({Membership(first, "c.Text[pos]")})) return {(look.Negative ? "true" : "false")};");
                lines.Add("int save = pos, mark = c.Captures.Count;");
                lines.Add($"var matched = {body}(c, ref pos);");
                lines.Add("pos = save;");
                lines.Add("c.Captures.Truncate(mark);");
                lines.Add(look.Negative ? "return !matched;" : "return matched;");
                Emit(name, printed, lines.ToArray());
                break;
            }
            case CaptureNode capture when capture.Body is RepeatNode { Lazy: true }:
                // A lazy capture on its own takes as little as it may; in a sequence it is handled with its continuation.
                EmitSequence(name, printed, new[] { node });
                break;
            case CaptureNode capture:
            {
                var body = Node(capture.Body, name);
                Emit(name, printed,
                    "var start = pos;",
                    $"if (!{body}(c, ref pos)) return false;",
                    $"c.Captures.Add({Slot(capture.Name)}, start, pos);",
                    "return true;");
                break;
            }
            case ChoiceNode choice:
            {
                var alternatives = choice.Alternatives.Select(a => Node(a, name)).ToList();
                Emit(name, printed, "return " + string.Join("\n    || ", alternatives.Select(a => a + "(c, ref pos)")) + ";");
                break;
            }
            case SequenceNode sequence:
                EmitSequence(name, printed, sequence.Items);
                break;
            case RepeatNode { Lazy: true }:
                EmitSequence(name, printed, new[] { node });
                break;
            case RepeatNode repeat:
                EmitGreedy(name, printed, repeat);
                break;
            default:
                throw new InvalidOperationException("unknown pattern node " + node.GetType().Name);
        }
        return name;
    }

    // Up to this many characters, a literal matched in its case is compared character by
    // character in the routine itself; a longer one calls CharClass.Literal.
    private const int InlineLiteralLength = 8;

    // The most characters a membership test compares one by one (see Membership).
    private const int MaxComparedCharacters = 4;

    private static string[] LiteralLines(LiteralNode literal)
    {
        var text = literal.Text;
        var lines = new List<string>();
        if (!literal.IgnoreCase && text.Length is > 0 and <= InlineLiteralLength)
        {
            // Each character folded as Literal folds it, against the literal's character folded
            // here (CharFolding is the runtime's folding): the routine makes no call, so it is
            // small enough for the compiler to inline where it is used. With the call, a
            // dateline's '日' or ')' cost about forty instructions, and Literal compared again the
            // character just compared.
            lines.Add(text.Length == 1 ? "if (pos >= c.Limit) return false;" : $"if (c.Limit - pos < {text.Length.ToString(CultureInfo.InvariantCulture)}) return false;");
            for (var i = 0; i < text.Length; i++)
            {
                var at = i == 0 ? "pos" : $"pos + {i.ToString(CultureInfo.InvariantCulture)}";
                lines.Add($"if ({RuntimeTypes.CharClass}.Fold(c.Text[{at}]) != {CSharpText.Char(CharFolding.Fold(text[i]))}) return false;");
            }

            lines.Add($"pos += {text.Length.ToString(CultureInfo.InvariantCulture)};");
            lines.Add("return true;");
            return lines.ToArray();
        }

        // Most positions a literal is tried at differ in its first character: that one is compared
        // first, so that a miss costs no call. Not for a literal matched in any case.
        if (!literal.IgnoreCase && text.Length > 0)
            lines.Add($"if (pos >= c.Limit || {RuntimeTypes.CharClass}.Fold(c.Text[pos]) != {RuntimeTypes.CharClass}.Fold({CSharpText.Char(text[0])})) return false;");
        lines.Add($"var n = {RuntimeTypes.CharClass}.Literal(c.Text, pos, c.Limit, {CSharpText.String(text)}{(literal.IgnoreCase ? ", ignoreCase: true" : "")});");
        lines.Add("if (n < 0) return false;");
        lines.Add("pos += n;");
        lines.Add("return true;");
        return lines.ToArray();
    }

    private void EmitSet(string name, string printed, SetNode set)
    {
        var tests = set.Ranges.Select(r =>
        {
            var (from, to) = (CharFolding.Fold(r.From), CharFolding.Fold(r.To));
            return from == to ? $"ch == {CSharpText.Char(from)}" : $"(ch >= {CSharpText.Char(from)} && ch <= {CSharpText.Char(to)})";
        });
        var condition = string.Join(" || ", tests);
        if (set.Negated)
        {
            // A negated set never matches a line break (like `any`) and takes a surrogate pair whole.
            Emit(name, printed,
                "if (pos >= c.Limit) return false;",
                $"var ch = {RuntimeTypes.CharClass}.Fold(c.Text[pos]);",
                $"if ({condition}) return false;",
                $"var n = {RuntimeTypes.CharClass}.Any(c.Text, pos, c.Limit);",
                "if (n == 0) return false;",
                "pos += n;",
                "return true;");
        }
        else
        {
            Emit(name, printed,
                "if (pos >= c.Limit) return false;",
                $"var ch = {RuntimeTypes.CharClass}.Fold(c.Text[pos]);",
                $"if (!({condition})) return false;",
                "pos++;",
                "return true;");
        }
    }

    private void EmitGreedy(string name, string printed, RepeatNode repeat)
    {
        var body = Node(repeat.Body, name);
        var lines = new List<string>
        {
            "int start = pos, mark = c.Captures.Count, count = 0;",
            repeat.Max == RepeatNode.Unbounded ? "while (true)" : $"while (count < {repeat.Max.ToString(CultureInfo.InvariantCulture)})",
            "{",
            "    if (!c.Step()) break;",
            "    var before = pos;",
            $"    if (!{body}(c, ref pos)) break;",
            "    count++;",
            "    if (pos == before) break; // an empty match would repeat forever",
            "}",
            $"if (count >= {repeat.Min.ToString(CultureInfo.InvariantCulture)} && !c.BudgetExhausted) return true;",
            "pos = start;",
            "c.Captures.Truncate(mark);",
            "return false;",
        };
        Emit(name, printed, lines.ToArray());
    }

    /// <summary>
    /// A sequence. A lazy item (<c>x*?</c>, or a capture of one) is matched together with the rest
    /// of the sequence: at each count from its minimum, the rest is tried first, and only when it
    /// fails does the item take one more repetition.
    /// </summary>
    private void EmitSequence(string name, string printed, IReadOnlyList<PatternNode> items)
    {
        var lazyIndex = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (LazyOf(items[i]) is not null)
            {
                lazyIndex = i;
                break;
            }
        }
        var beforeItems = (lazyIndex < 0 ? items : items.Take(lazyIndex)).ToList();
        var before = beforeItems.Select((_, i) => ItemTest(beforeItems, i, name)).ToList();
        var lines = new List<string> { "int start = pos, mark = c.Captures.Count;" };
        var condition = before.Count == 0 ? "true" : string.Join(" && ", before);
        if (lazyIndex < 0)
        {
            lines.Add($"if ({condition}) return true;");
        }
        else
        {
            var (repeat, captureName) = LazyOf(items[lazyIndex])!.Value;
            var body = Node(repeat.Body, name);
            var rest = items.Skip(lazyIndex + 1).ToList();
            string? restMethod = rest.Count switch
            {
                0 => null,
                1 => Node(rest[0], name),
                _ => Node(new SequenceNode(rest[0].Offset, rest.ToEquatableArray()), name),
            };
            if (before.Count > 0) lines.Add($"if ({condition})");
            lines.Add("{");
            lines.Add("    int lazyStart = pos, count = 0;");
            lines.Add("    while (c.Step())");
            lines.Add("    {");
            lines.Add($"        if (count >= {repeat.Min.ToString(CultureInfo.InvariantCulture)})");
            lines.Add("        {");
            lines.Add("            int save = pos, saveMark = c.Captures.Count;");
            if (captureName is not null) lines.Add($"            c.Captures.Add({Slot(captureName)}, lazyStart, pos);");
            lines.Add(restMethod is null ? "            return true;" : $"            if ({restMethod}(c, ref pos)) return true;");
            if (restMethod is not null)
            {
                lines.Add("            pos = save;");
                lines.Add("            c.Captures.Truncate(saveMark);");
                if (RunOpeningTheRest(repeat, rest, name) is { } run)
                {
                    // The rest opens with a greedy run of one-character matches (`space* '('`): tried
                    // from any later position of the run, it would take the run to the same end
                    // and fail there again, so the run is stepped over. Tried at each of them, a
                    // long run cost its length squared (a line of spaces in a caption's place).
                    // No budget step is spent on it: each character is stepped over once in the
                    // whole loop, and the tries it saves spent steps of their own, so a match
                    // never spends more than it did without the skip.
                    lines.Add($"            while ({run}(c, ref pos)) {{ }}");
                }
            }
            lines.Add("        }");
            if (repeat.Max != RepeatNode.Unbounded) lines.Add($"        if (count == {repeat.Max.ToString(CultureInfo.InvariantCulture)}) break;");
            lines.Add("        var before = pos;");
            lines.Add($"        if (!{body}(c, ref pos) || pos == before) break;");
            lines.Add("        count++;");
            if (SkipSet(repeat, rest) is { } skip)
            {
                // `any*?` before a continuation that can only start at a few characters: jump to the
                // next of them (or to the line break where `any` stops) instead of trying every position.
                lines.Add($"        var next = {SystemTypes.MemoryExtensions}.IndexOfAny({SystemTypes.MemoryExtensions}.AsSpan(c.Text, pos, c.Limit - pos), {skip});");
                lines.Add("        pos = next < 0 ? c.Limit : pos + next;");
            }
            lines.Add("    }");
            lines.Add("}");
        }
        lines.Add("pos = start;");
        lines.Add("c.Captures.Truncate(mark);");
        lines.Add("return false;");
        Emit(name, printed, lines.ToArray());
    }

    /// <summary>
    /// The C# test that matches item <paramref name="i"/> of a sequence, moving <c>pos</c>: a call of
    /// its routine, except for a greedy repeat with a maximum followed by <c>$</c>, the schema idiom
    /// for a short line (<c>&amp;(any{2,80} $)</c>), which would otherwise walk up to its maximum
    /// into every long paragraph before failing:
    /// <list type="bullet">
    /// <item>of <c>any</c>: one call of <c>CharClass.LineToEnd</c>, which gives the repeat's answer
    /// from the length of what is left and its line breaks, with no routine of its own, and spends
    /// at once the steps of the budget the loop spent one by one (so a parse's steps, its DS2002 and
    /// its answers are the same);</item>
    /// <item>of a set (<c>[^()]{1,80} $</c>): the repeat's routine after a test of the length left
    /// (<c>CharClass.CouldBeLength</c>), so a long paragraph fails at once. A rejected repeat spends
    /// none of the step budget, where the loop would have spent a step per character: fewer steps,
    /// never more.</item>
    /// </list>
    /// Only <c>any</c> and sets, whose matches are one character (one code unit or a surrogate
    /// pair); other classes may match more (<c>final</c> takes <c>...</c> whole).
    /// </summary>
    private string ItemTest(IReadOnlyList<PatternNode> items, int i, string owner)
    {
        if (i + 1 < items.Count && items[i + 1] is AnchorNode { AtEnd: true }
            && items[i] is RepeatNode { Lazy: false, Max: not RepeatNode.Unbounded } repeat)
        {
            var bounds = repeat.Min.ToString(CultureInfo.InvariantCulture) + ", " + repeat.Max.ToString(CultureInfo.InvariantCulture);
            if (repeat.Body is ClassNode { Name: "any" }) return $"{RuntimeTypes.CharClass}.LineToEnd(c, ref pos, {bounds})";
            if (repeat.Body is SetNode) return $"{RuntimeTypes.CharClass}.CouldBeLength(c.Text, pos, c.Limit, {bounds}) && {Node(repeat, owner)}(c, ref pos)";
        }
        return Node(items[i], owner) + "(c, ref pos)";
    }

    /// <summary>
    /// The routine of one character of the run a lazy <c>any*?</c>'s continuation opens with, when
    /// it opens with a greedy repeat without maximum of a class or set that matches one character
    /// at every position and no line break (<c>space</c>, <c>digit</c>, a set that is not negated
    /// and holds no line break): then from every position of a run of them the continuation
    /// reaches the run's end, and is the same attempt. Null otherwise: a class that may take two
    /// characters (a surrogate pair) could start again inside one and end elsewhere, and the lazy
    /// <c>any</c> stops at a line break, which a skip over it would cross.
    /// </summary>
    private string? RunOpeningTheRest(RepeatNode repeat, IReadOnlyList<PatternNode> rest, string owner)
    {
        if (!IsPlainLazyAny(repeat, rest)) return null;
        return rest[0] is RepeatNode { Lazy: false, Max: RepeatNode.Unbounded, Body: ClassNode { Name: "space" or "digit" } or SetNode { Negated: false } } run
            && !(run.Body is SetNode set && set.Ranges.Any(HoldsLineBreak))
            ? (_characterRoutines.TryGetValue(run.Body, out var emitted) ? emitted : Node(run.Body, owner))
            : null;
    }

    // `any*?` with no bounds and something after it: the lazy repeat the two shortcuts serve
    // (SkipSet, RunOpeningTheRest), which count no characters they pass over.
    private static bool IsPlainLazyAny(RepeatNode repeat, IReadOnlyList<PatternNode> rest) =>
        repeat.Body is ClassNode { Name: "any" } && repeat.Min == 0 && repeat.Max == RepeatNode.Unbounded && rest.Count > 0;

    // The characters that break a line, where `any` stops (the runtime's LineBreaks).
    private const string LineBreakCharacters = "\n\r\u0085\u2028\u2029";

    // Whether a set's range, as the set compares it (folded), holds a line break.
    private static bool HoldsLineBreak(CharRange range)
    {
        var (from, to) = (CharFolding.Fold(range.From), CharFolding.Fold(range.To));
        return LineBreakCharacters.Any(c => c >= from && c <= to);
    }

    /// <summary>
    /// The search values for skipping in a lazy <c>any*?</c> whose continuation starts with one of
    /// a few known characters, or null. Only for a minimum of 0 and no maximum: skipped characters
    /// are not counted, which is then safe.
    /// </summary>
    private string? SkipSet(RepeatNode repeat, IReadOnlyList<PatternNode> rest)
    {
        if (!IsPlainLazyAny(repeat, rest)) return null;
        var continuation = rest.Count == 1 ? rest[0] : new SequenceNode(rest[0].Offset, rest.ToEquatableArray());
        if (PatternWalker.CanMatchEmpty(continuation, _named)) return null;
        if (FirstCharacters.Of(continuation, _named) is not { } first) return null;
        // Line breaks end `any`: the scan stops there too.
        return SearchValuesFor(first.Concat(LineBreakCharacters));
    }

    /// <summary>
    /// The search values of the characters a match of a lookahead's <paramref name="body"/> can
    /// start with, when a character outside them settles the lookahead at once, or null. It does
    /// when the body must consume and spends no budget step before its first character: then the
    /// body would fail there with no effect at all (<see cref="StepSpending"/>). The idiom it serves
    /// is a stop word checked at every character, <c>(!('讯' | '电') han)+</c>.
    /// </summary>
    private IReadOnlyCollection<char>? FirstCharacterSet(PatternNode body)
    {
        // A single literal, class or set is a test of its first character already.
        if (body is LiteralNode or ClassNode or SetNode) return null;
        if (PatternWalker.CanMatchEmpty(body, _named) || StepSpending.MaySpendBeforeFirstCharacter(body, _named)) return null;
        return FirstCharacters.Of(body, _named);
    }

    /// <summary>
    /// A C# condition that is true when <paramref name="character"/> (an expression read once) is one
    /// of <paramref name="characters"/>: compared with each when they are at most
    /// <see cref="MaxComparedCharacters"/>, else asked of a static SearchValues field.
    /// </summary>
    /// <remarks>A SearchValues' Contains is a virtual call; a stop word's first characters (讯, 电)
    /// are a pair, which two comparisons answer in the routine (docs/performance-history.md, twentieth round).</remarks>
    private string Membership(IReadOnlyCollection<char> characters, string character)
    {
        var distinct = characters.Distinct().OrderBy(ch => ch).ToArray();
        return distinct.Length <= MaxComparedCharacters
            ? $"{character} is {string.Join(" or ", distinct.Select(CSharpText.Char))}"
            : $"{SearchValuesFor(distinct)}.Contains({character})";
    }

    /// <summary>The name of a static SearchValues field for <paramref name="characters"/> (one field per distinct set).</summary>
    private string SearchValuesFor(IEnumerable<char> characters)
    {
        var chars = new string(characters.Distinct().OrderBy(ch => ch).ToArray());
        if (!_searchValues.TryGetValue(chars, out var name))
        {
            name = "Characters" + (_searchValues.Count + 1).ToString(CultureInfo.InvariantCulture);
            _searchValues[chars] = name;
        }
        return name;
    }

    private static (RepeatNode Repeat, string? Capture)? LazyOf(PatternNode node) => node switch
    {
        RepeatNode { Lazy: true } repeat => (repeat, null),
        CaptureNode { Body: RepeatNode { Lazy: true } repeat } capture => (repeat, capture.Name),
        _ => null,
    };

    // A routine in _inlined is one the compiler is asked to inline into its callers (see IsSmall).
    private void Emit(string name, string printed, params string[] body)
    {
        _code.Line("// " + CSharpText.Comment(printed, xml: false));
        if (_inlined.Contains(name)) _code.Line($"[{SystemTypes.MethodImpl}({SystemTypes.MethodImplOptions}.AggressiveInlining)]");
        _code.Open($"private static bool {name}({RuntimeTypes.ParseContext} c, ref int pos)");
        foreach (var line in body)
            foreach (var part in line.Split('\n')) _code.Line(part);
        _code.Close().Line();
    }
}
