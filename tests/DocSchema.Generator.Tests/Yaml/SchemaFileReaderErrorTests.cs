using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Tests.Yaml;

/// <summary>
/// Each kind of mistake in a schema file gives its documented id (docs/schema-language.md#diagnostics)
/// at the zero-based line and column of the offending key or value, and no model.
/// </summary>
public class SchemaFileReaderErrorTests
{
    private const string Path = "schemas/test.docschema.yaml";

    private static ParsedFile Read(string text)
    {
        var file = SchemaFileReader.Read(Path, text);
        // Any error means no model: the emitter must never see a half-read schema.
        Assert.Null(file.Schema);
        Assert.All(file.Diagnostics, d => Assert.Equal(Path, d.Location.Path));
        return file;
    }

    // ---- DS0001 YAML syntax ----

    [Fact]
    public void UnclosedFlowMappingIsAYamlSyntaxError()
    {
        var file = Read("""
            schema: wire-story
            layout:
              - headline: {match: "@headline"
              - body: {}
            """);

        // YAML notices the missing `}` where the next entry starts.
        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0001", 3, 2);
        Assert.StartsWith("YAML syntax error: ", diagnostic.Message);
        Assert.Contains("did not find expected ',' or '}'", diagnostic.Message);
        // YamlDotNet's "(Line: …, Col: …)" prefix is removed: the location carries the position.
        Assert.DoesNotContain("Line:", diagnostic.Message);
    }

    [Fact]
    public void TabIndentationIsAYamlSyntaxErrorAtTheTab()
    {
        // YamlDotNet's exception for a tab in indentation marks only the start of the enclosing
        // mapping (0:0 here), so before the fix the error points at the first line of the file whatever
        // line the tab is on. The reader should point at the tab (e.g. by finding the first tab
        // in an indentation itself when YamlDotNet reports this message).
        var file = Read("schema: a\nlayout:\n\t- body: {}\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0001", 2, 0);
    }

    [Fact]
    public void UnterminatedQuoteIsAYamlSyntaxError()
    {
        var file = Read("schema: \"wire-story\nlayout: [body]\n");

        Assert.Equal("DS0001", Assert.Single(file.Diagnostics).Id);
    }

    [Fact]
    public void ErrorAtTheEndOfAFileWithoutAFinalLineBreakIsOnItsLastLine()
    {
        // YamlDotNet marks the end of the stream on a line after the last one (2:0, a line the file
        // does not have); the diagnostic must be at the end of the text, offset 23: line 1,
        // column 13 ("layout: [body" is 13 characters).
        var file = Read("schema: a\nlayout: [body");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0001", 1, 13);
        Assert.Equal(23, diagnostic.Location.Offset);
    }

    [Fact]
    public void SecondDocumentIsReported()
    {
        var file = Read("schema: a\nlayout: [body]\n---\nschema: b\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0001", 3, 0);
        Assert.Contains("one YAML document", diagnostic.Message);
    }

    [Fact]
    public void ScannerFailureOfYamlDotNetIsASyntaxErrorNotAnInternalError()
    {
        // YamlDotNet throws InvalidOperationException (not YamlException) for this unclosed flow
        // mapping followed by a less-indented line. SchemaFileReader.LoadRoot catches only
        // YamlException, so before the fix the user gets DS0099 "internal error … please report it" at 0:0
        // for a plain typo. Expected: DS0001.
        var file = Read("schema: a\nlayout: {b: c\n- d\n");

        Assert.DoesNotContain(file.Diagnostics, d => d.Id == DiagnosticDescriptors.InternalError);
        Assert.Equal("DS0001", Assert.Single(file.Diagnostics).Id);
    }

    [Fact]
    public void EmptyKeyThatYamlDotNetCannotLoadIsASyntaxErrorNotAnInternalError()
    {
        // YamlDotNet throws ArgumentException ("The current event is of an unsupported type") for
        // a mapping entry with an empty key; same cause as above, reported before the fix as DS0099.
        var file = Read("schema: a\nlayout:\n  - body:\n     : c\n");

        Assert.DoesNotContain(file.Diagnostics, d => d.Id == DiagnosticDescriptors.InternalError);
        Assert.Equal("DS0001", Assert.Single(file.Diagnostics).Id);
    }

