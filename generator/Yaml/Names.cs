using System.Linq;
using System.Text;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Validation;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace DocSchema.Generator.Yaml;

/// <summary>
/// Name rules. Every name that reaches generated code is checked here, so a schema can never
/// put code into the generated file through a name: schema and role names are kebab-case, type
/// names and namespaces are C# identifiers that are not keywords.
/// </summary>
internal static class Names
{
    /// <summary><c>oriental-daily</c>: lower-case letters and digits in words joined by single hyphens.</summary>
    public static bool IsKebab(string name)
    {
        if (name.Length == 0 || name.Length > 100 || !IsLowerAscii(name[0])) return false;
        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '-' && name[i - 1] != '-' && i != name.Length - 1) continue;
            if (!IsLowerAscii(c) && !(c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private static bool IsLowerAscii(char c) => c >= 'a' && c <= 'z';

    /// <summary>
    /// <c>oriental-daily</c> → <c>OrientalDaily</c>. Not one-to-one: <c>a-1</c> and <c>a1</c> are
    /// both <c>A1</c>, which <see cref="Validation.CSharpNameClashes"/> reports.
    /// </summary>
    public static string Pascal(string kebab)
    {
        var builder = new StringBuilder(kebab.Length);
        foreach (var part in kebab.Split(new[] { '-', '_' }, System.StringSplitOptions.RemoveEmptyEntries))
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1));
        return builder.ToString();
    }

    /// <summary><c>before-paragraph</c> → <c>beforeParagraph</c> (JSON member names).</summary>
    public static string Camel(string kebab)
    {
        var pascal = Pascal(kebab);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !name.StartsWith("@", System.StringComparison.Ordinal);

    public static string? CheckSchemaName(YamlNodeReader reader, string name, YamlNode node)
    {
        if (IsKebab(name)) return name;
        reader.Report(DiagnosticDescriptors.InvalidName,
            $"`{Shorten(name)}` is not a valid name: use lower-case letters and digits joined by hyphens, e.g. `my-source`", node);
        return null;
    }

    public static string? CheckPatternName(YamlNodeReader reader, string name, YamlNode node)
    {
        if (IsKebab(name)) return name;
        reader.Report(DiagnosticDescriptors.InvalidName,
            $"`{Shorten(name)}` is not a valid pattern name: use lower-case letters and digits joined by hyphens, e.g. `zh-caption`", node);
        return null;
    }

    public static string? CheckTypeName(YamlNodeReader reader, string name, YamlNode node)
    {
        if (!IsIdentifier(name))
        {
            reader.Report(DiagnosticDescriptors.InvalidName,
                $"`{Shorten(name)}` is not a valid C# type name: use letters, digits and underscores, not starting with a digit, and not a C# keyword", node);
            return null;
        }
        if (GeneratedCodeNames.ArticleMembers.Contains(name))
        {
            reader.Report(DiagnosticDescriptors.InvalidName,
                $"`{name}` is a member the generated type declares, and a type may not be named like its own member; choose another `type:` (not {string.Join(", ", GeneratedCodeNames.ArticleMembers.Select(m => "`" + m + "`"))})", node);
            return null;
        }
        return name;
    }

    public static string? CheckNamespace(YamlNodeReader reader, string name, YamlNode node)
    {
        if (NamespaceProblem(name) is not { } problem) return name;
        reader.Report(DiagnosticDescriptors.InvalidName, problem, node);
        return null;
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be the namespace of generated code, or null when it can:
    /// it must be identifiers joined by dots. Any part may be named like a type the generated code
    /// uses (<c>News.Article</c>): that code names its types from <c>global::</c>, which no
    /// namespace around it can hide.
    /// </summary>
    public static string? NamespaceProblem(string name) =>
        name.Split('.').All(IsIdentifier)
            ? null
            : $"`{Shorten(name)}` is not a valid C# namespace: use identifiers joined by dots, e.g. `MyCompany.News`";

    /// <summary>A name as shown in a message: never longer than a line, never with line breaks.</summary>
    public static string Shorten(string name)
    {
        var oneLine = new string(name.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray());
        return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
    }
}
