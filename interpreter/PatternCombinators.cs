using System.Collections.Immutable;
using DocSchema.Generator.Model;
using DocSchema.Generator.Patterns;
using DocSchema.Runtime.Patterns;
using Sprache;

namespace DocSchema.Interpreter;

/// <summary>
/// Builds Sprache parsers from pattern trees, with the matching rules the generated code follows
/// (docs/schema-language.md#patterns): ordered choice where the first success wins, possessive
/// greedy repetition, lazy repetition that tries the rest of its sequence first, lookahead, and
/// captures. Each parser reads a Sprache <see cref="IInput"/> over one block's text and yields the
/// captures it made. Sprache's own <c>Or</c> and <c>Many</c> are not used: <c>Or</c> retries the
/// second alternative when the first succeeds without consuming input, which is not PEG.
/// </summary>
internal sealed class PatternCombinators
{
    private readonly IReadOnlyDictionary<string, PatternNode> _named;
    private readonly Dictionary<string, Parser<ImmutableList<CaptureRecord>>> _namedParsers = new(StringComparer.Ordinal);

    public PatternCombinators(IEnumerable<NamedPattern> patterns) =>
        _named = patterns.ToDictionary(p => p.Name, p => p.Pattern.Root, StringComparer.Ordinal);

    /// <summary>A parser for a whole block: <paramref name="root"/> followed by the end of the block.</summary>
    public Parser<ImmutableList<CaptureRecord>> Whole(PatternNode root)
    {
        var items = root is SequenceNode sequence ? sequence.Items.ToList() : [root];
        items.Add(new AnchorNode(0, true));
        return Sequence(items);
    }

    /// <summary>A parser for the start of a block.</summary>
    public Parser<ImmutableList<CaptureRecord>> Prefix(PatternNode root) => Build(root);

    private static IResult<ImmutableList<CaptureRecord>> Success(IInput input, ImmutableList<CaptureRecord> captures) => Result.Success(captures, input);

    private static IResult<ImmutableList<CaptureRecord>> Failure(IInput input) => Result.Failure<ImmutableList<CaptureRecord>>(input, "no match", []);

    private static IInput Advance(IInput input, int count)
    {
        for (var i = 0; i < count; i++) input = input.Advance();
        return input;
    }

    private Parser<ImmutableList<CaptureRecord>> Build(PatternNode node) => node switch
    {
        LiteralNode literal => input =>
        {
            var n = CharClass.Literal(input.Source, input.Position, input.Source.Length, literal.Text, literal.IgnoreCase);
            return n < 0 ? Failure(input) : Success(Advance(input, n), []);
        },
        ClassNode cls => Class(cls.Name),
        SetNode set => Set(set),
        AnchorNode anchor => input =>
            (anchor.AtEnd ? input.Position == input.Source.Length : input.Position == 0) ? Success(input, []) : Failure(input),
        ReferenceNode reference => Named(reference.Name),
        LookaheadNode look => Lookahead(Build(look.Body), look.Negative),
        CaptureNode { Body: RepeatNode { Lazy: true } } => Sequence([node]),
        CaptureNode capture => Capture(capture.Name, Build(capture.Body)),
        ChoiceNode choice => Choice(choice.Alternatives.Select(Build).ToList()),
        SequenceNode sequence => Sequence(sequence.Items.ToList()),
        RepeatNode { Lazy: true } => Sequence([node]),
        RepeatNode repeat => Greedy(Build(repeat.Body), repeat.Min, repeat.Max),
        _ => throw new InvalidOperationException("unknown pattern node " + node.GetType().Name),
    };

    private Parser<ImmutableList<CaptureRecord>> Named(string name)
    {
        if (_namedParsers.TryGetValue(name, out var parser)) return parser;
        // Parse.Ref defers building, so named patterns may refer to each other in any order.
        parser = Parse.Ref(() => Build(_named[name]));
        _namedParsers[name] = parser;
        return parser;
    }

    private static Parser<ImmutableList<CaptureRecord>> Class(string name)
    {
        Func<string, int, int, int> matcher = name switch
        {
            "han" => CharClass.Han,
            "latin" => CharClass.Latin,
            "letter" => CharClass.Letter,
            "upper" => CharClass.Upper,
            "lower" => CharClass.Lower,
            "digit" => CharClass.Digit,
            "space" => CharClass.Space,
            "punct" => CharClass.Punct,
            "final" => CharClass.Final,
            "open-quote" => CharClass.OpenQuote,
            "close-quote" => CharClass.CloseQuote,
            "dash" => CharClass.Dash,
            "any" => CharClass.Any,
            "newline" => CharClass.Newline,
            _ => throw new InvalidOperationException("unknown class " + name),
        };
        return input =>
        {
            var n = matcher(input.Source, input.Position, input.Source.Length);
            return n == 0 ? Failure(input) : Success(Advance(input, n), []);
        };
    }

