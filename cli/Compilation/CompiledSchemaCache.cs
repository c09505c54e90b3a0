using System.Security.Cryptography;
using System.Text;

namespace DocSchema.Cli.Compilation;

/// <summary>
/// Compiled schema assemblies on disk, keyed by a hash of everything that decides their content:
/// the schema and library texts and paths, and the generator and runtime builds. A schema compiled
/// once loads in milliseconds the next time. The folder is DOCSCHEMA_CACHE, else the user's cache
/// folder; an unusable cache is skipped, never an error.
/// </summary>
internal static class CompiledSchemaCache
{
    /// <summary>The cache key of <paramref name="inputs"/>.</summary>
    public static string Key(IReadOnlyList<(string Path, string Text)> inputs)
    {
        var builder = new StringBuilder();
        builder.Append(typeof(Generator.DocSchemaGenerator).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        builder.Append(typeof(Runtime.Articles.Article).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var (path, text) in inputs)
            builder.Append(path.Length).Append(':').Append(path).Append(text.Length).Append(':').Append(text);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..32].ToLowerInvariant();
    }

    /// <summary>The cached assembly for <paramref name="key"/>, or null.</summary>
    public static byte[]? TryRead(string key)
    {
        try
        {
            var path = PathOf(key);
            return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="image"/> under <paramref name="key"/> (atomically: write, then rename).</summary>
    public static void TryWrite(string key, byte[] image)
    {
        try
        {
            var path = PathOf(key);
            if (path is null) return;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk only costs a recompilation next time.
        }
    }

    private static string? PathOf(string key)
    {
        var root = Environment.GetEnvironmentVariable("DOCSCHEMA_CACHE");
        if (string.IsNullOrEmpty(root))
        {
            var baseFolder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(baseFolder)) return null;
            root = Path.Combine(baseFolder, "docschema", "schemas");
        }
        return Path.Combine(root, key + ".dll");
    }
}
