using System.Linq;
using System.Reflection;
using DocSchema.Generator.Emit;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Validation;

/// <summary>
/// C# names the generated code already has, which a name from a schema must not take: each
/// would be a C# error in a file the user cannot edit, so the schema is reported instead. Kept by
/// hand beside what <see cref="Emit.ArticleEmitter"/> and <see cref="Emit.PatternEmitter"/> write:
/// a name the emitters start to use belongs here (<c>GeneratedNameTests</c> compiles schemas that
/// take such names). The simple names of the runtime's and the base library's types are not here:
/// the generated code names those from <c>global::</c> (<see cref="RuntimeTypes"/>), which no name
/// of the schema's or the user's can hide; only their full names are (<see cref="QualifiedTypes"/>).
/// </summary>
internal static class GeneratedCodeNames
{
    /// <summary>
    /// Members the generated article type declares (some only when the schema needs them): its
    /// <c>type:</c> may not be one of them, as no member may be named like its type (CS0542).
    /// Inherited members may be, so the base class's members are not here.
    /// </summary>
    public static readonly string[] ArticleMembers = { "Name", "Description", "SchemaName", "Parse", "Score", "MaxScore", "ReadRelated", "WriteCustomMembers", "Patterns", DetectLiteralsField };

    /// <summary>
    /// The static field of the generated type that holds the texts of two or more <c>contains</c>
    /// detect signals, looked for in one pass (a runtime <c>DetectLiterals</c>).
    /// </summary>
    public const string DetectLiteralsField = "s_detectLiterals";

    /// <summary>The members every class inherits from <c>object</c>.</summary>
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// Names a capture may not have in C#: it is a property of the class that keeps a custom role's
    /// captures, which declares <c>WriteJson</c> and inherits <c>object</c>'s members.
    /// </summary>
    public static readonly string[] ReservedFieldMembers = new[] { "WriteJson" }.Concat(ObjectMembers).ToArray();

    /// <summary>
    /// Names a custom role may not have in C# (its property's): the members the article declares,
    /// those it inherits from <c>Article</c> and <c>object</c> (a property that hides one is
    /// CS0108, an error where warnings are), and the JSON members of the article contract
    /// (<c>schema</c>, <c>paragraph</c>, <c>subheading</c>…), which a role's JSON member would meet.
    /// </summary>
    public static readonly string[] ReservedRoleMembers = ArticleMembers
        .Concat(new[]
        {
            "Schema", "Source", "Language", "Dateline", "Captions", "Subheadings", "Subheading", "Paragraphs", "Paragraph",
            "Quotes", "Speakers", "Related", "Alignment", "Diagnostics", "StepsUsed", "WriteJson", "ToJson",
        })
        .Concat(ObjectMembers)
        .ToArray();

    /// <summary>
    /// The class, nested in the article, that keeps the captures of custom role
    /// <paramref name="role"/>: its C# name and <c>Value</c> (<c>kicker</c> → <c>KickerValue</c>).
    /// Only a role with captures has one.
    /// </summary>
    public static string ValueClass(string role) => Names.Pascal(role) + "Value";

    /// <summary>
    /// The static field of the generated type that holds the encoded JSON name of a custom role or
    /// of a field of one (<c>room-number</c> → <c>s_json_roomNumber</c>), so that writing an
    /// article does not encode it again. Kebab-case names give no underscore in C#, so no role's
    /// property takes such a name; a <c>type:</c> may, and is refused then (DS0008).
    /// </summary>
    public static string JsonNameField(string kebab) => "s_json_" + Names.Camel(kebab);

    /// <summary>
    /// The full names of the types the generated code names (those of <see cref="RuntimeTypes"/>
    /// and <see cref="SystemTypes"/>, without <c>global::</c>). Only a type declared with one of
    /// these very names is found instead of the runtime's (CS0436): a <c>type:</c> in the
    /// namespace of the runtime's type of the same name (<c>DocSchema.Runtime.Articles.Article</c>).
    /// </summary>
    // Each GetFields on its own typeof, so a trimming build (the CLI's native build runs the
    // generator for check and generate) sees which fields are read and keeps them.
    public static readonly string[] QualifiedTypes = typeof(RuntimeTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Concat(typeof(SystemTypes).GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral)
        .Select(f => ((string)f.GetRawConstantValue()).Substring("global::".Length))
        .ToArray();
}
