namespace DocSchema.Generator.Emit;

/// <summary>
/// The names generated code gives the base library's types: from <c>global::</c>, for the reason
/// <see cref="RuntimeTypes"/> gives (a user's <c>List</c> or <c>StringComparison</c> beside the
/// generated code must not be found instead). Extension methods are called as the static methods
/// they are: without <c>using System;</c> C# does not find them.
/// </summary>
internal static class SystemTypes
{
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string StringComparison = "global::System.StringComparison";

    /// <summary>Holds <c>AsSpan</c> and <c>IndexOfAny</c>, called as static methods.</summary>
    public const string MemoryExtensions = "global::System.MemoryExtensions";

    /// <summary>Generic: <c>List&lt;T&gt;</c>.</summary>
    public const string List = "global::System.Collections.Generic.List";

    /// <summary>Generic: <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>Generic, <c>SearchValues&lt;T&gt;</c>, and the static class of the same name with <c>Create</c>.</summary>
    public const string SearchValues = "global::System.Buffers.SearchValues";

    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";

    /// <summary>The attribute every generated type carries (named without its <c>Attribute</c> suffix).</summary>
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";

    /// <summary>The <c>MethodImpl</c> attribute and its options, for routines the compiler is asked to inline.</summary>
    public const string MethodImpl = "global::System.Runtime.CompilerServices.MethodImpl";

    /// <summary>See <see cref="MethodImpl"/>.</summary>
    public const string MethodImplOptions = "global::System.Runtime.CompilerServices.MethodImplOptions";
}