    private static Parser<ImmutableList<CaptureRecord>> Set(SetNode set)
    {
        var ranges = set.Ranges.Select(r => (From: CharClass.Fold(r.From), To: CharClass.Fold(r.To))).ToArray();
        return input =>
        {
            if (input.AtEnd) return Failure(input);
            var ch = CharClass.Fold(input.Current);
            var inSet = ranges.Any(r => ch >= r.From && ch <= r.To);
            if (!set.Negated) return inSet ? Success(input.Advance(), []) : Failure(input);
            if (inSet) return Failure(input);
            var n = CharClass.Any(input.Source, input.Position, input.Source.Length);
            return n == 0 ? Failure(input) : Success(Advance(input, n), []);
        };
    }

    private static Parser<ImmutableList<CaptureRecord>> Lookahead(Parser<ImmutableList<CaptureRecord>> body, bool negative) => input =>
        body(input).WasSuccessful != negative ? Success(input, []) : Failure(input);

    private static Parser<ImmutableList<CaptureRecord>> Capture(string name, Parser<ImmutableList<CaptureRecord>> body) => input =>
    {
        var result = body(input);
        return result.WasSuccessful
            ? Success(result.Remainder, result.Value.Add(new CaptureRecord(name, input.Position, result.Remainder.Position)))
            : result;
    };

    private static Parser<ImmutableList<CaptureRecord>> Choice(IReadOnlyList<Parser<ImmutableList<CaptureRecord>>> alternatives) => input =>
    {
        foreach (var alternative in alternatives)
        {
            var result = alternative(input);
            if (result.WasSuccessful) return result;
        }
        return Failure(input);
    };

    private static Parser<ImmutableList<CaptureRecord>> Greedy(Parser<ImmutableList<CaptureRecord>> body, int min, int max) => input =>
    {
        var (current, captures, count) = (input, ImmutableList<CaptureRecord>.Empty, 0);
        while (max == RepeatNode.Unbounded || count < max)
        {
            var result = body(current);
            if (!result.WasSuccessful) break;
            count++;
            var moved = result.Remainder.Position != current.Position;
            (current, captures) = (result.Remainder, captures.AddRange(result.Value));
            if (!moved) break;
        }
        return count >= min ? Success(current, captures) : Failure(input);
    };

    /// <summary>A sequence; a lazy item is matched together with the rest of the sequence, as the generated code does.</summary>
    private Parser<ImmutableList<CaptureRecord>> Sequence(IReadOnlyList<PatternNode> items)
    {
        var lazyIndex = items.ToList().FindIndex(i => LazyOf(i) is not null);
        var before = (lazyIndex < 0 ? items : items.Take(lazyIndex)).Select(Build).ToList();
        if (lazyIndex < 0) return input => Chain(before, input);

        var (repeat, captureName) = LazyOf(items[lazyIndex])!.Value;
        var body = Build(repeat.Body);
        var restItems = items.Skip(lazyIndex + 1).ToList();
        var rest = restItems.Count == 0 ? null : Sequence(restItems);
        return input =>
        {
            var head = Chain(before, input);
            if (!head.WasSuccessful) return Failure(input);
            var (current, captures, count) = (head.Remainder, head.Value, 0);
            var lazyStart = current.Position;
            while (true)
            {
                if (count >= repeat.Min)
                {
                    var withLazy = captureName is null ? captures : captures.Add(new CaptureRecord(captureName, lazyStart, current.Position));
                    if (rest is null) return Success(current, withLazy);
                    var tail = rest(current);
                    if (tail.WasSuccessful) return Success(tail.Remainder, withLazy.AddRange(tail.Value));
                }
                if (repeat.Max != RepeatNode.Unbounded && count == repeat.Max) break;
                var step = body(current);
                if (!step.WasSuccessful || step.Remainder.Position == current.Position) break;
                (current, captures, count) = (step.Remainder, captures.AddRange(step.Value), count + 1);
            }
            return Failure(input);
        };
    }

    private static IResult<ImmutableList<CaptureRecord>> Chain(IReadOnlyList<Parser<ImmutableList<CaptureRecord>>> parsers, IInput input)
    {
        var (current, captures) = (input, ImmutableList<CaptureRecord>.Empty);
        foreach (var parser in parsers)
        {
            var result = parser(current);
            if (!result.WasSuccessful) return Failure(input);
            (current, captures) = (result.Remainder, captures.AddRange(result.Value));
        }
        return Success(current, captures);
    }

    private static (RepeatNode Repeat, string? Capture)? LazyOf(PatternNode node) => node switch
    {
        RepeatNode { Lazy: true } repeat => (repeat, null),
        CaptureNode { Body: RepeatNode { Lazy: true } repeat } capture => (repeat, capture.Name),
        _ => null,
    };
}
