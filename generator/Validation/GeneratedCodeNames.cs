namespace DocSchema.Generator.Validation;

/// <summary>
/// C# names the generated code already has, which a name from a schema must not take: each
/// would be a C# error in a file the user cannot edit, so the schema is reported instead. Kept by
/// hand beside what <see cref="Emit.ArticleEmitter"/> writes; <c>GeneratedNameTests</c> compiles a
/// schema with each name.
/// </summary>
internal static class GeneratedCodeNames
{
    /// <summary>
    /// Members the generated article type declares (some only when the schema needs them): its
    /// <c>type:</c> may not be one of them, as no member may be named like its type (CS0542).
    /// Inherited members may be, so the base class's members are not here.
    /// </summary>
    public static readonly string[] ArticleMembers = { "Name", "Description", "SchemaName", "Parse", "Score", "ReadRelated", "WriteCustomMembers", "Patterns" };
}
