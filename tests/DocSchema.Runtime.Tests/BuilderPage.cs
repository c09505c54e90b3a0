using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>A text for the <see cref="ArticleBuilder"/> tests: builders over it, and the spans of its parts.</summary>
/// <param name="text">The whole text.</param>
/// <param name="name">The name its source is given.</param>
internal sealed class BuilderPage(string text, string name)
{
    /// <summary>The whole text.</summary>
    public string Text => text;

    /// <summary>A new builder for a parse of the text.</summary>
    public ArticleBuilder Builder() => new(new ParseContext(SourceText.From(text, name)));

    /// <summary>The span of the first <paramref name="part"/> at or after <paramref name="from"/>.</summary>
    public TextSpan Span(string part, int from = 0) => new(text.IndexOf(part, from, StringComparison.Ordinal), part.Length);
}
