using System.Text.RegularExpressions;
using DocSchema.Generator.Tests.Support;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Names from a schema that meet a name the generated code already has: a schema that validates
/// generates code that compiles, warnings included, and one that would not is a DSxxxx diagnostic
/// in the YAML, never a C# error in a generated file.
/// </summary>
public class GeneratedNameTests
{
    private const string SchemaPath = "/project/schemas/timetable.docschema.yaml";

    // The schema gets exactly one diagnostic, DS0008 at the line and column given, and what the
    // generator emits compiles without a warning.
    // The one diagnostic of the schema (with the MSBuild property, if given), which must be DS0008
    // at the place given and keep the compilation clean; returned for its message.
    private static Diagnostic AssertOneDs0008At(string schema, int line, int column, string? property = null)
    {
        var run = Run(schema, property);

        Assert.True(run.Exception is null, run.Describe());
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DS0008", diagnostic.Id);
        Assert.Equal(new LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Empty(run.Sources.Where(f => f.HintName != "DocSchemaRegistry.g.cs"));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        return diagnostic;
    }

    // The schema with the MSBuild property DocSchemaNamespace set to `property`, if not null.
    private static GeneratorRun Run(string schema, string? property = null) =>
        GeneratorHarness.Run(
            [(SchemaPath, schema)],
            source: null,
            property is null ? null : new Dictionary<string, string> { ["build_property.DocSchemaNamespace"] = property });

    private static GeneratorRun RunClean(string schema, string? property = null)
    {
        var run = Run(schema, property);
        Assert.True(run.Exception is null, run.Describe());
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.True(!run.CompilationDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), run.Describe());
        return run;
    }

    [Fact]
    public void CaptureNamedSlotsCompilesAndIsRead()
    {
        // Before the fix its slot was the constant `Slots` inside the class `Slots` (CS0542): a C#
        // error in the generated file of a schema that validates cleanly.
        var run = RunClean("schema: timetable\nlayout:\n  - schedule: {match: \"{slots: digit+} ' slots'\"}\n  - body: {}\n");

        using var json = CompiledArticle.ParseToJson(run, "DocSchema.Schemas.TimetableArticle", "12 slots\n\nA paragraph.");
        Assert.Equal("12", json.RootElement.GetProperty("schedule").GetProperty("slots").GetString());
    }

    [Fact]
    public void CustomMembersAreWrittenUnderTheirCamelCaseNamesEncodedOnce()
    {
        // A role named like a field of another role, a C# keyword, a repeated role with a list field
        // and an int field: every JSON name is one static encoded field, however often it is used.
        var run = RunClean(
            "schema: timetable\nlayout:\n" +
            "  - class: {match: \"'Class ' {room-number: digit+} (' ' {class: letter+})?\", fields: {room-number: int, class: text?}}\n" +
            "  - stop: {count: \"*\", match: \"'Stop' (' ' {room-number: digit+})+\", fields: {room-number: list<int>}}\n" +
            "  - body: {}\n");

        var generated = run.ArticleSource;
        Assert.Equal(3, Regex.Matches(generated, @"static readonly global::System\.Text\.Json\.JsonEncodedText s_json_\w+ = ").Count);
        Assert.DoesNotContain("\"roomNumber\")", generated.Replace("EncodeName(\"roomNumber\")", ""), StringComparison.Ordinal);

        using var json = CompiledArticle.ParseToJson(run, "DocSchema.Schemas.TimetableArticle", "Class 12 b\n\nStop 3 4\n\nStop 5\n\nA paragraph.");
        var cls = json.RootElement.GetProperty("class");
        Assert.Equal(12, cls.GetProperty("roomNumber").GetInt32());
        Assert.Equal("b", cls.GetProperty("class").GetString());
        var stops = json.RootElement.GetProperty("stop").EnumerateArray().ToList();
        Assert.Equal([[3, 4], [5]], stops.Select(stop => stop.GetProperty("roomNumber").EnumerateArray().Select(n => n.GetInt32()).ToList()).ToList());
    }

    [Fact]
    public void NamesThatDifferOnlyInHyphensShareOneEncodedJsonName()
    {
        // `page-1` and `page1` (a role and a capture of another role) are both `page1` in C# and in
        // the JSON: one field holds the name (two fields of one name would not compile, CS0102).
        var run = RunClean(
            "schema: timetable\nlayout:\n" +
            "  - page-1: {match: \"'P' {x: digit+}\"}\n" +
            "  - stop: {match: \"'S' {page1: digit+}\"}\n" +
            "  - body: {}\n");

        var generated = run.ArticleSource;
        Assert.Single(Regex.Matches(generated, @"JsonEncodedText s_json_page1 = "));
        using var json = CompiledArticle.ParseToJson(run, "DocSchema.Schemas.TimetableArticle", "P7\n\nS8\n\nA paragraph.");
        Assert.Equal("7", json.RootElement.GetProperty("page1").GetProperty("x").GetString());
        Assert.Equal("8", json.RootElement.GetProperty("stop").GetProperty("page1").GetString());
    }

