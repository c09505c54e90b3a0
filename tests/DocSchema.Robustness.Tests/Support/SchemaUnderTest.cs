using DocSchema.Generated;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>A way to parse a text: one shipped schema through the CLI's registry, or <c>auto</c> (the best scoring one, as <c>--schema auto</c> picks).</summary>
/// <param name="Name">The schema's name, or <c>auto</c>.</param>
/// <param name="Parse">Parses a text with the given source name.</param>
internal sealed record SchemaUnderTest(string Name, Func<string, string, IParseResult> Parse)
{
    /// <summary>Every shipped schema, then <c>auto</c>.</summary>
    public static IReadOnlyList<SchemaUnderTest> All { get; } =
    [
        .. DocSchemaRegistry.All.Select(schema => new SchemaUnderTest(schema.Name, (text, name) => schema.Parse(SourceText.From(text, name)))),
        new("auto", (text, name) =>
        {
            // As the CLI does: the blocks scoring split are the ones the parse reads.
            var source = SourceText.From(text, name);
            return SchemaInfo.Best(DocSchemaRegistry.All, source)!.Parse(source);
        }),
    ];

    /// <summary>The names, for test data.</summary>
    public static TheoryData<string> Names() => new(All.Select(s => s.Name));

    /// <summary>The schema called <paramref name="name"/>.</summary>
    public static SchemaUnderTest Named(string name) => All.Single(s => s.Name == name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
