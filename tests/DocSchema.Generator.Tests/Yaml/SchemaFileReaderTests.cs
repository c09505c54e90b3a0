using DocSchema.Generator.Model;
using DocSchema.Generator.Patterns;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Yaml;
using static DocSchema.Generator.Tests.Support.Tree;

namespace DocSchema.Generator.Tests.Yaml;

/// <summary>Valid schema and library files read into the expected model, with defaults and locations.</summary>
public class SchemaFileReaderTests
{
    private const string Path = "schemas/wire.docschema.yaml";

    // Zero-based line numbers are noted on the right; the tests below refer to them.
    private const string WireStory = """
        schema: wire-story
        type: WireStory
        namespace: News.Wire
        doc: An English wire story.
        blocks: lines
        import: [common/agencies.patterns.yaml]
        detect:
          - {contains: "Reuters", weight: 3}
          - {block: "'By ' any+"}
          - {language-sections: [zh, en], weight: -2}
        patterns:
          agency-tag: "'(' @agency ')'"
          kicker-text:
            pattern: "upper+"
            doc: A kicker.
        layout:
          - headline: {match: "@headline", optional: false}
          - byline:
              match: "'By ' {name: @name-run}"
              doc: The reporter.
              count: "*"
              fields: {name: text, extra: {type: "list<int>", doc: Numbers.}}
          - caption: {match: "{text: any+}", count: "+"}
          - body:
              dateline: "@en-dateline"
              subheading: "@en-subheading"
              end: ["'Reporting by'", "'More' $"]
          - boilerplate:
              related:
                after: "'Related'"
                separator: "'Read more'"
                item:
                  - caption: {joined: true}
                  - headline
                  - teaser: {dateline: "@en-dateline", optional: false}
        """;

    private static SchemaModel ReadValid(string text, string path = Path)
    {
        var file = SchemaFileReader.Read(path, text);
        DiagnosticAssert.None(file.Diagnostics);
        Assert.Null(file.Library);
        Assert.NotNull(file.Schema);
        return file.Schema;
    }

    [Fact]
    public void TopLevelValues()
    {
        var schema = ReadValid(WireStory);

        Assert.Equal(Path, schema.Path);
        Assert.Equal("wire-story", schema.Name);
        Assert.Equal("WireStory", schema.TypeName);
        Assert.Equal("News.Wire", schema.Namespace);
        Assert.Equal("An English wire story.", schema.Doc);
        Assert.Equal("lines", schema.Blocks);
        // The schema's own location is its root mapping: the start of the file.
        Assert.Equal((Path, 0, 0, 0), (schema.Location.Path, schema.Location.Offset, schema.Location.Line, schema.Location.Column));
    }

    [Fact]
    public void Imports()
    {
        var schema = ReadValid(WireStory);

        var import = Assert.Single(schema.Imports);
        Assert.Equal("common/agencies.patterns.yaml", import.Path);
        Assert.Equal((5, 9), (import.Location.Line, import.Location.Column));
    }

    [Fact]
    public void DetectSignals()
    {
        var schema = ReadValid(WireStory);

        Assert.Equal(3, schema.Detect.Count);
        var contains = schema.Detect[0];
        Assert.Equal((3, "Reuters"), (contains.Weight, contains.Contains));
        Assert.Null(contains.Block);
        Assert.Empty(contains.LanguageSections);

        var block = schema.Detect[1];
        Assert.Equal(1, block.Weight); // the default weight
        Assert.Null(block.Contains);
        Assert.Equal("'By ' any+", block.Block?.Source);
        Assert.Equal(Seq(0, Lit(0, "By "), Rep(6, Cls(6, "any"), 1, -1)), block.Block?.Root);

        var sections = schema.Detect[2];
        Assert.Equal(-2, sections.Weight);
        Assert.Equal(new[] { "zh", "en" }, sections.LanguageSections);
        Assert.Equal((9, 4), (sections.Location.Line, sections.Location.Column));
    }

    [Fact]
    public void NamedPatternsInBothForms()
    {
        var schema = ReadValid(WireStory);

        Assert.Equal(2, schema.Patterns.Count);
        var shortForm = schema.Patterns[0];
        Assert.Equal(("agency-tag", "'(' @agency ')'", (string?)null, "schema"), (shortForm.Name, shortForm.Pattern.Source, shortForm.Doc, shortForm.Origin));
        Assert.Equal(Seq(0, Lit(0, "("), Ref(4, "agency"), Lit(12, ")")), shortForm.Pattern.Root);
        Assert.Equal((11, 14), (shortForm.Pattern.Location.Line, shortForm.Pattern.Location.Column));

        var longForm = schema.Patterns[1];
        Assert.Equal(("kicker-text", "upper+", "A kicker."), (longForm.Name, longForm.Pattern.Source, longForm.Doc));
        Assert.Equal(Rep(0, Cls(0, "upper"), 1, -1), longForm.Pattern.Root);
    }

