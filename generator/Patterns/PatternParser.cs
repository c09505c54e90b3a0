using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocSchema.Generator.Model;
using Sprache;

namespace DocSchema.Generator.Patterns;

/// <summary>
/// Parses the inline pattern language (docs/schema-language.md#patterns) with Sprache into
/// <see cref="PatternNode"/>s. A grammar instance remembers the furthest point any token parser
/// failed at and what it expected there, which makes a far better error position than where
/// Sprache's backtracking gave up.
/// </summary>
internal sealed class PatternParser
{
    /// <summary>The names of the built-in character classes.</summary>
    public static readonly IReadOnlyCollection<string> ClassNames = new[]
    {
        "han", "latin", "letter", "upper", "lower", "digit", "space", "punct", "final",
        "open-quote", "close-quote", "dash", "any", "newline",
    };

    /// <summary>
    /// How deep groups, captures and lookaheads may nest. The grammar recurses a few dozen stack
    /// frames a level, and a stack overflow cannot be caught: a limit keeps a hostile schema from
    /// taking the compiler down. Real patterns nest a handful of levels.
    /// </summary>
    public const int MaxNesting = 32;

    private int _depth;
    private int _tooDeepAt = -1;
    private int _furthest = -1;
    private readonly SortedSet<string> _expected = new(StringComparer.Ordinal);
    private readonly Parser<PatternNode> _pattern;

