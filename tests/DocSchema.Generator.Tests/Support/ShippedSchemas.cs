namespace DocSchema.Generator.Tests.Support;

/// <summary>The shipped schemas and pattern libraries (schemas/, copied next to the tests), as AdditionalFiles under /project/schemas.</summary>
internal static class ShippedSchemas
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Schemas");

    /// <summary>Every shipped file: (path as the compiler would give it, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
        Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => ("/project/schemas/" + Path.GetRelativePath(Folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();

    /// <summary>The shipped schemas (not the libraries).</summary>
    public static IEnumerable<(string Path, string Text)> Schemas => Files.Where(f => f.Path.EndsWith(".docschema.yaml", StringComparison.Ordinal));

    /// <summary>The shipped pattern libraries.</summary>
    public static IEnumerable<(string Path, string Text)> Libraries => Files.Where(f => f.Path.EndsWith(".patterns.yaml", StringComparison.Ordinal));
}
