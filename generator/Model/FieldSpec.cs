namespace DocSchema.Generator.Model;

/// <summary>The scalar types a capture can be converted to.</summary>
internal enum FieldType
{
    Text,
    Int,
    Month,
}

/// <summary>A capture of a custom role and its type: <c>text</c>, <c>int?</c>, <c>list&lt;text&gt;</c>, …</summary>
internal sealed record FieldSpec(string Name, FieldType Type, bool IsList, bool IsOptional, string? Doc, SourceLocation Location);
