using Microsoft.CodeAnalysis;

namespace DocSchema.Generator;

/// <summary>Placeholder entry point, replaced by the real pipeline.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class DocSchemaGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