    [Fact]
    public void LayoutRolesInOrder()
    {
        var schema = ReadValid(WireStory);

        Assert.Equal(new[] { "headline", "byline", "caption", "body", "boilerplate" }, schema.Layout.Select(e => e.Role));
        // A role's location is its key in the layout list.
        Assert.Equal(new[] { (16, 4), (17, 4), (22, 4), (23, 4), (27, 4) }, schema.Layout.Select(e => (e.Location.Line, e.Location.Column)));
    }

    [Fact]
    public void HeadlineWithOptionalFalseIsRequired()
    {
        var headline = Assert.IsType<BlockRoleElement>(ReadValid(WireStory).Layout[0]);

        Assert.Equal(BlockRoleKind.Headline, headline.Kind);
        Assert.Equal((1, 1), (headline.Min, headline.Max));
        Assert.Equal(Ref(0, "headline"), headline.Match?.Root);
    }

    [Fact]
    public void CustomRoleWithFields()
    {
        var byline = Assert.IsType<BlockRoleElement>(ReadValid(WireStory).Layout[1]);

        Assert.Equal(BlockRoleKind.Custom, byline.Kind);
        Assert.Equal((0, -1), (byline.Min, byline.Max));
        Assert.Equal("The reporter.", byline.Doc);
        Assert.Equal(Seq(0, Lit(0, "By "), Cap(6, "name", Ref(13, "name-run"))), byline.Match?.Root);
        Assert.Equal((18, 13), (byline.Match!.Location.Line, byline.Match.Location.Column));
        Assert.Equal(2, byline.Fields.Count);
        Assert.Equal(new FieldSpec("name", FieldType.Text, false, false, null, byline.Fields[0].Location), byline.Fields[0]);
        Assert.Equal(new FieldSpec("extra", FieldType.Int, true, false, "Numbers.", byline.Fields[1].Location), byline.Fields[1]);
        // A field's location is its key, where a type mismatch (DS0012) is reported.
        Assert.Equal((21, 15), (byline.Fields[0].Location.Line, byline.Fields[0].Location.Column));
    }

    [Fact]
    public void CaptionWithCountPlus()
    {
        var caption = Assert.IsType<BlockRoleElement>(ReadValid(WireStory).Layout[2]);

        Assert.Equal(BlockRoleKind.Caption, caption.Kind);
        Assert.Equal((1, -1), (caption.Min, caption.Max));
        Assert.Equal(Cap(0, "text", Rep(7, Cls(7, "any"), 1, -1)), caption.Match?.Root);
    }

    [Fact]
    public void Body()
    {
        var body = Assert.IsType<BodyElement>(ReadValid(WireStory).Layout[3]);

        Assert.Equal(Ref(0, "en-dateline"), body.Dateline?.Root);
        Assert.Equal(Ref(0, "en-subheading"), body.Subheading?.Root);
        Assert.Null(body.Caption);
        Assert.Equal(new[] { "'Reporting by'", "'More' $" }, body.End.Select(e => e.Source));
        Assert.Equal(Seq(0, Lit(0, "More"), End(7)), body.End[1].Root);
    }

    [Fact]
    public void BoilerplateWithRelatedTeasers()
    {
        var boilerplate = Assert.IsType<BoilerplateElement>(ReadValid(WireStory).Layout[4]);
        var related = boilerplate.Related!;

        Assert.Equal(Lit(0, "Related"), related.After?.Root);
        Assert.Equal(Lit(0, "Read more"), related.Separator.Root);
        Assert.Equal(new[] { "caption", "headline", "teaser" }, related.Slots.Select(s => s.Name));
        // caption: joined and optional by default; headline: required by default, a bare name;
        // teaser: made required, with a dateline.
        Assert.Equal((true, true, false), (related.Slots[0].Joined, related.Slots[0].Optional, related.Slots[0].Dateline is not null));
        Assert.Equal((false, false, (PatternSpec?)null), (related.Slots[1].Joined, related.Slots[1].Optional, related.Slots[1].Match));
        Assert.Equal((false, false), (related.Slots[2].Joined, related.Slots[2].Optional));
        Assert.Equal(Ref(0, "en-dateline"), related.Slots[2].Dateline?.Root);
    }