    [Theory]
    // Before the fix: a type with a member of its own name (CS0542), a property that hides the
    // base class's (CS0108, an error where warnings are).
    [InlineData("schema: timetable\ntype: Patterns\nlayout: [body]\n", 1, 6)]
    [InlineData("schema: timetable\ntype: Parse\nlayout: [body]\n", 1, 6)]
    [InlineData("schema: timetable\nlayout:\n  - speakers: {match: \"'x'\"}\n", 2, 4)]
    [InlineData("schema: timetable\nlayout:\n  - steps-used: {match: \"'x'\"}\n", 2, 4)]
    // A role's property or the class of its captures named like the type itself (CS0542).
    [InlineData("schema: timetable\ntype: Kicker\nlayout:\n  - kicker: {match: \"'x'\"}\n", 3, 4)]
    [InlineData("schema: timetable\ntype: KickerValue\nlayout:\n  - kicker: {match: \"{word: 'x'}\"}\n", 3, 4)]
    // The type named like the static field that holds a custom role's, or its field's, JSON name (CS0542).
    [InlineData("schema: timetable\ntype: s_json_kicker\nlayout:\n  - kicker: {match: \"'x'\"}\n", 3, 4)]
    // The type named like the static field of the `contains` signals' texts (CS0542).
    [InlineData("schema: timetable\ntype: s_detectLiterals\ndetect:\n  - {contains: a}\n  - {contains: b}\nlayout: [body]\n", 1, 6)]
    [InlineData("schema: timetable\ntype: s_json_roomNumber\nlayout:\n  - kicker: {match: \"{room-number: digit+}\", fields: {room-number: int}}\n", 3, 4)]
    public void NameOfAMemberTheGeneratedTypeHasIsReportedInTheYaml(string schema, int line, int column) =>
        AssertOneDs0008At(schema, line, column);

