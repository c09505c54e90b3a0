using System;
using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Builtins;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using DocSchema.Generator.Patterns;

namespace DocSchema.Generator.Validation;

/// <summary>
/// The second stage: resolves a schema's imports and pattern references, checks classes,
/// cycles and captures, and types the captures of custom roles. Produces the schema the emitter
/// reads, with every pattern it can reach, or the diagnostics that stop it.
/// </summary>
internal sealed class SchemaResolver
{
    private static readonly string[] CaptionCaptures = { "text", "credit" };
    private static readonly string[] DatelineCaptures = { "places", "day", "month", "year", "agency" };

    private readonly SchemaModel _schema;
    private readonly List<SchemaDiagnostic> _diagnostics = new();
    private readonly Dictionary<string, NamedPattern> _scope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PatternNode> _scopeNodes = new(StringComparer.Ordinal);

    private SchemaResolver(SchemaModel schema) => _schema = schema;

    public static SchemaUnit Resolve(ParsedFile file, IReadOnlyList<LibraryModel> libraries)
    {
        if (file.Schema is null) return new SchemaUnit(file.Path, null, file.Diagnostics);
        try
        {
            var resolver = new SchemaResolver(file.Schema);
            var resolved = resolver.Run(libraries);
            var diagnostics = file.Diagnostics.Concat(resolver._diagnostics).ToEquatableArray();
            return new SchemaUnit(file.Path, diagnostics.Any(d => d.IsError) ? null : resolved, diagnostics);
        }
        catch (Exception ex)
        {
            var internalError = new SchemaDiagnostic(DiagnosticDescriptors.InternalError,
                $"internal error while resolving the schema: {ex.GetType().Name}: {ex.Message}", file.Schema.Location);
            return new SchemaUnit(file.Path, null, file.Diagnostics.Concat(new[] { internalError }).ToEquatableArray());
        }
    }

    private SchemaModel Run(IReadOnlyList<LibraryModel> libraries)
    {
        foreach (var pattern in BuiltinPatterns.Library.Patterns) Define(pattern);
        ImportLibraries(libraries);
        foreach (var pattern in _schema.Patterns) Define(pattern);

        var specs = AllSpecs().ToList();
        var reachable = Reachable(specs.Concat(_schema.Patterns.Select(p => p.Pattern)));
        // Each pattern is checked once: the schema's inline patterns, its own named patterns (used
        // or not), and every named pattern they reach.
        var checkedPatterns = new HashSet<PatternSpec>();
        var captures = new List<(string Name, SourceLocation Location)>();
        foreach (var spec in specs.Concat(_schema.Patterns.Select(p => p.Pattern)).Concat(reachable.Select(n => _scope[n].Pattern)))
            if (checkedPatterns.Add(spec)) CheckNames(spec, captures);
        CheckCSharpNames(captures, reachable);
        CheckCycles(reachable);
        if (_diagnostics.Any(d => d.IsError)) return _schema;

        foreach (var spec in specs.Concat(reachable.Select(n => _scope[n].Pattern))) CheckEmptyRepetitions(spec);
        CheckRoleCaptures(_schema.Layout);
        var layout = _schema.Layout.Select(TypeFields).ToEquatableArray();
        // After typing: whether a role has a class for its captures depends on its fields.
        var customRoles = layout.OfType<BlockRoleElement>().Where(r => r.Kind == BlockRoleKind.Custom).ToList();
        CheckMemberNames(customRoles);
        _diagnostics.AddRange(CSharpNameClashes.FindValueClasses(customRoles));
        var patterns = reachable.OrderBy(n => n, StringComparer.Ordinal).Select(n => _scope[n]).ToEquatableArray();
        return _schema with { Layout = layout, Patterns = patterns };
    }

    private void Define(NamedPattern pattern)
    {
        _scope[pattern.Name] = pattern;
        _scopeNodes[pattern.Name] = pattern.Pattern.Root;
    }

