using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// Reads one YAML file — a schema (<c>*.docschema.yaml</c>) or a pattern library
/// (<c>*.patterns.yaml</c>) — into the model. The first stage of the pipeline: syntax and shape
/// only; names are resolved later by <see cref="Validation.SchemaResolver"/>.
/// </summary>
internal static class SchemaFileReader
{
    /// <summary>How a schema file's name ends: the generator makes a type from every such file.</summary>
    public const string SchemaSuffix = ".docschema.yaml";

    /// <summary>How a pattern library's name ends: the generator offers every such file to imports.</summary>
    public const string LibrarySuffix = ".patterns.yaml";

    public static readonly string[] SchemaKeys = { "schema", "type", "namespace", "doc", "import", "blocks", "detect", "patterns", "layout" };
    public static readonly string[] LibraryKeys = { "library", "doc", "patterns" };
    private static readonly string[] DetectKeys = { "contains", "block", "language-sections", "weight" };

    public static ParsedFile Read(string path, string text)
    {
        var reader = new YamlNodeReader(path, text);
        try
        {
            var root = LoadRoot(reader);
            if (root is null) return Result(reader, null, null);
            var libraryKey = root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "library");
            var schemaKey = root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "schema");
            // The name decides what a file is, as it decides which path of the generator collects
            // it; the `library:` key decides only for other names (the embedded built-ins). A file
            // that is plainly the other kind would be collected by neither path and vanish without
            // a word, so it is reported; one with both keys is read as its name says, and the key
            // of the other kind is reported as unknown.
            if (IsSchemaPath(path) && libraryKey is not null && schemaKey is null)
            {
                reader.Report(DiagnosticDescriptors.FileKindMismatch,
                    $"this file is a pattern library (it has `library:`), but its name ends in `{SchemaSuffix}`, which makes it a schema: rename it to `{Rename(path, SchemaSuffix, LibrarySuffix)}` so schemas can import it (a schema has `schema:` and `layout:` instead)",
                    libraryKey);
                return Result(reader, null, null);
            }
            if (IsLibraryPath(path) && schemaKey is not null && libraryKey is null)
            {
                reader.Report(DiagnosticDescriptors.FileKindMismatch,
                    $"this file is a schema (it has `schema:`), but its name ends in `{LibrarySuffix}`, which makes it a pattern library and generates no type: rename it to `{Rename(path, LibrarySuffix, SchemaSuffix)}` (a pattern library has `library:` and `patterns:` instead)",
                    schemaKey);
                return Result(reader, null, null);
            }
            var isLibrary = IsLibraryPath(path) || (!IsSchemaPath(path) && libraryKey is not null);
            return isLibrary
                ? Result(reader, null, ReadLibrary(reader, root))
                : Result(reader, ReadSchema(reader, root), null);
        }
        catch (Exception ex)
        {
            // The generator must never throw (CS8785); an unexpected failure becomes a diagnostic the user can report.
            reader.Report(DiagnosticDescriptors.InternalError, $"internal error while reading the schema: {ex.GetType().Name}: {ex.Message}", SourceLocation.Start(path));
            return Result(reader, null, null);
        }
    }

    /// <summary>True for a schema file's name (<c>*.docschema.yaml</c>).</summary>
    public static bool IsSchemaPath(string path) => path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a pattern library's name (<c>*.patterns.yaml</c>).</summary>
    public static bool IsLibraryPath(string path) => path.EndsWith(LibrarySuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of <paramref name="path"/> with its suffix <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    private static string Rename(string path, string from, string to)
    {
        // Split by hand: System.IO.Path can throw on characters some platforms do not allow.
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return Names.Shorten(name.Substring(0, name.Length - from.Length) + to);
    }

    private static ParsedFile Result(YamlNodeReader reader, SchemaModel? schema, LibraryModel? library) =>
        new(reader.Path, reader.HasErrors ? null : schema, reader.HasErrors ? null : library, reader.Diagnostics.ToEquatableArray());

    private static YamlMappingNode? LoadRoot(YamlNodeReader reader)
    {
        var findings = YamlPreScan.Scan(reader.Text);
        foreach (var finding in findings)
        {
            var at = At(reader, finding.Start);
            if (finding.Kind == "depth")
                reader.Report(DiagnosticDescriptors.YamlSyntax, $"YAML syntax error: mappings and lists nest more than {YamlPreScan.MaxDepth} deep here; a schema never needs that", at);
            else if (finding.ParentKey == "patterns")
                reader.Report(DiagnosticDescriptors.DuplicateName, $"pattern `{Names.Shorten(finding.Key)}` is defined twice; keep one", at with { Length = finding.Key.Length });
            else
                reader.Report(DiagnosticDescriptors.DuplicateName, $"key `{Names.Shorten(finding.Key)}` is given twice in the same mapping; keep one", at with { Length = finding.Key.Length });
        }
        if (findings.Count > 0) return null;

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(reader.Text));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : ex.Message;
            reader.Report(DiagnosticDescriptors.YamlSyntax, "YAML syntax error: " + CleanYamlMessage(message), SyntaxErrorAt(reader, ex.Start, message));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way on some malformed input (an unclosed flow collection at the end);
            // the last event it parsed tells where the document stopped making sense.
            reader.Report(DiagnosticDescriptors.YamlSyntax, "YAML syntax error: the document ends inside an unclosed `[`, `{` or quote, or is otherwise malformed here",
                At(reader, LastGoodMark(reader.Text)));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            reader.Report(DiagnosticDescriptors.MissingKey, "the file is empty: a schema needs at least `schema:` and `layout:`", SourceLocation.Start(reader.Path));
            return null;
        }
        if (stream.Documents.Count > 1)
            reader.Report(DiagnosticDescriptors.YamlSyntax, "a schema file holds one YAML document; remove the `---` separated extra documents", reader.Locate(stream.Documents[1].RootNode));
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Report(DiagnosticDescriptors.InvalidValue, "a schema file is a mapping of keys such as `schema:` and `layout:`", reader.Locate(stream.Documents[0].RootNode));
            return null;
        }
        return root;
    }

    /// <summary>
    /// Where a YAML syntax error is. YamlDotNet marks a tab in the indentation only at the start of
    /// the enclosing mapping, so a tab that starts an indentation is looked for first.
    /// </summary>
    private static SourceLocation SyntaxErrorAt(YamlNodeReader reader, Mark mark, string message)
    {
        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 || message.IndexOf("cannot start any token", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var text = reader.Text;
            for (var lineStart = 0; lineStart < text.Length;)
            {
                var i = lineStart;
                while (i < text.Length && text[i] == ' ') i++;
                if (i < text.Length && text[i] == '\t') return IndexLocation(reader, i, 1);
                var next = text.IndexOf('\n', lineStart);
                if (next < 0) break;
                lineStart = next + 1;
            }
        }
        return At(reader, mark);
    }

    /// <summary>The location of a YamlDotNet mark, computed from its index so it is always inside the file.</summary>
    private static SourceLocation At(YamlNodeReader reader, Mark mark) => IndexLocation(reader, (int)mark.Index, 1);

    private static SourceLocation IndexLocation(YamlNodeReader reader, int index, int length)
    {
        var text = reader.Text;
        index = Math.Max(0, Math.Min(index, text.Length));
        var (line, column) = reader.Lines.Position(index);
        return new SourceLocation(reader.Path, index, Math.Min(length, text.Length - index), line, column);
    }

    private static Mark LastGoodMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        var mark = Mark.Empty;
        try
        {
            while (parser.MoveNext())
                if (parser.Current is { } current) mark = current.End;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            if (ex is YamlException yaml) mark = yaml.Start;
        }
        return mark;
    }

    private static string CleanYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic carries the position already.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(index + 3) : message;
    }

    private static SchemaModel? ReadSchema(YamlNodeReader reader, YamlMappingNode root)
    {
        var entries = reader.Entries(root, "the schema", SchemaKeys);
        string? name = null;
        if (!entries.TryGetValue("schema", out var schemaEntry))
        {
            if (!reader.SuggestedKeys.Contains("schema"))
                reader.Report(DiagnosticDescriptors.MissingKey, "missing `schema:` — every schema needs a name such as `schema: my-source`", reader.Locate(root));
        }
        else if (reader.String(schemaEntry.Value, "`schema`") is { } schemaName)
            name = Names.CheckSchemaName(reader, schemaName, schemaEntry.Value);

        var typeName = entries.TryGetValue("type", out var typeEntry) && reader.String(typeEntry.Value, "`type`") is { } t
            ? Names.CheckTypeName(reader, t, typeEntry.Value)
            : name is null ? null : Names.Pascal(name) + "Article";
        var ns = entries.TryGetValue("namespace", out var nsEntry) && reader.String(nsEntry.Value, "`namespace`") is { } n
            ? Names.CheckNamespace(reader, n, nsEntry.Value)
            : null;
        var doc = entries.TryGetValue("doc", out var docEntry) ? reader.String(docEntry.Value, "`doc`") : null;
        var blocks = entries.TryGetValue("blocks", out var blocksEntry)
            ? reader.Choice(blocksEntry.Value, "`blocks`", "paragraphs", "lines", "auto") ?? "paragraphs"
            : "paragraphs";

        var imports = new List<ImportSpec>();
        if (entries.TryGetValue("import", out var importEntry))
            foreach (var item in reader.List(importEntry.Value, "`import`"))
                if (reader.String(item, "an import") is { } importPath)
                    imports.Add(new ImportSpec(importPath, reader.Locate(item)));

        var detect = entries.TryGetValue("detect", out var detectEntry) ? ReadDetect(reader, detectEntry.Value) : new List<DetectSignal>();
        var patterns = entries.TryGetValue("patterns", out var patternsEntry) ? ReadPatterns(reader, patternsEntry.Value, "schema") : new List<NamedPattern>();

        var layout = new List<LayoutElement>();
        // A misspelt `layout:` was reported as an unknown key with the right name; saying it is missing too would be noise.
        if (!entries.TryGetValue("layout", out var layoutEntry))
        {
            if (!reader.SuggestedKeys.Contains("layout"))
                reader.Report(DiagnosticDescriptors.MissingKey, "missing `layout:` — list the roles of the page, e.g. `layout: [{headline: {}}, {body: {}}]`", reader.Locate(root));
        }
        else
            layout = new LayoutReader(reader).ReadLayout(layoutEntry.Value, nested: false);

        if (name is null || typeName is null) return null;
        var typeLocation = reader.Locate(typeEntry.Value ?? nsEntry.Value ?? schemaEntry.Value);
        return new SchemaModel(reader.Path, name, typeName, ns, doc, blocks, imports.ToEquatableArray(), detect.ToEquatableArray(),
            patterns.ToEquatableArray(), layout.ToEquatableArray(), reader.Locate(root), typeLocation);
    }

    private static LibraryModel? ReadLibrary(YamlNodeReader reader, YamlMappingNode root)
    {
        var entries = reader.Entries(root, "the pattern library", LibraryKeys);
        string? name = null;
        if (!entries.TryGetValue("library", out var libraryEntry))
            reader.Report(DiagnosticDescriptors.MissingKey, "missing `library:` — a pattern library needs a name such as `library: chinese-news`", reader.Locate(root));
        else if (reader.String(libraryEntry.Value, "`library`") is { } libraryName)
            name = Names.CheckSchemaName(reader, libraryName, libraryEntry.Value);
        var patterns = entries.TryGetValue("patterns", out var patternsEntry) ? ReadPatterns(reader, patternsEntry.Value, reader.Path) : new List<NamedPattern>();
        return name is null ? null : new LibraryModel(reader.Path, name, patterns.ToEquatableArray());
    }

    /// <summary>Reads a <c>patterns:</c> mapping: <c>name: pattern</c> or <c>name: {pattern: …, doc: …}</c>.</summary>
    public static List<NamedPattern> ReadPatterns(YamlNodeReader reader, YamlNode node, string origin)
    {
        var result = new List<NamedPattern>();
        if (reader.Mapping(node, "`patterns`") is not { } map) return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } name } key)
            {
                reader.Report(DiagnosticDescriptors.InvalidValue, "pattern names must be plain names", entry.Key);
                continue;
            }
            if (Names.CheckPatternName(reader, name, key) is null) continue;
            if (!seen.Add(name))
            {
                reader.Report(DiagnosticDescriptors.DuplicateName, $"pattern `{name}` is defined twice; keep one", key);
                continue;
            }
            var (patternNode, doc) = reader.ValueWithDoc(entry.Value, $"pattern `{name}`", "pattern", "");
            if (patternNode is null) continue;
            if (reader.Pattern(patternNode, $"pattern `{name}`") is { } spec)
                result.Add(new NamedPattern(name, spec, doc, origin, reader.Locate(key)));
        }
        return result;
    }

    private static List<DetectSignal> ReadDetect(YamlNodeReader reader, YamlNode node)
    {
        var result = new List<DetectSignal>();
        foreach (var item in reader.List(node, "`detect`"))
        {
            if (reader.Mapping(item, "a `detect` entry") is not { } map) continue;
            var entries = reader.Entries(map, "a `detect` entry", DetectKeys);
            var weight = entries.TryGetValue("weight", out var w) ? reader.Int(w.Value, "`weight`", -1000, 1000) ?? 1 : 1;
            var contains = entries.TryGetValue("contains", out var c) ? reader.String(c.Value, "`contains`") : null;
            if (contains is { Length: 0 })
                reader.Report(DiagnosticDescriptors.InvalidValue, "`contains` needs some text to look for", c.Value);
            var block = entries.TryGetValue("block", out var b) ? reader.Pattern(b.Value, "`block`") : null;
            var languages = new List<string>();
            if (entries.TryGetValue("language-sections", out var l))
                foreach (var language in reader.List(l.Value, "`language-sections`"))
                    if (reader.Choice(language, "a language section", "zh", "en") is { } code) languages.Add(code);
            if (languages.Count == 1)
                reader.Report(DiagnosticDescriptors.InvalidValue, "`language-sections` lists the languages of at least two sections in order, e.g. [zh, en]", l.Value);
            var conditions = (contains is null ? 0 : 1) + (block is null ? 0 : 1) + (languages.Count == 0 ? 0 : 1);
            if (conditions > 1)
                reader.Report(DiagnosticDescriptors.InvalidValue, "a `detect` entry has one condition: `contains`, `block` or `language-sections`; split it into several entries", map);
            result.Add(new DetectSignal(weight, contains, block, languages.ToEquatableArray(), reader.Locate(map)));
        }
        return result;
    }
}
