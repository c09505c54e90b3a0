using System.Text.Json;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// An article as a generated schema with custom roles makes one: the first non-blank line is the
/// headline, the others paragraphs, and its custom members are whatever the test writes.
/// </summary>
internal sealed class TestArticle : Article
{
    private readonly Action<Utf8JsonWriter> _customMembers;

    private TestArticle(ArticleBuilder builder, Action<Utf8JsonWriter> customMembers)
        : base(builder) => _customMembers = customMembers;

    public override string SchemaName => "test";

    public static TestArticle Parse(string text, Action<Utf8JsonWriter> customMembers)
    {
        var source = SourceText.From(text, "test.txt");
        var builder = new ArticleBuilder(new ParseContext(source));
        var offset = 0;
        var first = true;
        foreach (var line in text.Split('\n'))
        {
            var span = new TextSpan(offset, line.Length);
            offset += line.Length + 1;
            if (line.Length == 0) continue;
            if (first) builder.SetHeadline(span);
            else builder.AddParagraph(span);
            first = false;
        }

        return new TestArticle(builder, customMembers);
    }

    protected internal override void WriteCustomMembers(Utf8JsonWriter writer) => _customMembers(writer);
}
