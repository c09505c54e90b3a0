namespace DocSchema.Generator.Emit;

/// <summary>
/// The names generated code gives the runtime's types: fully qualified from <c>global::</c>.
/// Generated code lives in a namespace the user chose, beside the user's own types, and C# finds
/// a type declared there (or in any namespace around it) before one a <c>using</c> brings: with
/// short names, a user's own <c>Article</c> or <c>Script</c> class would be bound instead and the
/// generated file would not compile. A name from <c>global::</c> cannot be hidden, so the
/// generated files have no <c>using</c> directives and name every type through here
/// (<see cref="SystemTypes"/> for the base library's).
/// </summary>
internal static class RuntimeTypes
{
    private const string Runtime = "global::DocSchema.Runtime.";

    public const string Article = Runtime + "Articles.Article";
    public const string ArticleBuilder = Runtime + "Articles.ArticleBuilder";
    public const string BlockCursor = Runtime + "Blocks.BlockCursor";
    public const string BlockMode = Runtime + "Blocks.BlockMode";
    public const string BlockSplitter = Runtime + "Blocks.BlockSplitter";
    public const string SectionSplitter = Runtime + "Blocks.SectionSplitter";
    public const string Dateline = Runtime + "Datelines.Dateline";
    public const string ArticleJsonWriter = Runtime + "Json.ArticleJsonWriter";
    public const string Script = Runtime + "Languages.Script";
    public const string CaptureValues = Runtime + "Patterns.CaptureValues";
    public const string CharClass = Runtime + "Patterns.CharClass";
    public const string ParseContext = Runtime + "Patterns.ParseContext";
    public const string DetectLiterals = Runtime + "Registry.DetectLiterals";
    public const string SchemaInfo = Runtime + "Registry.SchemaInfo";

    /// <summary>Generic: <c>ParseResult&lt;T&gt;</c>.</summary>
    public const string ParseResult = Runtime + "Results.ParseResult";

    public const string SourceText = Runtime + "Text.SourceText";
    public const string TextSpan = Runtime + "Text.TextSpan";
    public const string TextValue = Runtime + "Text.TextValue";
}
