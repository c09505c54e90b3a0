// TEMPORARY: stands in for the registry the source generator emits into this assembly, so the CLI
// builds before the generator exists. Delete this file when the generator's DocSchemaRegistry lands.
using DocSchema.Runtime.Registry;

namespace DocSchema.Generated;

/// <summary>Every schema compiled into the CLI (temporary stand-in: none yet).</summary>
internal static class DocSchemaRegistry
{
    /// <summary>The compiled-in schemas, in the order the generator lists them.</summary>
    public static IReadOnlyList<SchemaInfo> All { get; } = [];
}
