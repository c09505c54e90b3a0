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
/// is the only way two of them meet. Two names of one kind share one scope in generated code (the
/// capture slots, the match routines, the article's members): both would declare the same member,
/// an error in code the user cannot edit.
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
}
