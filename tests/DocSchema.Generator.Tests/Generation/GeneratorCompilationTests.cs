using DocSchema.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DocSchema.Generator.Tests.Generation;

/// <summary>
/// Through Roslyn: valid schemas generate `{Namespace}.{TypeName}.g.cs` each (the namespace keeps hint names unique) plus `DocSchemaRegistry.g.cs`,
/// and the project compiles with them, warnings included (the repository and most users treat
/// warnings as errors).
///
/// These need the generator pipeline and emitter; while DocSchemaGenerator is the empty
/// placeholder they fail, for want of generated files.
/// </summary>
public class GeneratorCompilationTests
{
    private const string SchemaPath = "/project/schemas/wire.docschema.yaml";

    private static GeneratorRun RunClean(params (string Path, string Text)[] files) => RunClean(files, null, null);

    private static GeneratorRun RunClean((string Path, string Text)[] files, string? source, Dictionary<string, string>? options)
    {
        var run = GeneratorHarness.Run(files, source, options);
        Assert.True(run.Exception is null, run.Describe());
        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        var problems = run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, run.Describe());
        return run;
    }

    private static INamedTypeSymbol Type(GeneratorRun run, string metadataName)
    {
        var type = run.OutputCompilation.GetTypeByMetadataName(metadataName);
        Assert.True(type is not null, $"no type {metadataName}\n{run.Describe()}");
        return type!;
    }

    [Fact]
    public void ValidSchemaGeneratesItsTypeAndTheRegistry()
    {
        var run = RunClean((SchemaPath, SchemaTexts.WireStory));

        Assert.Equal(new[] { "DocSchema.Tests.Schemas.WireStoryArticle.g.cs", "DocSchemaRegistry.g.cs" }, run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Contains("class WireStoryArticle", run.Source("DocSchema.Tests.Schemas.WireStoryArticle.g.cs")!.Text);
    }

    [Fact]
    public void GeneratedTypeIsAnArticleWithParse()
    {
        var run = RunClean((SchemaPath, SchemaTexts.WireStory));

        var type = Type(run, "DocSchema.Tests.Schemas.WireStoryArticle");
        Assert.Equal("DocSchema.Runtime.Articles.Article", type.BaseType?.ToDisplayString());
        // docs: `static ParseResult<T> Parse(string text, string? source = null)`.
        var parse = type.GetMembers("Parse").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == 2);
        Assert.True(parse.IsStatic && parse.DeclaredAccessibility == Accessibility.Public);
        Assert.Equal("DocSchema.Runtime.Results.ParseResult<DocSchema.Tests.Schemas.WireStoryArticle>", parse.ReturnType.ToDisplayString());
        Assert.Equal(new[] { "string", "string?" }, parse.Parameters.Select(p => p.Type.ToDisplayString()));
        Assert.True(parse.Parameters[1].HasExplicitDefaultValue);
        Assert.Null(parse.Parameters[1].ExplicitDefaultValue);
    }

    [Fact]
    public void CustomRoleBecomesATypedMember()
    {
        // docs: `byline` with captures name (text) and agency (text?) gives
        // `public BylineValue? Byline { get; }` where BylineValue has Name (TextValue) and Agency (TextValue?).
        var run = RunClean((SchemaPath, SchemaTexts.WireStory));

        var type = Type(run, "DocSchema.Tests.Schemas.WireStoryArticle");
        var byline = type.GetMembers("Byline").OfType<IPropertySymbol>().Single();
        Assert.Equal(Accessibility.Public, byline.DeclaredAccessibility);
        // BylineValue? : a nullable reference type or Nullable<BylineValue>, whichever the emitter chose.
        var isNullableStruct = byline.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        var value = isNullableStruct ? (INamedTypeSymbol)((INamedTypeSymbol)byline.Type).TypeArguments[0] : (INamedTypeSymbol)byline.Type;
        Assert.True(isNullableStruct || byline.Type.NullableAnnotation == NullableAnnotation.Annotated, $"Byline is {byline.Type.ToDisplayString()}");
        Assert.Equal("BylineValue", value.Name);
        var name = value.GetMembers("Name").OfType<IPropertySymbol>().Single();
        var agency = value.GetMembers("Agency").OfType<IPropertySymbol>().Single();
        Assert.Equal("DocSchema.Runtime.Text.TextValue", name.Type.ToDisplayString());
        Assert.Equal("DocSchema.Runtime.Text.TextValue?", agency.Type.ToDisplayString());
    }

    [Fact]
    public void UserCodeCanCallTheGeneratedParser()
    {
        const string program = """
            using DocSchema.Tests.Schemas;

            internal static class UsesTheSchema
            {
                public static string? FirstHeadline(string text)
                {
                    var result = WireStoryArticle.Parse(text, "wire.txt");
                    return result.Value?.Headline?.Text;
                }
            }
            """;

        var run = RunClean(new[] { (SchemaPath, SchemaTexts.WireStory) }, program, null);

        Assert.NotNull(run.Source("DocSchema.Tests.Schemas.WireStoryArticle.g.cs"));
    }

    [Fact]
    public void DefaultNamespaceAndTypeName()
    {
        // docs: type defaults to PascalCase(name) + "Article"; namespace to the MSBuild property
        // DocSchemaNamespace, else DocSchema.Schemas.
        var run = RunClean(("/project/oriental-daily.docschema.yaml", "schema: oriental-daily\nlayout: [headline, body]\n"));

        Type(run, "DocSchema.Schemas.OrientalDailyArticle");
        Assert.NotNull(run.Source("DocSchema.Schemas.OrientalDailyArticle.g.cs"));
    }

    [Fact]
    public void NamespaceFromTheMsBuildProperty()
    {
        var run = RunClean(
            new[] { ("/project/oriental-daily.docschema.yaml", "schema: oriental-daily\nlayout: [headline, body]\n") },
            null,
            new Dictionary<string, string> { ["build_property.DocSchemaNamespace"] = "My.Company.News" });

        Type(run, "My.Company.News.OrientalDailyArticle");
    }

    [Fact]
    public void SchemasAndLibrariesTogether()
    {
        var run = RunClean(
            (SchemaPath, SchemaTexts.WireStory),
            ("/project/schemas/zh.docschema.yaml", """
                schema: oriental-daily
                import: [common/chinese.patterns.yaml]
                layout:
                  - headline: {}
                  - body:
                      dateline: "@zh-dateline"
                      end: ["'要看最快最熱資訊'"]
                  - boilerplate:
                      related:
                        after: "'热门新闻'"
                        separator: "'阅读全文'"
                        item:
                          - caption: {joined: true, match: "@zh-caption-text"}
                          - headline: {}
                          - section: {match: "han{1,4}"}
                """),
            ("/project/schemas/common/chinese.patterns.yaml", """
                library: chinese
                patterns:
                  zh-caption-text: "any+ '(' ('图' ('取自' | '截自'))? [^()]+ ')'"
                """),
            ("/project/schemas/bilingual.docschema.yaml", """
                schema: abc-bilingual
                type: AbcBilingual
                layout:
                  - sections:
                      split: language
                      align: gale-church
                      layout:
                        - headline: {match: "@headline"}
                        - body: {}
                """));

        // One file per schema, none for the library, and one registry.
        Assert.Equal(
            new[] { "DocSchema.Schemas.AbcBilingual.g.cs", "DocSchema.Schemas.OrientalDailyArticle.g.cs", "DocSchema.Tests.Schemas.WireStoryArticle.g.cs", "DocSchemaRegistry.g.cs" },
            run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OtherAdditionalFilesAreIgnored()
    {
        // Only *.docschema.yaml and *.patterns.yaml are the generator's; other YAML is not its business.
        var run = GeneratorHarness.Run(
            (SchemaPath, SchemaTexts.WireStory),
            ("/project/config.yaml", "this: is: not: valid: yaml: ["),
            ("/project/notes.txt", "schema: nope"));

        Assert.True(run.GeneratorDiagnostics.IsEmpty, run.Describe());
        Assert.Equal(new[] { "DocSchema.Tests.Schemas.WireStoryArticle.g.cs", "DocSchemaRegistry.g.cs" }, run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HostileNamesAndDocsCompile()
    {
        // Text from the schema reaches generated strings and XML docs: quotes, backslashes, line
        // separators and XML specials must be escaped, never end a literal or a comment early.
        var run = RunClean((SchemaPath, """
            schema: hostile
            doc: "Ends a comment */ and a string \" and a line \u2028 <b>&amp;</b> \\ done"
            layout:
              - kicker:
                  match: "'\"*/\\\\' {who: any+}"
                  doc: "</summary> \r\n // \u0085 \" \\"
            """));

        Assert.NotNull(run.Source("DocSchema.Schemas.HostileArticle.g.cs"));
    }
}
