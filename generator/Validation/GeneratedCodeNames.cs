using System.Linq;
using DocSchema.Generator.Yaml;

namespace DocSchema.Generator.Validation;

/// <summary>
/// C# names the generated code already has, which a name from a schema must not take: each
/// would be a C# error in a file the user cannot edit, so the schema is reported instead. Kept by
/// hand beside what <see cref="Emit.ArticleEmitter"/> and <see cref="Emit.PatternEmitter"/> write:
/// a name the emitters start to use belongs here (<c>GeneratedNameTests</c> compiles schemas that
/// take such names).
/// </summary>
internal static class GeneratedCodeNames
{
    /// <summary>
    /// Members the generated article type declares (some only when the schema needs them): its
    /// <c>type:</c> may not be one of them, as no member may be named like its type (CS0542).
    /// Inherited members may be, so the base class's members are not here.
    /// </summary>
    public static readonly string[] ArticleMembers = { "Name", "Description", "SchemaName", "Parse", "Score", "ReadRelated", "WriteCustomMembers", "Patterns" };

    /// <summary>
    /// Types whose static members the generated article calls by their simple name. A member of
    /// the article named like one (a custom role's property) is found first by every piece of the
    /// article's code, its nested classes included, and the call fails (CS0120).
    /// </summary>
    public static readonly string[] CalledTypes =
    {
        "ArgumentNullException", "ArticleJsonWriter", "BlockMode", "BlockSplitter", "CaptureValues", "CharClass",
        "SectionSplitter", "Script", "SourceText", "StringComparison", "TextSpan",
    };

    /// <summary>The members every class inherits from <c>object</c>.</summary>
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// Names a capture may not have in C#: it is a property of the class that keeps a custom role's
    /// captures, which declares <c>WriteJson</c>, inherits <c>object</c>'s members, and calls
    /// <c>ArticleJsonWriter</c> and <c>CaptureValues</c> by their simple names.
    /// </summary>
    public static readonly string[] ReservedFieldMembers =
        new[] { "WriteJson", "ArticleJsonWriter", "CaptureValues" }.Concat(ObjectMembers).ToArray();

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
    /// Every type the generated code names by its simple name, but generic ones (told apart by
    /// their type arguments). A type named like one, nested in the article (the class of a custom
    /// role's captures) or in the article's namespace (a <c>type:</c>), is found before it.
    /// </summary>
    public static readonly string[] NamedTypes = CalledTypes
        .Concat(new[] { "Article", "ArticleBuilder", "BlockCursor", "Dateline", "ParseContext", "TextValue", "Utf8JsonWriter" })
        .ToArray();
}