    private void ImportLibraries(IReadOnlyList<LibraryModel> libraries)
    {
        var importedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var import in _schema.Imports)
        {
            var wanted = ImportPath.Resolve(_schema.Path, import.Path);
            var library = libraries.FirstOrDefault(l => ImportPath.Same(l.Path, wanted));
            if (library is null)
            {
                var known = libraries.Select(l => ImportPath.Relative(_schema.Path, l.Path));
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.ImportNotFound,
                    $"import `{import.Path}` not found: it must be a `*.patterns.yaml` file among the project's AdditionalFiles{NameSuggestion.Hint(import.Path, known)}",
                    import.Location));
                continue;
            }
            foreach (var pattern in library.Patterns)
            {
                var ownDefinition = _schema.Patterns.Any(p => p.Name == pattern.Name);
                if (importedBy.TryGetValue(pattern.Name, out var other) && !ImportPath.Same(other, library.Path) && !ownDefinition)
                {
                    _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.AmbiguousImport,
                        $"pattern `{pattern.Name}` is defined by both `{ImportPath.Relative(_schema.Path, other)}` and `{import.Path}`; define it in the schema's own `patterns:` to choose",
                        import.Location));
                    continue;
                }
                importedBy[pattern.Name] = library.Path;
                Define(pattern);
            }
        }
    }

    /// <summary>Every inline pattern of the schema: layout, detection.</summary>
    private IEnumerable<PatternSpec> AllSpecs()
    {
        foreach (var signal in _schema.Detect)
            if (signal.Block is { } block) yield return block;
        foreach (var spec in LayoutSpecs(_schema.Layout)) yield return spec;
    }

    private static IEnumerable<PatternSpec> LayoutSpecs(IEnumerable<LayoutElement> layout)
    {
        foreach (var element in layout)
        {
            switch (element)
            {
                case BlockRoleElement role when role.Match is { } match:
                    yield return match;
                    break;
                case BodyElement body:
                    foreach (var spec in new[] { body.Dateline, body.Subheading, body.Caption }.Concat(body.End))
                        if (spec is not null) yield return spec;
                    break;
                case BoilerplateElement { Related: { } related }:
                    if (related.After is { } after) yield return after;
                    yield return related.Separator;
                    foreach (var slot in related.Slots)
                    {
                        if (slot.Match is { } m) yield return m;
                        if (slot.Dateline is { } d) yield return d;
                    }
                    break;
                case SectionsElement sections:
                    foreach (var spec in LayoutSpecs(sections.Layout)) yield return spec;
                    break;
            }
        }
    }

    /// <summary>Reports undefined references, invalid capture names and unknown classes; adds every valid capture name to <paramref name="captures"/>.</summary>
    private void CheckNames(PatternSpec spec, List<(string Name, SourceLocation Location)> captures)
    {
        foreach (var node in PatternWalker.Descendants(spec.Root))
        {
            switch (node)
            {
                case ReferenceNode reference when !_scope.ContainsKey(reference.Name):
                    _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.UndefinedPattern,
                        $"`@{reference.Name}` is not defined: define it under `patterns:`, import a library that does, or use a built-in{NameSuggestion.Hint(reference.Name, _scope.Keys, "@")}",
                        spec.Locate(reference.Offset, reference.Name.Length + 1)));
                    break;
                case CaptureNode capture when !Yaml.Names.IsKebab(capture.Name) || GeneratedCodeNames.ReservedFieldMembers.Contains(Yaml.Names.Pascal(capture.Name)):
                    _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.InvalidName,
                        $"`{Yaml.Names.Shorten(capture.Name)}` is not a valid capture name: use lower-case words joined by hyphens (e.g. `{{first-name: …}}`), and not a name generated code already uses (to-string, equals, write-json…)",
                        spec.Locate(capture.Offset)));
                    break;
                case CaptureNode capture:
                    captures.Add((capture.Name, spec.Locate(capture.Offset)));
                    break;
                case ClassNode cls when !PatternParser.ClassNames.Contains(cls.Name):
                    var hint = _scope.ContainsKey(cls.Name)
                        ? $"; to use the pattern named `{cls.Name}`, write `@{cls.Name}`"
                        : NameSuggestion.Hint(cls.Name, PatternParser.ClassNames) + " (literals are quoted: 'text')";
                    _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.PatternSyntax,
                        $"`{cls.Name}` is not a character class{hint}", spec.Locate(cls.Offset, cls.Name.Length)));
                    break;
            }
        }
    }

    /// <summary>
    /// Names of one kind that become one C# name (<see cref="CSharpNameClashes"/>): the captures
    /// (slots and fields), the named patterns (match routines) and the custom roles (members of the
    /// article). Patterns and captures are those the other name checks see: the schema's own, used
    /// or not, and everything they reach.
    /// </summary>
    private void CheckCSharpNames(List<(string Name, SourceLocation Location)> captures, List<string> reachable)
    {
        _diagnostics.AddRange(CSharpNameClashes.Find("capture", _schema.Path, captures));
        var patterns = _schema.Patterns.Select(p => p.Name).Concat(reachable).Distinct(StringComparer.Ordinal).Select(n => _scope[n]);
        _diagnostics.AddRange(CSharpNameClashes.Find("pattern", _schema.Path, patterns.Select(p => (p.Name, p.NameLocation))));
        var roles = _schema.Layout.OfType<BlockRoleElement>().Where(r => r.Kind == BlockRoleKind.Custom);
        _diagnostics.AddRange(CSharpNameClashes.Find("role", _schema.Path, roles.Select(r => (r.Role, r.Location))));
    }

    private List<string> Reachable(IEnumerable<PatternSpec> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var stack = new Stack<PatternNode>(roots.Select(r => r.Root));
        while (stack.Count > 0)
        {
            foreach (var node in PatternWalker.Descendants(stack.Pop()))
            {
                if (node is ReferenceNode r && _scope.TryGetValue(r.Name, out var target) && seen.Add(r.Name))
                {
                    order.Add(r.Name);
                    stack.Push(target.Pattern.Root);
                }
            }
        }
        return order;
    }

    private void CheckCycles(IEnumerable<string> names)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        foreach (var name in names) Visit(name, new List<string>());

        void Visit(string name, List<string> path)
        {
            if (state.TryGetValue(name, out var s) && s == 2) return;
            state[name] = 1;
            path.Add(name);
            var pattern = _scope[name];
            foreach (var reference in PatternWalker.Descendants(pattern.Pattern.Root).OfType<ReferenceNode>())
            {
                if (!_scope.ContainsKey(reference.Name)) continue;
                if (state.TryGetValue(reference.Name, out var t) && t == 1)
                {
                    var cycle = path.Skip(path.IndexOf(reference.Name)).Concat(new[] { reference.Name }).Select(n => "@" + n);
                    _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.RecursivePattern,
                        $"pattern `{name}` refers to itself ({string.Join(" → ", cycle)}); patterns cannot be recursive — use repetition (`*`, `+`) instead",
                        pattern.Pattern.Locate(reference.Offset, reference.Name.Length + 1)));
                    continue;
                }
                Visit(reference.Name, path);
            }
            path.RemoveAt(path.Count - 1);
            state[name] = 2;
        }
    }

    private void CheckEmptyRepetitions(PatternSpec spec)
    {
        foreach (var node in PatternWalker.Descendants(spec.Root))
        {
            if (node is RepeatNode { Max: RepeatNode.Unbounded } repeat && PatternWalker.CanMatchEmpty(repeat.Body, _scopeNodes))
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.EmptyRepetition,
                    "this repetition's body can match nothing, so the repetition stops at once there; make the body consume at least one character",
                    spec.Locate(repeat.Offset)));
        }
    }

    private void CheckRoleCaptures(IEnumerable<LayoutElement> layout)
    {
        foreach (var element in layout)
        {
            switch (element)
            {
                case BlockRoleElement { Kind: BlockRoleKind.Caption, Match: { } match }:
                    CheckCaptures(match, CaptionCaptures, "a caption");
                    break;
                case BodyElement body:
                    if (body.Dateline is { } dateline) CheckCaptures(dateline, DatelineCaptures, "a dateline");
                    if (body.Caption is { } caption) CheckCaptures(caption, CaptionCaptures, "a caption");
                    break;
                case BoilerplateElement { Related: { } related }:
                    foreach (var slot in related.Slots)
                        if (slot.Dateline is { } d) CheckCaptures(d, DatelineCaptures, "a dateline");
                    break;
                case SectionsElement sections:
                    CheckRoleCaptures(sections.Layout);
                    break;
            }
        }
    }

    /// <summary>
    /// A custom role's property, and the class of its captures if it has captures, may not take
    /// the generated type's own name (CS0542). The type is the schema's <c>type:</c> or the
    /// default from its name, so the advice covers both.
    /// </summary>
    private void CheckMemberNames(IEnumerable<BlockRoleElement> customRoles)
    {
        foreach (var role in customRoles)
        {
            if (Yaml.Names.Pascal(role.Role) == _schema.TypeName)
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.InvalidName,
                    $"role `{role.Role}` would generate a property named like the type `{_schema.TypeName}`; rename the role or give the schema another `type:`", role.Location));
            else if (role.Fields.Count > 0 && GeneratedCodeNames.ValueClass(role.Role) == _schema.TypeName)
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.InvalidName,
                    $"role `{role.Role}` keeps its captures in a class `{_schema.TypeName}` (its C# name and `Value`), named like the type; rename the role or give the schema another `type:`", role.Location));
            else if (role.Fields.Select(f => f.Name).Prepend(role.Role).FirstOrDefault(n => GeneratedCodeNames.JsonNameField(n) == _schema.TypeName) is { } name)
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.InvalidName,
                    $"the generated type keeps the JSON name of `{name}` in a field `{_schema.TypeName}`, named like the type; give the schema another `type:`", role.Location));
        }
    }

    private void CheckCaptures(PatternSpec spec, string[] allowed, string what)
    {
        foreach (var name in CaptureShape.Of(spec.Root, _scopeNodes).Keys)
            if (!allowed.Contains(name))
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.CaptureNotAllowed,
                    $"capture `{name}` means nothing in {what}; its captures are {string.Join(", ", allowed.Select(a => "`" + a + "`"))}{NameSuggestion.Hint(name, allowed)}",
                    spec.Location));
    }

    /// <summary>Gives a custom role the fields its captures imply, checked against what <c>fields:</c> declares.</summary>
    private LayoutElement TypeFields(LayoutElement element)
    {
        if (element is not BlockRoleElement { Kind: BlockRoleKind.Custom, Match: { } match } role) return element;
        var shapes = CaptureShape.Of(match.Root, _scopeNodes);
        var fields = new List<FieldSpec>();
        foreach (var declared in role.Fields)
        {
            if (!shapes.ContainsKey(declared.Name))
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.FieldTypeMismatch,
                    $"field `{declared.Name}` is declared but `{role.Role}.match` has no capture `{{{declared.Name}: …}}`{NameSuggestion.Hint(declared.Name, shapes.Keys)}",
                    declared.Location));
        }
        // Declared fields first, in the order the schema lists them; then undeclared captures by name.
        var order = role.Fields.Select(f => f.Name).ToList();
        foreach (var pair in shapes.OrderBy(p => order.IndexOf(p.Key) is var i && i >= 0 ? i : int.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var declared = role.Fields.FirstOrDefault(f => f.Name == pair.Key);
            if (declared is null)
            {
                fields.Add(new FieldSpec(pair.Key, FieldType.Text, pair.Value.Many, !pair.Value.Required && !pair.Value.Many, null, role.Location));
                continue;
            }
            if (pair.Value.Many && !declared.IsList)
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.FieldTypeMismatch,
                    $"capture `{pair.Key}` can match more than once, so its field must be a list: `list<{TypeWord(declared.Type)}>`", declared.Location));
            else if (!pair.Value.Required && !declared.IsList && !declared.IsOptional)
                _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.FieldTypeMismatch,
                    $"capture `{pair.Key}` can be absent, so its field must be optional: `{TypeWord(declared.Type)}?`", declared.Location));
            fields.Add(declared);
        }
        foreach (var field in fields.Where(f => Yaml.Names.Pascal(f.Name) == GeneratedCodeNames.ValueClass(role.Role)))
            _diagnostics.Add(new SchemaDiagnostic(DiagnosticDescriptors.InvalidName,
                $"capture `{field.Name}` of role `{role.Role}` would generate a member named like its record `{GeneratedCodeNames.ValueClass(role.Role)}`; rename the capture",
                field.Location == role.Location ? match.Location : field.Location));
        return role with { Fields = fields.ToEquatableArray() };
    }

    private static string TypeWord(FieldType type) => type switch
    {
        FieldType.Int => "int",
        FieldType.Month => "month",
        _ => "text",
    };
}
