using System;
using System.Collections.Generic;
using System.Linq;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Model;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Validation;

/// <summary>
/// Names that differ in a schema but become one C# name. <see cref="Names.Pascal"/> drops the
/// hyphens, and a digit has no capital to mark where a word began, so <c>a-1</c> and <c>a1</c> are
/// both <c>A1</c> (and <c>a-1b</c> and <c>a1b</c> both <c>A1b</c>); names are kebab-case, so this
/// is the only way two names of one kind meet. Two names of one kind share one scope in generated
/// code (the capture slots, the match routines, the article's members): both would declare the
/// same member, an error in code the user cannot edit. Custom roles have two kinds of member there,
/// which meet another way: role <c>a</c>'s captures are kept in a class <c>AValue</c>, the C# name
/// of role <c>a-value</c>.
/// </summary>
internal static class CSharpNameClashes
{
    /// <summary>
    /// An error at the first use of each name whose C# name an earlier name already has. Earlier
    /// means in another file (a library or the built-ins, which the schema cannot rename), then the
    /// schema's own file, each in the order of the text.
    /// </summary>
    public static IEnumerable<SchemaDiagnostic> Find(string kind, string schemaPath, IEnumerable<(string Name, SourceLocation Location)> uses)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var ordered = uses
            .OrderBy(u => u.Location.Path == schemaPath)
            .ThenBy(u => u.Location.Path, StringComparer.Ordinal)
            .ThenBy(u => u.Location.Offset);
        foreach (var (name, location) in ordered)
        {
            var csharp = Names.Pascal(name);
            if (!owners.TryGetValue(csharp, out var owner))
                owners[csharp] = name;
            else if (owner != name && reported.Add(name))
                yield return new SchemaDiagnostic(DiagnosticDescriptors.DuplicateName,
                    $"{kind} `{name}` becomes `{csharp}` in C#, as {kind} `{owner}` does, so the generated code would declare `{csharp}` twice; rename one of them (C# names drop the hyphens)",
                    location);
        }
    }

    /// <summary>
    /// An error at the later of two custom roles (in the order of the text) where one's property
    /// has the name of the class that keeps the other's captures: C# name and <c>Value</c>. Only a
    /// role with fields has that class, so <paramref name="customRoles"/> are typed (their
    /// <see cref="BlockRoleElement.Fields"/> known).
    /// </summary>
    public static IEnumerable<SchemaDiagnostic> FindValueClasses(IReadOnlyList<BlockRoleElement> customRoles)
    {
        foreach (var valueRole in customRoles.Where(r => r.Fields.Count > 0))
        {
            var csharp = GeneratedCodeNames.ValueClass(valueRole.Role);
            foreach (var propertyRole in customRoles.Where(r => Names.Pascal(r.Role) == csharp))
            {
                yield return propertyRole.Location.Offset > valueRole.Location.Offset
                    ? new SchemaDiagnostic(DiagnosticDescriptors.DuplicateName,
                        $"role `{propertyRole.Role}` becomes `{csharp}` in C#, the class in which role `{valueRole.Role}` keeps its captures (its C# name and `Value`), so the generated code would declare `{csharp}` twice; rename one of them",
                        propertyRole.Location)
                    : new SchemaDiagnostic(DiagnosticDescriptors.DuplicateName,
                        $"role `{valueRole.Role}` keeps its captures in a class `{csharp}` (its C# name and `Value`), which is what role `{propertyRole.Role}` becomes in C#, so the generated code would declare `{csharp}` twice; rename one of them",
                        valueRole.Location);
            }
        }
    }
}
