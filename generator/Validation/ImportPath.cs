using System;

namespace DocSchema.Generator.Validation;

/// <summary>Path arithmetic for imports, independent of the OS the compiler runs on.</summary>
internal static class ImportPath
{
    /// <summary>The normalised path of <paramref name="import"/> written in the schema at <paramref name="schemaPath"/>.</summary>
    public static string Resolve(string schemaPath, string import)
    {
        var directory = Normalize(schemaPath);
        var slash = directory.LastIndexOf('/');
        directory = slash >= 0 ? directory.Substring(0, slash) : "";
        var combined = import.StartsWith("/", StringComparison.Ordinal) || (import.Length > 1 && import[1] == ':') || directory.Length == 0
            ? import
            : directory + "/" + import;
        return Canonical(combined);
    }

    /// <summary>Forward slashes, with <c>.</c> and <c>..</c> segments resolved (MSBuild hands paths like <c>cli/../schemas/x</c>).</summary>
    public static string Canonical(string path)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var part in Normalize(path).Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0)) continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != ".." && parts[parts.Count - 1].Length > 0) parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join("/", parts);
    }

    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>A path as the schema author would write it: relative to the schema's folder when possible.</summary>
    public static string Relative(string schemaPath, string path)
    {
        var directory = Canonical(schemaPath);
        var slash = directory.LastIndexOf('/');
        var prefix = slash >= 0 ? directory.Substring(0, slash + 1) : "";
        var normalized = Canonical(path);
        return normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? normalized.Substring(prefix.Length) : normalized;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