    // ---- DS0002 unknown key ----

    [Fact]
    public void UnknownTopLevelKeySuggestsTheNearest()
    {
        var file = Read("""
            schema: wire-story
            layuot:
              - body: {}
            """);

        // The misspelt key is unknown; `layout:` is then missing too, but the unknown key's
        // "did you mean `layout`?" already says so, and a second error would only be noise.
        DiagnosticAssert.Ids(file.Diagnostics, "DS0002");
        var unknown = DiagnosticAssert.At(file.Diagnostics, "DS0002", 1, 0);
        Assert.Contains("unknown key `layuot` in the schema; did you mean `layout`?", unknown.Message);
        Assert.Equal(6, unknown.Location.Length);
    }

    [Fact]
    public void UnknownKeyFarFromAnyValidKeyHasNoSuggestion()
    {
        var file = Read("schema: a\nlayout: [body]\nfavourite-colour: blue\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0002", 2, 0);
        Assert.DoesNotContain("did you mean", diagnostic.Message);
        Assert.Contains("valid keys: schema, type, namespace, doc, import, blocks, detect, patterns, layout", diagnostic.Message);
    }

    [Fact]
    public void UnknownRoleSetting()
    {
        var file = Read("""
            schema: wire-story
            layout:
              - headline: {match: "@headline", optinal: true}
              - body: {}
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0002", 2, 35);
        Assert.Contains("unknown key `optinal` in role `headline`; did you mean `optional`?", diagnostic.Message);
    }

    [Fact]
    public void UnknownBodySetting()
    {
        var file = Read("""
            schema: wire-story
            layout:
              - body:
                  datline: "@en-dateline"
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0002", 3, 6);
        Assert.Contains("did you mean `dateline`?", diagnostic.Message);
    }

    [Fact]
    public void UnknownTeaserLine()
    {
        var file = Read("""
            schema: wire-story
            layout:
              - boilerplate:
                  related:
                    separator: "'Read more'"
                    item:
                      - headlin: {}
                      - headline: {}
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0002", 6, 12);
        Assert.Contains("unknown teaser line `headlin`; did you mean `headline`?", diagnostic.Message);
    }

    // ---- DS0004 duplicates ----

    [Fact]
    public void DuplicateRole()
    {
        var file = Read("""
            schema: wire-story
            layout:
              - headline: {}
              - body: {}
              - headline: {}
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0004", 4, 4);
        Assert.Contains("role `headline` appears twice", diagnostic.Message);
    }

    [Fact]
    public void DuplicateTeaserLine()
    {
        var file = Read("""
            schema: wire-story
            layout:
              - boilerplate:
                  related:
                    separator: "'Read more'"
                    item: [headline, section, section]
            """);

        DiagnosticAssert.Single(file.Diagnostics, "DS0004", 5, 34);
    }

    [Fact]
    public void DuplicatePatternName()
    {
        // YamlStream.Load throws on a duplicate mapping key ("Duplicate key a", DS0001) before the
        // reader sees it, so duplicates are found by a pass over the YAML events first.
        var file = Read("""
            schema: wire-story
            patterns:
              a: "'x'"
              a: "'y'"
            layout:
              - body: {}
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0004", 3, 2);
        Assert.Contains("pattern `a` is defined twice", diagnostic.Message);
    }

    [Fact]
    public void DuplicateTopLevelKey()
    {
        // Found by the same pass over the YAML events as DuplicatePatternName.
        var file = Read("schema: a\nschema: b\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0004", 1, 0);
        Assert.Contains("key `schema` is given twice", diagnostic.Message);
    }

    // ---- DS0006 missing keys ----

    [Fact]
    public void MissingSchemaAndLayout()
    {
        var file = Read("doc: nothing here\n");

        DiagnosticAssert.Ids(file.Diagnostics, "DS0006", "DS0006");
        Assert.Contains("missing `schema:`", file.Diagnostics[0].Message);
        Assert.Contains("missing `layout:`", file.Diagnostics[1].Message);
        // Reported at the root mapping: the start of the file.
        Assert.All(file.Diagnostics, d => Assert.Equal((0, 0), (d.Location.Line, d.Location.Column)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# just a comment\n")]
    public void EmptyFile(string text)
    {
        var file = Read(text);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0006", 0, 0);
        Assert.Contains("the file is empty", diagnostic.Message);
    }

    [Fact]
    public void EmptyLayout()
    {
        var file = Read("schema: a\nlayout: []\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0006", 1, 8);
    }

    [Fact]
    public void CustomRoleWithoutMatch()
    {
        var file = Read("""
            schema: a
            layout:
              - byline: {doc: Who wrote it.}
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0006", 2, 4);
        Assert.Contains("custom role `byline` needs a `match:`", diagnostic.Message);
    }

    [Fact]
    public void RelatedWithoutSeparatorOrHeadline()
    {
        var file = Read("""
            schema: a
            layout:
              - boilerplate:
                  related:
                    item: [caption]
            """);

        DiagnosticAssert.Ids(file.Diagnostics, "DS0006", "DS0006");
        Assert.Contains("needs a `separator:`", DiagnosticAssert.At(file.Diagnostics, "DS0006", 4, 8).Message);
        Assert.Contains("needs a `headline` line", DiagnosticAssert.At(file.Diagnostics, "DS0006", 4, 14).Message);
    }

    [Fact]
    public void SectionsWithoutLayout()
    {
        var file = Read("schema: a\nlayout:\n  - sections: {split: language}\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0006", 2, 4);
    }

    [Fact]
    public void PatternEntryWithoutPattern()
    {
        var file = Read("schema: a\npatterns:\n  x: {doc: No pattern.}\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0006", 2, 5);
        Assert.Contains("pattern `x` needs a `pattern:`", diagnostic.Message);
    }

    [Fact]
    public void FieldWithoutType()
    {
        var file = Read("""
            schema: a
            layout:
              - byline:
                  match: "{name: any+}"
                  fields: {name: {doc: The name.}}
            """);

        DiagnosticAssert.Single(file.Diagnostics, "DS0006", 4, 21);
    }

    // ---- DS0007 invalid values ----

    [Fact]
    public void BlocksNotOneOfTheChoices()
    {
        var file = Read("schema: a\nblocks: pargraphs\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 1, 8);
        Assert.Contains("`blocks` must be one of `paragraphs`, `lines`, `auto`, not `pargraphs`; did you mean `paragraphs`?", diagnostic.Message);
    }

    [Fact]
    public void OptionalNotABoolean()
    {
        var file = Read("schema: a\nlayout:\n  - headline: {optional: maybe}\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 25);
        Assert.Contains("`headline.optional` must be true or false, not `maybe`", diagnostic.Message);
    }

    [Fact]
    public void CountNotOneOfTheChoices()
    {
        var file = Read("schema: a\nlayout:\n  - kicker: {match: \"'x'\", count: \"2\"}\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 34);
        Assert.Contains("`kicker.count` must be one of `1`, `?`, `*`, `+`, not `2`", diagnostic.Message);
    }

    [Fact]
    public void CountAndOptionalTogether()
    {
        var file = Read("schema: a\nlayout:\n  - headline: {count: \"1\", optional: true}\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 27);
    }

    [Fact]
    public void WeightOutOfRange()
    {
        var file = Read("schema: a\ndetect:\n  - {contains: x, weight: 5000}\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 26);
        Assert.Contains("from -1000 to 1000, not `5000`", diagnostic.Message);
    }

    [Fact]
    public void DetectEntryWithTwoConditions()
    {
        var file = Read("schema: a\ndetect:\n  - {contains: x, block: \"'x'\"}\nlayout: [body]\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 4);
    }

    [Fact]
    public void UnknownFieldType()
    {
        var file = Read("""
            schema: a
            layout:
              - byline:
                  match: "{name: any+}"
                  fields: {name: txt}
            """);

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 4, 21);
        Assert.Contains("`txt` is not a field type", diagnostic.Message);
    }

    [Fact]
    public void LayoutEntryWithTwoRoles()
    {
        var file = Read("schema: a\nlayout:\n  - {headline: {}, body: {}}\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 4);
    }

    [Fact]
    public void RootThatIsNotAMapping()
    {
        var file = Read("- schema\n- layout\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0007", 0, 0);
    }

    [Fact]
    public void ScalarWhereAMappingBelongs()
    {
        var file = Read("schema: a\nlayout:\n  - body: yes please\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 2, 10);
        Assert.Contains("the settings of `body` must be a mapping", diagnostic.Message);
    }

    [Fact]
    public void ListWhereTextBelongs()
    {
        var file = Read("schema: [a, b]\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0007", 0, 8);
        Assert.Contains("must be a single value (text), not a list", diagnostic.Message);
    }

    [Fact]
    public void CustomRoleInsideSections()
    {
        var file = Read("schema: a\nlayout:\n  - sections:\n      layout: [byline]\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0007", 3, 15);
    }

    // ---- DS0008 invalid names ----

    [Theory]
    [InlineData("class")]
    [InlineData("int")]
    [InlineData("namespace")]
    public void CSharpKeywordAsType(string keyword)
    {
        var file = Read($"schema: a\ntype: {keyword}\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 1, 6);
        Assert.Contains($"`{keyword}` is not a valid C# type name", diagnostic.Message);
        Assert.Contains("not a C# keyword", diagnostic.Message);
    }

    [Theory]
    // Before the fix each was a type with a member of its own name, CS0542 in the generated code.
    [InlineData("Parse")]
    [InlineData("Name")]
    [InlineData("Patterns")]
    [InlineData("ReadRelated")]
    public void TypeNamedLikeAMemberOfTheGeneratedType(string type)
    {
        var file = Read($"schema: a\ntype: {type}\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 1, 6);
        Assert.StartsWith($"`{type}` is a member the generated type declares, and a type may not be named like its own member; choose another `type:` (not `Name`, `Description`, ", diagnostic.Message);
    }

    [Theory]
    [InlineData("\"Wire\\\"Story\"")]        // a quote, which would end a string in generated code
    [InlineData("\"Wire\\nStory\"")]         // a line break, which would end a comment
    [InlineData("\"Wire Story\"")]
    [InlineData("2Wire")]
    [InlineData("\"@Wire\"")]
    public void TypeThatIsNotAnIdentifier(string yamlValue)
    {
        var file = Read($"schema: a\ntype: {yamlValue}\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 1, 6);
        // The name is shown on one line, so the message itself cannot break a build log line.
        Assert.DoesNotContain('\n', diagnostic.Message);
    }

    [Fact]
    public void NamespaceWithAKeyword()
    {
        var file = Read("schema: a\nnamespace: My.class\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 1, 11);
        Assert.Contains("`My.class` is not a valid C# namespace", diagnostic.Message);
    }

    [Theory]
    [InlineData("\"wire\\\"story\"")]
    [InlineData("\"wire\\nstory\"")]
    [InlineData("Wire-Story")]
    [InlineData("wire_story")]
    [InlineData("wire--story")]
    [InlineData("wire-")]
    [InlineData("2wire")]
    public void SchemaNameThatIsNotKebabCase(string yamlValue)
    {
        var file = Read($"schema: {yamlValue}\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 0, 8);
        Assert.DoesNotContain('\n', diagnostic.Message);
    }

    [Fact]
    public void RoleNameWithALineBreak()
    {
        var file = Read("schema: a\nlayout:\n  - \"bad\\nrole\": {match: \"'x'\"}\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 2, 4);
        Assert.Contains("`bad role` is not a valid role name", diagnostic.Message);
    }

    [Fact]
    public void RoleNameWithAQuote()
    {
        var file = Read("schema: a\nlayout:\n  - \"by\\\"line\": {match: \"'x'\"}\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0008", 2, 4);
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("dateline")]
    [InlineData("to-string")]
    [InlineData("speakers")]    // these two were missing: CS0108 (a member that hides the base class's) in generated code
    [InlineData("steps-used")]
    // The rest of the names reserved when they were listed in kebab-case in LayoutReader.
    [InlineData("schema")]
    [InlineData("source")]
    [InlineData("language")]
    [InlineData("captions")]
    [InlineData("subheadings")]
    [InlineData("paragraph")]
    [InlineData("quotes")]
    [InlineData("related")]
    [InlineData("alignment")]
    [InlineData("diagnostics")]
    [InlineData("schema-name")]
    [InlineData("name")]
    [InlineData("description")]
    [InlineData("parse")]
    [InlineData("score")]
    [InlineData("write-json")]
    [InlineData("to-json")]
    [InlineData("equals")]
    [InlineData("get-hash-code")]
    [InlineData("get-type")]
    [InlineData("write-custom-members")]
    [InlineData("subheading")]
    [InlineData("patterns")]
    [InlineData("read-related")]
    [InlineData("memberwise-clone")]
    [InlineData("finalize")]
    public void RoleNamedLikeAMemberEveryArticleHas(string role)
    {
        var file = Read($"schema: a\nlayout:\n  - {role}: {{match: \"'x'\"}}\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 2, 4);
        Assert.Contains("is a member every article already has", diagnostic.Message);
    }

    [Fact]
    public void PatternNameThatIsNotKebabCase()
    {
        var file = Read("schema: a\npatterns:\n  Zh_Place: \"han+\"\nlayout: [body]\n");

        DiagnosticAssert.Single(file.Diagnostics, "DS0008", 2, 2);
    }

    [Fact]
    public void FieldNameThatIsNotKebabCase()
    {
        var file = Read("""
            schema: a
            layout:
              - byline:
                  match: "{name: any+}"
                  fields: {Name: text}
            """);

        DiagnosticAssert.Single(file.Diagnostics, "DS0008", 4, 15);
    }

    [Fact]
    public void LongNamesAreShortenedInMessages()
    {
        var name = new string('X', 500);
        var file = Read($"schema: a\ntype: \"{name}!\"\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0008", 1, 6);
        Assert.Contains(new string('X', 57) + "...", diagnostic.Message);
        Assert.DoesNotContain(new string('X', 58), diagnostic.Message);
    }

    // ---- DS0016 a file named for the other kind ----

    [Fact]
    public void LibraryInASchemaFile()
    {
        // Before the fix this read as a library, which the generator collects only from
        // `*.patterns.yaml`: nothing was generated and nothing was said.
        var file = Read("library: lib\npatterns:\n  x: \"'x'\"\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0016", 0, 0);
        Assert.True(diagnostic.IsError);
        Assert.Equal("library".Length, diagnostic.Location.Length);
        Assert.Contains("this file is a pattern library (it has `library:`), but its name ends in `.docschema.yaml`", diagnostic.Message);
        Assert.Contains("rename it to `test.patterns.yaml`", diagnostic.Message);
        Assert.Null(file.Library);
    }

    [Fact]
    public void SchemaInALibraryFile()
    {
        const string path = "schemas/common/news.patterns.yaml";

        var file = SchemaFileReader.Read(path, "doc: News.\nschema: news\nlayout: [body]\n");

        // One error that names the cause, instead of `schema` and `layout` as unknown library keys
        // and a missing `library:`.
        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0016", 1, 0);
        Assert.Equal(path, diagnostic.Location.Path);
        Assert.Contains("this file is a schema (it has `schema:`), but its name ends in `.patterns.yaml`", diagnostic.Message);
        Assert.Contains("rename it to `news.docschema.yaml`", diagnostic.Message);
        Assert.Null(file.Library);
        Assert.Null(file.Schema);
    }

    [Fact]
    public void SchemaFileWithALibraryKeyIsReadAsASchema()
    {
        // With both keys the name decides: this is a schema with one key too many, not a library
        // with `schema` and `layout` unknown.
        var file = Read("schema: a\nlibrary: b\nlayout: [body]\n");

        var diagnostic = DiagnosticAssert.Single(file.Diagnostics, "DS0002", 1, 0);
        Assert.Contains("unknown key `library` in the schema", diagnostic.Message);
    }

    // ---- several problems at once ----

    [Fact]
    public void EveryProblemIsReportedNotOnlyTheFirst()
    {
        var file = Read("""
            schema: a
            type: class
            blocks: pargraphs
            layout:
              - headline: {optional: maybe}
              - kicker: {match: "'x' (", count: "2"}
              - body: {}
            """);

        DiagnosticAssert.Ids(file.Diagnostics, "DS0008", "DS0007", "DS0007", "DS0003", "DS0007");
    }
}
