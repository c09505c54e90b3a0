using System.Globalization;
using System.Linq;
using System.Text;
using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Emit;

/// <summary>
/// Writes a pattern tree back as pattern text on one line, for the comment above each generated
/// match routine (as the Regex generator comments its code with the construct it implements).
/// </summary>
internal static class PatternPrinter
{
    public static string Print(PatternNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, parentPrecedence: 0);
        return builder.ToString();
    }

    // Precedence: choice 1, sequence 2, prefix/postfix 3, atom 4.
    private static void Write(StringBuilder builder, PatternNode node, int parentPrecedence)
    {
        var precedence = node switch { ChoiceNode => 1, SequenceNode => 2, RepeatNode or LookaheadNode => 3, _ => 4 };
        var parenthesize = precedence < parentPrecedence;
        if (parenthesize) builder.Append('(');
        switch (node)
        {
            case LiteralNode literal:
                if (literal.IgnoreCase) builder.Append('i');
                builder.Append('\'');
                foreach (var c in literal.Text) AppendChar(builder, c, "'\\");
                builder.Append('\'');
                break;
            case ClassNode cls:
                builder.Append(cls.Name);
                break;
            case SetNode set:
                builder.Append(set.Negated ? "[^" : "[");
                foreach (var range in set.Ranges)
                {
                    AppendChar(builder, range.From, "]\\-^");
                    if (range.To != range.From)
                    {
                        builder.Append('-');
                        AppendChar(builder, range.To, "]\\-^");
                    }
                }
                builder.Append(']');
                break;
            case ReferenceNode reference:
                builder.Append('@').Append(reference.Name);
                break;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0) builder.Append(' ');
                    Write(builder, sequence.Items[i], 3);
                }
                break;
            case ChoiceNode choice:
                for (var i = 0; i < choice.Alternatives.Count; i++)
                {
                    if (i > 0) builder.Append(" | ");
                    Write(builder, choice.Alternatives[i], 2);
                }
                break;
            case RepeatNode repeat:
                Write(builder, repeat.Body, 4);
                builder.Append(Quantifier(repeat));
                if (repeat.Lazy) builder.Append('?');
                break;
            case LookaheadNode look:
                builder.Append(look.Negative ? '!' : '&');
                Write(builder, look.Body, 4);
                break;
            case AnchorNode anchor:
                builder.Append(anchor.AtEnd ? '$' : '^');
                break;
            case CaptureNode capture:
                builder.Append('{').Append(capture.Name).Append(": ");
                Write(builder, capture.Body, 0);
                builder.Append('}');
                break;
        }
        if (parenthesize) builder.Append(')');
    }

    private static string Quantifier(RepeatNode repeat)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        if (repeat.Min == 0 && repeat.Max == 1) return "?";
        if (repeat.Max == RepeatNode.Unbounded) return repeat.Min switch { 0 => "*", 1 => "+", _ => "{" + N(repeat.Min) + ",}" };
        return repeat.Min == repeat.Max ? "{" + N(repeat.Min) + "}" : "{" + N(repeat.Min) + "," + N(repeat.Max) + "}";
    }

    private static void AppendChar(StringBuilder builder, char c, string special)
    {
        if (special.Contains(c)) builder.Append('\\').Append(c);
        else if (c == '\n') builder.Append("\\n");
        else if (c == '\t') builder.Append("\\t");
        else if (c == '\r') builder.Append("\\r");
        else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085'
                 || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        else builder.Append(c);
    }
}
