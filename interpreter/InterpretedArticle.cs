using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Interpreter;

/// <summary>An article read by the interpreter: the standard members, and the custom roles' values written as the generated code writes them.</summary>
public sealed class InterpretedArticle : Article
{
    private readonly IReadOnlyList<Action<Utf8JsonWriter>> _customMembers;

    internal InterpretedArticle(string schemaName, ArticleBuilder builder, IReadOnlyList<Action<Utf8JsonWriter>> customMembers) : base(builder)
    {
        SchemaName = schemaName;
        _customMembers = customMembers;
    }

    /// <inheritdoc />
    public override string SchemaName { get; }

    /// <inheritdoc />
    protected override void WriteCustomMembers(Utf8JsonWriter writer)
    {
        foreach (var write in _customMembers) write(writer);
    }
}
