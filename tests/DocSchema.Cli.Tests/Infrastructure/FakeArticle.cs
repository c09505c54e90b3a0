using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Cli.Tests.Infrastructure;

/// <summary>
/// Stands in for a generated article type. It splits lines itself (string.Split) rather than through
/// the runtime's block splitter, so the CLI can be tested whatever state the runtime is in.
/// </summary>
internal sealed class FakeArticle : Article
{
    private readonly string _schemaName;

    private FakeArticle(ArticleBuilder builder, string schemaName)
        : base(builder)
    {
        _schemaName = schemaName;
    }

    public override string SchemaName => _schemaName;

    /// <summary>The first non-blank line is the headline, every other non-blank line a paragraph.</summary>
    public static IParseResult ParseLines(SourceText source, string schemaName)
    {
        var context = new ParseContext(source);
        var builder = new ArticleBuilder(context);
        var offset = 0;
        var first = true;
        foreach (var line in source.Text.Split('\n'))
        {
            var span = new TextSpan(offset, line.Length);
            offset += line.Length + 1;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (first) builder.SetHeadline(span);
            else builder.AddParagraph(span);
            first = false;
        }
        return new ParseResult<FakeArticle>(new FakeArticle(builder, schemaName), context.Diagnostics);
    }

    /// <summary>
    /// An article with no content, plus the diagnostics <paramref name="report"/> adds. With nothing in
    /// it, building it never reaches the language detector or the quote scanner.
    /// </summary>
    public static IParseResult ParseNothing(SourceText source, string schemaName, Action<ParseContext>? report = null)
    {
        var context = new ParseContext(source);
        report?.Invoke(context);
        return new ParseResult<FakeArticle>(new FakeArticle(new ArticleBuilder(context), schemaName), context.Diagnostics);
    }

    /// <summary>No article, only an error diagnostic: a parser that gave up.</summary>
    public static IParseResult Reject(SourceText source, Action<ParseContext> report)
    {
        var context = new ParseContext(source);
        report(context);
        return new ParseResult<FakeArticle>(null, context.Diagnostics);
    }
}
