using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocSchema.Bench.Generator;

/// <summary>An AdditionalFiles item held in memory, as the compiler hands it to the generator.</summary>
public sealed class InMemorySchemaFile(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    /// <summary>The file's text.</summary>
    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