    [Fact]
    public void Defaults()
    {
        var schema = ReadValid("""
            schema: oriental-daily
            layout:
              - headline
              - body
            """);

        Assert.Equal("OrientalDailyArticle", schema.TypeName);
        Assert.Null(schema.Namespace);
        Assert.Null(schema.Doc);
        Assert.Equal("paragraphs", schema.Blocks);
        Assert.Empty(schema.Imports);
        Assert.Empty(schema.Detect);
        Assert.Empty(schema.Patterns);
        var headline = Assert.IsType<BlockRoleElement>(schema.Layout[0]);
        // Headline without settings: optional, matching the built-in @headline (docs: "match (default @headline)").
        Assert.Equal((0, 1), (headline.Min, headline.Max));
        Assert.Equal(new ReferenceNode(0, "headline"), headline.Match?.Root);
        Assert.Equal(new BodyElement(schema.Layout[1].Location, null, null, null, EquatableArray<PatternSpec>.Empty), schema.Layout[1]);
    }

    [Fact]
    public void FlowStyleLayout()
    {
        var schema = ReadValid("schema: a\nlayout: [{headline: {}}, {body: {}}]\n");

        Assert.Equal(new[] { "headline", "body" }, schema.Layout.Select(e => e.Role));
    }

    [Fact]
    public void Sections()
    {
        var schema = ReadValid("""
            schema: abc-bilingual
            layout:
              - sections:
                  split: language
                  align: gale-church
                  layout:
                    - headline: {match: "@headline"}
                    - body: {}
              - boilerplate: {}
            """);

        var sections = Assert.IsType<SectionsElement>(schema.Layout[0]);
        Assert.True(sections.Align);
        Assert.Equal(new[] { "headline", "body" }, sections.Layout.Select(e => e.Role));
        Assert.Equal(new BoilerplateElement(schema.Layout[1].Location, null), schema.Layout[1]);
    }

    [Fact]
    public void PatternLibrary()
    {
        var file = SchemaFileReader.Read("schemas/common/chinese-news.patterns.yaml", """
            library: chinese-news
            doc: Shared patterns.
            patterns:
              zh-caption: "{text: any*?} space* @credit"
              zh-section:
                pattern: "han{1,4}"
                doc: A section name.
            """);

        DiagnosticAssert.None(file.Diagnostics);
        Assert.Null(file.Schema);
        var library = file.Library!;
        Assert.Equal(("schemas/common/chinese-news.patterns.yaml", "chinese-news"), (library.Path, library.Name));
        Assert.Equal(new[] { "zh-caption", "zh-section" }, library.Patterns.Select(p => p.Name));
        // Library patterns remember the file they come from, for import diagnostics.
        Assert.All(library.Patterns, p => Assert.Equal("schemas/common/chinese-news.patterns.yaml", p.Origin));
        Assert.Equal(Rep(0, Cls(0, "han"), 1, 4), library.Patterns[1].Pattern.Root);
        Assert.Equal("A section name.", library.Patterns[1].Doc);
    }

    [Fact]
    public void LibraryKeyMakesALibraryInAFileNamedForNeitherKind()
    {
        // The embedded built-ins are read this way; a `*.docschema.yaml` name wins over the key (DS0016).
        var file = SchemaFileReader.Read("odd-name.yaml", "library: odd\npatterns: {x: \"'x'\"}\n");

        DiagnosticAssert.None(file.Diagnostics);
        Assert.Equal("odd", file.Library?.Name);
    }

    [Fact]
    public void CommentInALiteralBlockScalarEndsAtTheLineEnd()
    {
        var schema = ReadValid("""
            schema: a
            layout:
              - kicker:
                  match: |-
                    'x' # a comment
                    'y'
            """);

        var kicker = Assert.IsType<BlockRoleElement>(schema.Layout[0]);
        Assert.Equal(Seq(0, Lit(0, "x"), Lit(16, "y")), kicker.Match?.Root);
    }

    [Fact]
    public void CommentInAFoldedBlockScalarEndsAtTheLineEnd()
    {
        // docs: "`# …` comment to the end of the pattern line (in YAML block scalars)". A folded
        // scalar (`>-`) joins its lines with spaces before the pattern parser sees them, so before the fix
        // the comment swallows every later line and the pattern silently becomes just 'x'.
        var schema = ReadValid("""
            schema: a
            layout:
              - kicker:
                  match: >-
                    'x' # a comment
                    'y'
            """);

        var kicker = Assert.IsType<BlockRoleElement>(schema.Layout[0]);
        var root = kicker.Match?.Root;
        Assert.True(root is SequenceNode { Items.Count: 2 }, $"expected 'x' then 'y', got {Tree.Show(root)}");
    }

    [Fact]
    public void ReadingTwiceGivesEqualModels()
    {
        // The incremental pipeline caches on value equality: reading the same text must compare equal.
        var first = SchemaFileReader.Read(Path, WireStory);
        var second = SchemaFileReader.Read(Path, WireStory);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