    private PatternParser()
    {
        var comment = Parse.Char('#').Then(_ => Parse.CharExcept('\n').Many()).Return(' ');
        var skip = Parse.WhiteSpace.Or(comment).Many();

        Parser<T> Token<T>(Parser<T> parser) => from _ in skip from value in parser select value;
        Parser<char> Symbol(char c) => Token(Expect(Parse.Char(c), "'" + c + "'"));

        var name = Expect(
            from first in Parse.Letter
            from rest in Parse.LetterOrDigit.Or(Parse.Char('-')).Or(Parse.Char('_')).Many().Text()
            select first + rest,
            "a name");

        // \u takes exactly four hex digits: XOr commits once the `u` is read, so `\u12` is an error
        // where the digits stop rather than the letter u followed by "12".
        var hexDigit = Expect(Parse.Chars("0123456789abcdefABCDEF"), "four hex digits after \\u, as in \\u4E00");
        var escape =
            from backslash in Parse.Char('\\')
            from escaped in Expect(
                Parse.Char('u').Then(_ => hexDigit.Repeat(4).Text())
                    .Select(hex => (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                    .XOr(Parse.Char('n').Return('\n')
                        .Or(Parse.Char('t').Return('\t'))
                        .Or(Parse.Char('r').Return('\r'))
                        .Or(Parse.AnyChar)),
                "an escape such as \\n or \\u4E00")
            select escaped;

        Parser<string> Quoted(char quote) =>
            from open in Parse.Char(quote)
            from text in escape.Or(Parse.CharExcept(quote + "\\\n")).Many().Text()
            from close in Expect(Parse.Char(quote), "closing " + quote)
            select text;

        var quoted = Quoted('\'').Or(Quoted('"'));

        var literal = Positioned(
            from ignoreCase in Parse.Char('i').Then(_ => Lookahead(Parse.Chars("'\""))).Return(true).Or(Parse.Return(false))
            from text in quoted
            select (Func<int, PatternNode>)(offset => new LiteralNode(offset, text, ignoreCase)));

        var setChar = escape.Or(Parse.CharExcept("]\\\n"));
        var setRange =
            from low in setChar
            from high in Parse.Char('-').Then(_ => setChar).Optional()
            select new CharRange(low, high.GetOrElse(low));
        var set = Positioned(
            from open in Parse.Char('[')
            from negated in Parse.Char('^').Optional()
            from ranges in setRange.AtLeastOnce()
            from close in Expect(Parse.Char(']'), "']'")
            select (Func<int, PatternNode>)(offset => new SetNode(offset, negated.IsDefined, ranges.ToEquatableArray())));

        var reference = Positioned(
            from at in Parse.Char('@')
            from referenced in name
            select (Func<int, PatternNode>)(offset => new ReferenceNode(offset, referenced)));

        var characterClass = Positioned(name.Select(n => (Func<int, PatternNode>)(offset => new ClassNode(offset, n))));

        var anchor = Positioned(
            Parse.Char('^').Return(false).Or(Parse.Char('$').Return(true))
                .Select(atEnd => (Func<int, PatternNode>)(offset => new AnchorNode(offset, atEnd))));

        Parser<PatternNode>? choiceRef = null;
        var choice = Parse.Ref(() => choiceRef!);

        var group = Nested(
            from open in Parse.Char('(')
            from body in choice
            from close in Symbol(')')
            select body);

        var capture = Nested(Positioned(
            from open in Parse.Char('{')
            from captureName in Token(name)
            from colon in Symbol(':')
            from body in choice
            from close in Symbol('}')
            select (Func<int, PatternNode>)(offset => new CaptureNode(offset, captureName, body))));

        var atom = Token(Expect(literal.Or(set).Or(reference).Or(group).Or(capture).Or(anchor).Or(characterClass),
            "a literal, class, set, @reference, group, capture or anchor"));

        var number = Parse.Digit.AtLeastOnce().Text().Select(digits =>
            int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue);

        var bounds =
            from open in Parse.Char('{')
            from min in Expect(number, "a number")
            from max in Parse.Char(',').Then(_ => number.Optional().Select(n => n.IsDefined ? n.Get() : RepeatNode.Unbounded))
                .Optional().Select(o => o.IsDefined ? o.Get() : min)
            from close in Expect(Parse.Char('}'), "'}'")
            select (min, max);

        var quantifier =
            from q in Parse.Char('?').Return((0, 1))
                .Or(Parse.Char('*').Return((0, RepeatNode.Unbounded)))
                .Or(Parse.Char('+').Return((1, RepeatNode.Unbounded)))
                .Or(bounds)
            from lazy in Parse.Char('?').Optional()
            select (q.Item1, q.Item2, lazy.IsDefined);

        var postfixed =
            from body in atom
            from quantifiers in quantifier.Many()
            select quantifiers.Aggregate(body, (node, q) => new RepeatNode(node.Offset, node, q.Item1, q.Item2, q.Item3));

        // The offset is taken after the white space, at the operator itself.
        var prefixed = Token(Nested(Positioned(
                from op in Parse.Char('!').Or(Parse.Char('&'))
                from body in postfixed
                select (Func<int, PatternNode>)(offset => new LookaheadNode(offset, body, op == '!')))))
            .Or(postfixed);

        var sequence =
            from items in prefixed.AtLeastOnce()
            select items.Count() == 1 ? items.First() : new SequenceNode(items.First().Offset, items.ToEquatableArray());

        choiceRef =
            from first in sequence
            from rest in Symbol('|').Then(_ => sequence).Many()
            select rest.Any() ? new ChoiceNode(first.Offset, new[] { first }.Concat(rest).ToEquatableArray()) : first;

        _pattern = from body in choice from end in Token(Expect(Parse.Return(0).End(), "end of pattern")) select body;
    }

    /// <summary>Parses <paramref name="pattern"/>: the tree, or where and why it is not a pattern.</summary>
    public static (PatternNode? Node, PatternParseError? Error) ParsePattern(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return (null, new PatternParseError(0, "the pattern is empty"));
        var parser = new PatternParser();
        IResult<PatternNode> result;
        try
        {
            result = parser._pattern.TryParse(pattern);
        }
        catch (Exception ex) when (ex is OverflowException or FormatException or ParseException)
        {
            return (null, new PatternParseError(0, ex.Message));
        }
        if (parser._tooDeepAt >= 0)
            return (null, new PatternParseError(parser._tooDeepAt, $"groups, captures and lookaheads nest more than {MaxNesting} deep here; simplify the pattern or split it into named patterns"));
        if (result.WasSuccessful)
        {
            var boundError = CheckBounds(result.Value);
            return boundError is null ? (result.Value, null) : (null, boundError);
        }
        var offset = Math.Max(parser._furthest, result.Remainder.Position);
        var found = offset < pattern.Length ? "'" + pattern[offset] + "'" : "the end of the pattern";
        // A missing closing delimiter is the likeliest mistake and the clearest thing to say.
        var closing = parser._expected.Where(e => e is "')'" or "'}'" or "']'" or "closing '" or "closing \"").ToList();
        var expectations = closing.Count > 0 ? closing : parser._expected.ToList();
        var expected = parser._furthest >= result.Remainder.Position && expectations.Count > 0
            ? "expected " + string.Join(" or ", expectations) + ", found " + found
            : "unexpected " + found;
        return (null, new PatternParseError(offset, expected));
    }

    private static PatternParseError? CheckBounds(PatternNode node) => node switch
    {
        RepeatNode r when r.Max != RepeatNode.Unbounded && r.Max < r.Min =>
            new PatternParseError(r.Offset, $"repetition {{{r.Min},{r.Max}}} has its maximum below its minimum"),
        RepeatNode r when r.Min == int.MaxValue || r.Max == int.MaxValue =>
            new PatternParseError(r.Offset, "repetition count is too large"),
        RepeatNode r => CheckBounds(r.Body),
        SequenceNode s => s.Items.Select(CheckBounds).FirstOrDefault(e => e is not null),
        ChoiceNode c => c.Alternatives.Select(CheckBounds).FirstOrDefault(e => e is not null),
        LookaheadNode l => CheckBounds(l.Body),
        CaptureNode c => CheckBounds(c.Body),
        SetNode s => s.Ranges.Where(r => r.To < r.From).Select(r => new PatternParseError(s.Offset, $"set range '{r.From}-{r.To}' is reversed")).FirstOrDefault(),
        _ => null,
    };

    /// <summary>Records failures of <paramref name="parser"/> as "expected <paramref name="description"/>" at the furthest position.</summary>
    private Parser<T> Expect<T>(Parser<T> parser, string description) => input =>
    {
        var result = parser(input);
        if (!result.WasSuccessful)
        {
            var position = result.Remainder.Position > input.Position ? result.Remainder.Position : input.Position;
            if (position > _furthest)
            {
                _furthest = position;
                _expected.Clear();
            }
            if (position == _furthest && !_expected.Contains(description))
            {
                // Keep the list short: a more specific expectation at the same point wins over the generic one.
                if (_expected.Count < 4) _expected.Add(description);
            }
        }
        return result;
    };

    /// <summary>Counts nesting while <paramref name="parser"/> runs; past <see cref="MaxNesting"/> it fails without recursing further.</summary>
    private Parser<T> Nested<T>(Parser<T> parser) => input =>
    {
        if (_tooDeepAt >= 0) return Result.Failure<T>(input, "nested too deeply", Array.Empty<string>());
        if (_depth >= MaxNesting)
        {
            _tooDeepAt = input.Position;
            return Result.Failure<T>(input, "nested too deeply", Array.Empty<string>());
        }
        _depth++;
        try
        {
            return parser(input);
        }
        finally
        {
            _depth--;
        }
    };

    private static Parser<T> Lookahead<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? Result.Success(result.Value, input) : result;
    };

    private static Parser<PatternNode> Positioned(Parser<Func<int, PatternNode>> parser) => input =>
    {
        var offset = input.Position;
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(result.Value(offset), result.Remainder)
            : Result.Failure<PatternNode>(result.Remainder, result.Message, result.Expectations);
    };
}
