using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using DocSchema.Runtime.Registry;
using Microsoft.CodeAnalysis;

namespace DocSchema.Cli.Compilation;

/// <summary>
/// Loads a schema from a <c>.docschema.yaml</c> file at run time: the same generator as the build
/// runs in process, Roslyn compiles its output against the runtime, and the compiled registry
/// gives the <see cref="SchemaInfo"/> — so the output is exactly what the compiled-in schema gives.
/// </summary>
/// <remarks>
/// The native build (<c>dotnet publish -c Release cli -p:Native=true</c>, docs/performance.md) cannot
/// load code at run time: there a schema file is refused with a message that says which build can
/// read it, before anything is compiled. Interpreting the schema instead (the Sprache reference
/// interpreter) was decided against: its output is only checked against the generated parsers on
/// the samples and mutated inputs, and it runs 10–30 × slower, which is not what a user picks the
/// native build for.
/// </remarks>
internal static class SchemaFileLoader
{
    /// <summary>True when <paramref name="value"/> names a schema file rather than a compiled-in schema.</summary>
    public static bool IsSchemaFile(string value) =>
        value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || value.Contains('/') || value.Contains('\\');

    /// <summary>The schema in <paramref name="path"/>, or null after writing why (compiler-style diagnostics) to <paramref name="error"/>.</summary>
    public static SchemaInfo? Load(string path, TextWriter error)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            error.WriteLine($"docschema: cannot use the schema file {path}: this is the native build of docschema, which parses with its compiled-in schemas only; "
                + "a schema file needs the portable build (the DocSchema.Cli tool, or `dotnet publish -c Release cli` without -p:Native=true)");
            return null;
        }
        if (!File.Exists(path))
        {
            error.WriteLine($"docschema: no such schema file: {path}");
            return null;
        }
        if (SchemaFileNames.NotSchema(path) is { } misnamed)
        {
            error.WriteLine(misnamed);
            return null;
        }
        IReadOnlyList<(string Path, string Text)> inputs;
        try
        {
            inputs = SchemaInputs.Collect(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"docschema: cannot read schema file {path}: {ex.Message}");
            return null;
        }

        var key = CompiledSchemaCache.Key(inputs);
        if (CompiledSchemaCache.TryRead(key) is { } cached && Find(cached, inputs[0].Path) is { } fromCache) return fromCache;

        var run = GeneratorRun.Run(inputs, "DocSchema.RuntimeSchema." + key);
        var schemaDiagnostics = run.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToList();
        foreach (var diagnostic in schemaDiagnostics) error.WriteLine(DiagnosticText.Format(diagnostic));
        if (run.HasErrors) return null;

        var (image, errors) = run.Emit();
        if (image is null)
        {
            // Generated code that does not compile is a generator bug, not the schema author's mistake.
            error.WriteLine($"docschema: internal error: the code generated for {path} does not compile; please report it with the schema:");
            foreach (var diagnostic in errors.Take(10)) error.WriteLine("  " + diagnostic);
            return null;
        }
        CompiledSchemaCache.TryWrite(key, image);
        return Find(image, inputs[0].Path);
    }

    // The native compiler takes IsDynamicCodeSupported as false, so it leaves Load's compiling and this out
    // of the native build; the trimming analyzer cannot see that guard, hence the suppressions.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Not in a trimmed (native) build: Load refuses schema files there.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Not in a trimmed (native) build: Load refuses schema files there.")]
    private static SchemaInfo? Find(byte[] image, string schemaPath)
    {
        Assembly assembly;
        try
        {
            // A context of its own: the same schema may be loaded twice in one process (an assembly name
            // can be loaded once per context); the runtime still resolves to the CLI's copy through the default context.
            assembly = new AssemblyLoadContext("docschema-schema-" + Guid.NewGuid().ToString("N")).LoadFromStream(new MemoryStream(image));
        }
        catch (BadImageFormatException)
        {
            return null;
        }
        var registry = assembly.GetType("DocSchema.Generated.DocSchemaRegistry");
        var all = registry?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<SchemaInfo>;
        // One schema file compiles to one schema (imports hold only patterns).
        return all?.Count == 1 ? all[0] : null;
    }
}
