using System.Text;
using DocSchema.Generator.Model;
using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// Short constructors for expected pattern trees, so an expected tree reads like the pattern it
/// describes, and a compact rendering of trees: the records' own ToString shows lists only as
/// "EquatableArray`1[…]", which makes a failed comparison unreadable.
/// </summary>
internal static class Tree
{
    public static LiteralNode Lit(int at, string text) => new(at, text, false);

    public static LiteralNode ILit(int at, string text) => new(at, text, true);

    public static ClassNode Cls(int at, string name) => new(at, name);

    public static SetNode Set(int at, params (char From, char To)[] ranges) => new(at, false, Ranges(ranges));

    public static SetNode NotSet(int at, params (char From, char To)[] ranges) => new(at, true, Ranges(ranges));

    public static ReferenceNode Ref(int at, string name) => new(at, name);

    public static SequenceNode Seq(int at, params PatternNode[] items) => new(at, items.ToEquatableArray());

    public static ChoiceNode Choice(int at, params PatternNode[] alternatives) => new(at, alternatives.ToEquatableArray());

    public static RepeatNode Rep(int at, PatternNode body, int min, int max, bool lazy = false) => new(at, body, min, max, lazy);

    public static LookaheadNode Not(int at, PatternNode body) => new(at, body, true);

    public static LookaheadNode And(int at, PatternNode body) => new(at, body, false);

    public static AnchorNode Start(int at) => new(at, false);

    public static AnchorNode End(int at) => new(at, true);

    public static CaptureNode Cap(int at, string name, PatternNode body) => new(at, name, body);

    /// <summary>A one-character set member.</summary>
    public static (char, char) C(char c) => (c, c);

    /// <summary>The tree as text, every node with its offset: <c>Seq@0(Lit@0 'a', Cls@4 b)</c>.</summary>
    public static string Show(PatternNode? node)
    {
        if (node is null) return "(null)";
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, PatternNode node)
    {
        switch (node)
        {
            case LiteralNode l:
                builder.Append($"{(l.IgnoreCase ? "ILit" : "Lit")}@{l.Offset} '{Escape(l.Text)}'");
                break;
            case ClassNode c:
                builder.Append($"Cls@{c.Offset} {c.Name}");
                break;
            case SetNode s:
                builder.Append($"{(s.Negated ? "NotSet" : "Set")}@{s.Offset}[");
                builder.Append(string.Join(" ", s.Ranges.Select(r => r.From == r.To ? Escape(r.From.ToString()) : $"{Escape(r.From.ToString())}-{Escape(r.To.ToString())}")));
                builder.Append(']');
                break;
            case ReferenceNode r:
                builder.Append($"Ref@{r.Offset} @{r.Name}");
                break;
            case SequenceNode s:
                WriteList(builder, $"Seq@{s.Offset}", s.Items, ", ");
                break;
            case ChoiceNode c:
                WriteList(builder, $"Choice@{c.Offset}", c.Alternatives, " | ");
                break;
            case RepeatNode r:
                builder.Append($"Rep@{r.Offset}{{{r.Min},{(r.Max == RepeatNode.Unbounded ? "" : r.Max.ToString(System.Globalization.CultureInfo.InvariantCulture))}}}{(r.Lazy ? "?" : "")}(");
                Write(builder, r.Body);
                builder.Append(')');
                break;
            case LookaheadNode l:
                builder.Append($"{(l.Negative ? "Not" : "And")}@{l.Offset}(");
                Write(builder, l.Body);
                builder.Append(')');
                break;
            case AnchorNode a:
                builder.Append($"{(a.AtEnd ? "End" : "Start")}@{a.Offset}");
                break;
            case CaptureNode c:
                builder.Append($"Cap@{c.Offset} {c.Name}(");
                Write(builder, c.Body);
                builder.Append(')');
                break;
            default:
                builder.Append(node);
                break;
        }
    }

    private static void WriteList(StringBuilder builder, string head, IEnumerable<PatternNode> items, string separator)
    {
        builder.Append(head).Append('(');
        var first = true;
        foreach (var item in items)
        {
            if (!first) builder.Append(separator);
            Write(builder, item);
            first = false;
        }
        builder.Append(')');
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c < 0x20 || c == '\\' || c == '\'') builder.Append($"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static EquatableArray<CharRange> Ranges((char From, char To)[] ranges) =>
        ranges.Select(r => new CharRange(r.From, r.To)).ToEquatableArray();
}
