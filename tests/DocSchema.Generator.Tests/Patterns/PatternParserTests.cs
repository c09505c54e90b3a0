using DocSchema.Generator.Patterns;
using static DocSchema.Generator.Tests.Support.Tree;

namespace DocSchema.Generator.Tests.Patterns;

/// <summary>
/// Every construct of the pattern language (docs/schema-language.md#patterns) parses to the exact
/// tree, offsets included: offsets are what later diagnostics use to point inside the YAML string.
/// </summary>
public class PatternParserTests
{
    // ---- literals ----

    [Fact]
    public void SingleQuotedLiteral() => PatternAssert.Parses("'日讯'", Lit(0, "日讯"));

    [Fact]
    public void DoubleQuotedLiteral() => PatternAssert.Parses("\"日讯\"", Lit(0, "日讯"));

    [Fact]
    public void EachQuoteMayHoldTheOtherUnescaped()
    {
        PatternAssert.Parses("\"it's\"", Lit(0, "it's"));
        PatternAssert.Parses("'say \"hi\"'", Lit(0, "say \"hi\""));
    }

    [Fact]
    public void LiteralEscapes() =>
        // \' \" \\ \n \t \r and \uXXXX (both cases of hex digits) are decoded into the literal's text.
        PatternAssert.Parses(@"'a\'b\""c\\d\ne\tf\rg\u4E00h\u4e8c'", Lit(0, "a'b\"c\\d\ne\tf\rg一h二"));

    [Fact]
    public void UnicodeEscapeAlone() => PatternAssert.Parses(@"""\u4E00""", Lit(0, "一"));

    [Fact]
    public void EmptyLiteral() => PatternAssert.Parses("''", Lit(0, ""));

    [Fact]
    public void CaseInsensitiveLiteral()
    {
        PatternAssert.Parses("i'reuters'", ILit(0, "reuters"));
        PatternAssert.Parses("i\"AP\"", ILit(0, "AP"));
    }

    [Fact]
    public void IFollowedBySpaceIsAClassThenALiteral() =>
        // Only an i written directly against the quote makes the literal case-insensitive.
        PatternAssert.Parses("i 'x'", Seq(0, Cls(0, "i"), Lit(2, "x")));

    [Fact]
    public void SpacesInsideALiteralAreKept() => PatternAssert.Parses("'By '", Lit(0, "By "));

    // ---- classes ----

    [Theory]
    [InlineData("han")]
    [InlineData("latin")]
    [InlineData("letter")]
    [InlineData("upper")]
    [InlineData("lower")]
    [InlineData("digit")]
    [InlineData("space")]
    [InlineData("punct")]
    [InlineData("final")]
    [InlineData("open-quote")]
    [InlineData("close-quote")]
    [InlineData("dash")]
    [InlineData("any")]
    public void BuiltInClass(string name)
    {
        PatternAssert.Parses(name, Cls(0, name));
        Assert.Contains(name, PatternParser.ClassNames);
    }

    [Fact]
    public void UnknownNamesParseAsClassesForTheResolverToReport() =>
        // The parser does not know the class list; SchemaResolver reports `hna` with a suggestion.
        PatternAssert.Parses("hna", Cls(0, "hna"));

    // ---- sets ----

    [Fact]
    public void SetOfSingleCharacters() => PatternAssert.Parses("[、,]", Set(0, C('、'), C(',')));

    [Fact]
    public void SetWithRanges() => PatternAssert.Parses("[a-z0-9]", Set(0, ('a', 'z'), ('0', '9')));

    [Fact]
    public void NegatedSet() => PatternAssert.Parses("[^()]", NotSet(0, C('('), C(')')));

    [Fact]
    public void NegatedSetWithRange() => PatternAssert.Parses("[^a-z]", NotSet(0, ('a', 'z')));

    [Fact]
    public void SetEscapes() =>
        PatternAssert.Parses(@"[\]\\\-\n\t]", Set(0, C(']'), C('\\'), C('-'), C('\n'), C('\t')));

    [Fact]
    public void SetRangeOfUnicodeEscapes() => PatternAssert.Parses(@"[\u4E00-\u9FFF]", Set(0, ('\u4E00', '\u9FFF')));

    [Fact]
    public void HyphenAtEitherEndIsAMember()
    {
        PatternAssert.Parses("[a-]", Set(0, C('a'), C('-')));
        PatternAssert.Parses("[-a]", Set(0, C('-'), C('a')));
    }

    [Fact]
    public void EscapedHyphenIsNotARange() => PatternAssert.Parses(@"[a\-z]", Set(0, C('a'), C('-'), C('z')));

    [Fact]
    public void CaretAfterTheFirstPositionIsAMember() => PatternAssert.Parses("[a^]", Set(0, C('a'), C('^')));

    [Fact]
    public void SpaceAndHashInsideASetAreMembers() =>
        // White space and comments are skipped between tokens only, never inside a set.
        PatternAssert.Parses("[ #]", Set(0, C(' '), C('#')));

    [Fact]
    public void SetAfterOtherTokensHasItsOwnOffset() =>
        PatternAssert.Parses("'x' [.&'\\-/]", Seq(0, Lit(0, "x"), Set(4, C('.'), C('&'), C('\''), C('-'), C('/'))));

    // ---- references ----

    [Fact]
    public void Reference() => PatternAssert.Parses("@zh-dateline", Ref(0, "zh-dateline"));

    [Fact]
    public void ReferenceNamesTakeDigitsHyphensAndUnderscores() => PatternAssert.Parses("@a_b-2", Ref(0, "a_b-2"));

    [Fact]
    public void ReferenceInsideASequence() =>
        PatternAssert.Parses("'(' @day ')'", Seq(0, Lit(0, "("), Ref(4, "day"), Lit(9, ")")));

    // ---- groups, sequences, choices ----

    [Fact]
    public void GroupTakesTheOffsetOfItsContents() =>
        // A group makes no node of its own; its contents keep their own offsets.
        PatternAssert.Parses("( a )", Cls(2, "a"));

    [Fact]
    public void ChoiceInsideAGroup() =>
        PatternAssert.Parses("('讯' | '电')", Choice(1, Lit(1, "讯"), Lit(7, "电")));

    [Fact]
    public void SequenceBindsTighterThanChoice() =>
        PatternAssert.Parses("'a' | 'b' 'c'", Choice(0, Lit(0, "a"), Seq(6, Lit(6, "b"), Lit(10, "c"))));

    [Fact]
    public void ChoiceOfThree() =>
        PatternAssert.Parses("a|b|c", Choice(0, Cls(0, "a"), Cls(2, "b"), Cls(4, "c")));

    [Fact]
    public void NestedGroups() =>
        PatternAssert.Parses("('图' ('取自' | '截自'))?",
            Rep(1, Seq(1, Lit(1, "图"), Choice(6, Lit(6, "取自"), Lit(13, "截自"))), 0, 1));

    // ---- captures ----

    [Fact]
    public void Capture() => PatternAssert.Parses("{day: @day}", Cap(0, "day", Ref(6, "day")));

    [Fact]
    public void CaptureAllowsSpacesAroundNameAndColon() => PatternAssert.Parses("{ x : a }", Cap(0, "x", Cls(6, "a")));

    [Fact]
    public void CaptureOfAChoice() =>
        PatternAssert.Parses("{agency: 'AP' | 'AFP'}", Cap(0, "agency", Choice(9, Lit(9, "AP"), Lit(16, "AFP"))));

    [Fact]
    public void NestedCaptures() =>
        PatternAssert.Parses("{a: {b: x}+}", Cap(0, "a", Rep(4, Cap(4, "b", Cls(8, "x")), 1, RepeatNode.Unbounded)));

    [Fact]
    public void BraceAfterAnAtomThatIsNotANumberStartsACapture() =>
        // `x{n: y}` is x followed by a capture, not a malformed repetition count.
        PatternAssert.Parses("x{n: y}?", Seq(0, Cls(0, "x"), Rep(1, Cap(1, "n", Cls(5, "y")), 0, 1)));

    // ---- quantifiers ----

    [Theory]
    [InlineData("x?", 0, 1, false)]
    [InlineData("x*", 0, -1, false)]
    [InlineData("x+", 1, -1, false)]
    [InlineData("x{3}", 3, 3, false)]
    [InlineData("x{0}", 0, 0, false)]
    [InlineData("x{2,}", 2, -1, false)]
    [InlineData("x{2,5}", 2, 5, false)]
    [InlineData("x{1,1}", 1, 1, false)]
    [InlineData("x??", 0, 1, true)]
    [InlineData("x*?", 0, -1, true)]
    [InlineData("x+?", 1, -1, true)]
    [InlineData("x{3}?", 3, 3, true)]
    [InlineData("x{2,}?", 2, -1, true)]
    [InlineData("x{2,5}?", 2, 5, true)]
    public void Quantifier(string pattern, int min, int max, bool lazy) =>
        PatternAssert.Parses(pattern, Rep(0, Cls(0, "x"), min, max, lazy));

    [Fact]
    public void UnboundedIsMinusOne() => Assert.Equal(-1, RepeatNode.Unbounded);

    [Fact]
    public void QuantifiedGroupTakesTheOffsetOfItsContents() =>
        PatternAssert.Parses("(a|b)*", Rep(1, Choice(1, Cls(1, "a"), Cls(3, "b")), 0, RepeatNode.Unbounded));

    [Fact]
    public void QuantifierOnALiteral() => PatternAssert.Parses("'ab'{2}", Rep(0, Lit(0, "ab"), 2, 2));

    [Fact]
    public void DoubledQuantifierNestsRepetitions() =>
        // The grammar takes any number of quantifiers after an atom (quantifier.Many()), so `a**`
        // is (a*)* rather than an error; SchemaResolver then warns DS0014 that the outer
        // repetition's body can match nothing (see SchemaResolverTests).
        PatternAssert.Parses("a**", Rep(0, Rep(0, Cls(0, "a"), 0, -1), 0, -1));

    [Fact]
    public void LazyMarkerAppliesToTheQuantifierItFollows() =>
        // `a*?*`: (a*?)*, the ? makes the first repetition lazy rather than optional.
        PatternAssert.Parses("a*?*", Rep(0, Rep(0, Cls(0, "a"), 0, -1, lazy: true), 0, -1));

    [Fact]
    public void CountsAfterCounts() => PatternAssert.Parses("'a'{2}{3}", Rep(0, Rep(0, Lit(0, "a"), 2, 2), 3, 3));

    // ---- lookahead and anchors ----

    [Fact]
    public void NegativeLookahead() =>
        PatternAssert.Parses("!final any", Seq(0, Not(0, Cls(1, "final")), Cls(7, "any")));

    [Fact]
    public void PositiveLookahead() => PatternAssert.Parses("&upper", And(0, Cls(1, "upper")));

    [Fact]
    public void LookaheadTakesTheQuantifiedAtom() =>
        // Prefix operators bind looser than postfix ones: !digit* is !(digit*).
        PatternAssert.Parses("!digit*", Not(0, Rep(1, Cls(1, "digit"), 0, -1)));

    [Fact]
    public void LookaheadOfAGroup() =>
        PatternAssert.Parses("!('讯' | '电')", Not(0, Choice(2, Lit(2, "讯"), Lit(8, "电"))));

    [Fact]
    public void LookaheadAfterSpaceIsAtTheOperator() =>
        // The offset of a node is the position of its first character in the pattern string
        // (PatternNode's contract); here the `!` is at 4 and the `&` at 5, after the spaces.
        PatternAssert.Parses("'a' !b  &c", Seq(0, Lit(0, "a"), Not(4, Cls(5, "b")), And(8, Cls(9, "c"))));

    [Fact]
    public void Anchors() =>
        PatternAssert.Parses("^ '热门新闻' $", Seq(0, Start(0), Lit(2, "热门新闻"), End(9)));

    // ---- comments and white space ----

    [Fact]
    public void CommentRunsToTheEndOfTheLine() =>
        PatternAssert.Parses("'a' # first\n'b' # second", Seq(0, Lit(0, "a"), Lit(12, "b")));

    [Fact]
    public void CommentMayHoldQuotesAndBrackets() =>
        PatternAssert.Parses("'a' # it's (odd [\n'b'", Seq(0, Lit(0, "a"), Lit(18, "b")));

    [Fact]
    public void HashInsideALiteralIsText() => PatternAssert.Parses("'#1'", Lit(0, "#1"));

    [Fact]
    public void WhiteSpaceOfAnyKindBetweenTokensIsIgnored() =>
        PatternAssert.Parses("\t 'a'\n\n  'b'  \r\n", Seq(2, Lit(2, "a"), Lit(9, "b")));

    [Fact]
    public void IdeographicSpaceBetweenTokensIsWhiteSpace() =>
        // U+3000 is white space to char.IsWhiteSpace, which Sprache uses.
        PatternAssert.Parses("'a'\u3000'b'", Seq(0, Lit(0, "a"), Lit(4, "b")));

    // ---- whole patterns from the documentation ----

    [Fact]
    public void BylineFromTheDocs() =>
        PatternAssert.Parses("'By ' {name: @name-run} (',' space+ {agency: any+})?",
            Seq(0,
                Lit(0, "By "),
                Cap(6, "name", Ref(13, "name-run")),
                Rep(25,
                    Seq(25,
                        Lit(25, ","),
                        Rep(29, Cls(29, "space"), 1, -1),
                        Cap(36, "agency", Rep(45, Cls(45, "any"), 1, -1))),
                    0, 1)));

    [Fact]
    public void CaptionFromTheDocs() =>
        PatternAssert.Parses("{text: any*?} space* '(' {credit: [^()]+} ')'",
            Seq(0,
                Cap(0, "text", Rep(7, Cls(7, "any"), 0, -1, lazy: true)),
                Rep(14, Cls(14, "space"), 0, -1),
                Lit(21, "("),
                Cap(25, "credit", Rep(34, NotSet(34, C('('), C(')')), 1, -1)),
                Lit(42, ")")));
}