    [Fact]
    public void ClassOfCapturesNamedLikeTheTypeIsReportedWithTheTypeSet()
    {
        var run = Run("schema: timetable\ntype: KickerValue\nlayout:\n  - kicker: {match: \"{word: 'x'}\"}\n");

        Assert.Equal(
            "role `kicker` keeps its captures in a class `KickerValue` (its C# name and `Value`), named like the type; rename the role or give the schema another `type:`",
            Assert.Single(run.GeneratorDiagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TypeNamedLikeTheClassOfARoleWithoutCapturesCompiles()
    {
        // Before the fix this was DS0008, though a role without captures has no such class.
        RunClean("schema: timetable\ntype: KickerValue\nlayout:\n  - kicker: {match: \"'x'\"}\n");
    }

    [Fact]
    public void TypeNamedLikeAnInheritedMemberCompiles()
    {
        // Only members the type declares are reported: one named like a member it inherits is fine.
        RunClean("schema: timetable\ntype: Headline\nlayout: [headline, body]\n");
    }

    [Theory]
    // Names of types the generated code uses. These were DS0008 while the code named the runtime's
    // types by their simple names, which each of these hid: CS0120 (a property where a type was
    // called), CS1503 (a nested class found instead of the runtime's), CS1061 (a property where the
    // class of captures called a type), CS0509 (a type found instead of its own base class), and
    // for a namespace part CS0118, CS0311 (Article) and CS0234 (Script.Han). The code names them
    // from global:: now, which none of them can hide.
    [InlineData("schema: timetable\ndetect:\n  - {language-sections: [zh, en], weight: 1}\nlayout:\n  - script: {match: \"'x'\"}\n")]
    [InlineData("schema: timetable\nlayout:\n  - char-class: {match: \"digit\"}\n  - text-span: {match: \"'y'\"}\n  - source-text: {match: \"'z'\"}\n")]
    [InlineData("schema: timetable\nlayout:\n  - text: {match: \"{word: any+}\"}\n  - other: {match: \"'y'\"}\n")]
    [InlineData("schema: timetable\nlayout:\n  - kicker: {match: \"{article-json-writer: 'x'}? {capture-values: 'y'}\"}\n")]
    [InlineData("schema: timetable\nlayout:\n  - parse-context: {match: \"'x'\"}\n  - article: {match: \"'y'\"}\n")]
    [InlineData("schema: timetable\nlayout:\n  - text: {match: \"any+\"}\n  - kicker: {match: \"{word: 'x'}\"}\n")]
    [InlineData("schema: timetable\ntype: Article\nlayout: [body]\n")]
    [InlineData("schema: timetable\nnamespace: News.Article\nlayout: [body]\n")]
    [InlineData("schema: timetable\nnamespace: TextSpan.News\nlayout: [body]\n")]
    [InlineData("schema: timetable\nnamespace: News.Script\ndetect:\n  - {language-sections: [zh, en], weight: 1}\nlayout: [body]\n")]
    public void NameOfATypeTheGeneratedCodeUsesCompiles(string schema)
    {
        RunClean(schema);
    }

    [Fact]
    public void TypeWithTheFullNameOfATypeTheGeneratedCodeUsesIsReported()
    {
        // The one way left to hide such a type: declare one with its very full name (CS0436, and
        // here CS0146, a class that derives from itself). Reported at `type:`, which decides it.
        AssertOneDs0008At("schema: timetable\nnamespace: DocSchema.Runtime.Articles\ntype: Article\nlayout: [body]\n", 2, 6);
    }

    [Fact]
    public void TypeWithTheRegistrysFullNameIsReported()
    {
        // The registry of compiled-in schemas is DocSchema.Generated.DocSchemaRegistry (CS0101 otherwise).
        var diagnostic = AssertOneDs0008At("schema: timetable\nnamespace: DocSchema.Generated\ntype: DocSchemaRegistry\nlayout: [body]\n", 2, 6);

        Assert.Equal(
            "type `DocSchema.Generated.DocSchemaRegistry` is the full name of the registry of compiled-in schemas, which the generated type would replace; choose another `type:` or `namespace:`",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TypeInTheMsBuildPropertysNamespaceWithTheFullNameOfATypeTheGeneratedCodeUsesIsReported()
    {
        var diagnostic = AssertOneDs0008At("schema: timetable\ntype: SourceText\nlayout: [body]\n", 1, 6, "DocSchema.Runtime.Text");

        Assert.Equal(
            "type `DocSchema.Runtime.Text.SourceText` is the full name of a type the generated code uses, which the generated type would replace; choose another `type:` or `namespace:`",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NamespaceFromTheMsBuildPropertyNamedLikeATypeCompiles()
    {
        // DS0008 until the code named the runtime's types from global:: (CS0118 before that).
        var run = RunClean("schema: timetable\nlayout: [body]\n", "News.Article");

        Assert.NotNull(run.Source("News.Article.TimetableArticle.g.cs"));
    }

    [Fact]
    public void NamespaceFromTheMsBuildPropertyIsACSharpNamespace()
    {
        // Before the fix the property went into the generated file as it was.
        var run = Run("schema: timetable\nlayout: [body]\n", "News { class X { } }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DS0008", diagnostic.Id);
        Assert.StartsWith("the MSBuild property DocSchemaNamespace: `News { class X { } }` is not a valid C# namespace", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void SchemaWithItsOwnNamespaceIsGeneratedWhateverTheMsBuildProperty()
    {
        var run = Run("schema: timetable\nnamespace: News\nlayout: [body]\n", "News.class");

        Assert.Equal("DS0008", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.NotNull(run.Source("News.TimetableArticle.g.cs"));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    /// <summary>
    /// The names to try: those the generated code uses, taken from the code itself (so a name the
    /// emitters start to use is tried at once), every public type of the runtime and every member
    /// of Article (what the generated type inherits).
    /// </summary>
    private static List<string> NamesTheGeneratedCodeUses()
    {
        var sample = RunClean(SchemaTexts.Everything("timetable"));
        var code = sample.Sources.Single(f => f.HintName == "DocSchema.Schemas.TimetableArticle.g.cs").Text;
        var withoutCommentsAndStrings = Regex.Replace(code, @"//.*|""(\\.|[^""\\])*""", "");
        var article = typeof(DocSchema.Runtime.Articles.Article);
        return Regex.Matches(withoutCommentsAndStrings, "[A-Za-z_][A-Za-z0-9_]*").Select(m => m.Value)
            .Concat(article.Assembly.GetExportedTypes().Select(t => t.Name.Split('`')[0]))
            .Concat(article.GetMembers().Select(m => m.Name))
            .Where(n => Regex.IsMatch(n, "^[A-Z][A-Za-z0-9]*$"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsReported(string schema) =>
        SchemaResolver.Resolve(SchemaFileReader.Read("/project/sweep.docschema.yaml", schema), []).Diagnostics.Any(d => d.IsError);

    [Fact]
    public void EveryNameTheGeneratedCodeUsesIsReportedOrCompiles()
    {
        // Each name is tried as a custom role, a role with a class of its captures, a capture, a
        // pattern, a `type:` and a part of a `namespace:`: its schema is reported, or the generated code compiles. Those not
        // reported are then compiled together, one schema for each way (each beside all the code the
        // generator writes), in one compilation: a compilation for each name took half a minute.
        var names = NamesTheGeneratedCodeUses();
        Assert.Contains("Slots", names);
        Assert.Contains("SectionSplitter", names);
        Assert.Contains("StepsUsed", names);
        var kebabs = names.Select(n => Regex.Replace(n, "(?<=.)([A-Z])", "-$1").ToLowerInvariant()).ToList();
        // A standard role has settings of its own, not a custom role's.
        var roleNames = kebabs.Where(k => !LayoutReader.StandardRoles.Contains(k)).ToList();

        string Role(string k) => $"  - {k}: {{match: \"'x'\", count: \"*\"}}\n";
        string ClassRole(string k) => $"  - {k}: {{match: \"{{a: 'x'}} {{n: digit+}}\", fields: {{n: int}}}}\n";
        string Captures(IEnumerable<string> ks) => $"  - captures: {{match: \"{string.Concat(ks.Select(k => $"{{{k}: 'x'}}?"))} 'x'\"}}\n";
        string Patterns(IEnumerable<string> ks) => $"patterns:\n{string.Concat(ks.Select(k => $"  {k}: \"'x'\"\n"))}";
        string UsesPatterns(IEnumerable<string> ks) => $"  - uses: {{match: \"{string.Join(" | ", ks.Select(k => "@" + k))}\"}}\n";
        string TypeSchema(int i, string type) =>
            $"schema: type-{i}\nnamespace: Sweep\ntype: {type}\nlayout:\n  - k: {{match: \"'x'\"}}\n  - boilerplate:\n      related:\n        separator: \"'s'\"\n        item: [headline]\n";

        var roles = roleNames.Where(k => !IsReported(SchemaTexts.Everything("roles", roles: Role(k)))).ToList();
        var classes = roleNames.Where(k => !IsReported(SchemaTexts.Everything("classes", roles: ClassRole(k)))).ToList();
        // Role `text` keeps its captures in `TextValue`, the property of role `text-value`: fine
        // each on its own, a clash together (DS0004), so those two kinds go in two schemas.
        var valueNamed = classes.Where(k => classes.Any(o => GeneratedCodeNames.ValueClass(o) == Names.Pascal(k))).ToList();
        var captures = kebabs.Where(k => !IsReported(SchemaTexts.Everything("captures", roles: Captures([k])))).ToList();
        var patterns = kebabs.Where(k => !IsReported(SchemaTexts.Everything("patterns", Patterns([k]), UsesPatterns([k])))).ToList();
        var types = names.Where(n => !IsReported(TypeSchema(0, n))).ToList();
        var namespaces = names.Where(n => !IsReported(SchemaTexts.Everything("ns-0", $"namespace: Nest.{n}\n"))).ToList();
        // What this test is for: names that are reported, and names that compile.
        Assert.Contains("speakers", kebabs.Except(roles));
        Assert.Contains("script", roles);
        Assert.Contains("text", classes);
        Assert.Contains("slots", captures);
        Assert.Contains("Article", types);
        Assert.Contains("TextSpan", namespaces);

        var files = new List<(string Path, string Text)>
        {
            ("/project/roles.docschema.yaml", SchemaTexts.Everything("roles", roles: string.Concat(roles.Select(Role)))),
            ("/project/classes.docschema.yaml", SchemaTexts.Everything("classes", roles: string.Concat(classes.Except(valueNamed).Select(ClassRole)))),
            ("/project/value-classes.docschema.yaml", SchemaTexts.Everything("value-classes", roles: string.Concat(valueNamed.Select(ClassRole)))),
            ("/project/captures.docschema.yaml", SchemaTexts.Everything("captures", roles: Captures(captures))),
            ("/project/patterns.docschema.yaml", SchemaTexts.Everything("patterns", Patterns(patterns), UsesPatterns(patterns))),
            // Every type in one namespace with all the code the generator writes: a type found
            // instead of one that code uses shows there.
            ("/project/types.docschema.yaml", SchemaTexts.Everything("types", "namespace: Sweep\n")),
        };
        files.AddRange(types.Select((type, i) => ($"/project/type-{i}.docschema.yaml", TypeSchema(i, type))));
        // Each name as the last part of a namespace around all the code the generator writes: a
        // part hides a type whichever it is, as each part's namespace is a member of the one before.
        files.AddRange(namespaces.Select((n, i) => ($"/project/ns-{i}.docschema.yaml", SchemaTexts.Everything($"ns-{i}", $"namespace: Nest.{n}\n"))));
        var run = GeneratorHarness.Run(files.ToArray());

        Assert.True(run.Exception is null, run.Describe());
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        var problems = run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}
