using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Json;

/// <summary>
/// Where <see cref="ArticleJsonWriter"/> writes an article: a <see cref="Utf8JsonWriter"/>
/// (<see cref="WriterSink"/>), or bytes of compact JSON written straight into a buffer
/// (<see cref="CompactSink"/>). Implemented by structs only, so that the writer's generic methods
/// are compiled once per sink with direct calls.
/// </summary>
internal interface IJsonSink
{
    /// <summary><c>{</c> as a value.</summary>
    void StartObject();

    /// <summary><c>"name":{</c>.</summary>
    void StartObject(JsonName name);

    /// <summary><c>}</c>.</summary>
    void EndObject();

    /// <summary><c>"name":[</c>.</summary>
    void StartArray(JsonName name);

    /// <summary><c>]</c>.</summary>
    void EndArray();

    /// <summary><c>"name":"value"</c>, or <c>"name":null</c> for a null value.</summary>
    void String(JsonName name, string? value);

    /// <summary><c>"name":"value"</c> with the value encoded beforehand.</summary>
    void String(JsonName name, JsonEncodedText value);

    /// <summary><c>"value"</c> as an array element, or <c>null</c>.</summary>
    void StringValue(string? value);

    /// <summary><c>"name":"value"</c> from a value's characters (its string need not be made).</summary>
    void String(JsonName name, ReadOnlySpan<char> value);

    /// <summary><c>"value"</c> as an array element, from a value's characters.</summary>
    void StringValue(ReadOnlySpan<char> value);

    /// <summary><c>"name":number</c>.</summary>
    void Number(JsonName name, int value);

    /// <summary><c>"name":null</c>.</summary>
    void Null(JsonName name);

    /// <summary>The members a generated article adds (<see cref="Article.WriteCustomMembers"/>); none for a sink only given articles without them.</summary>
    void CustomMembers(Article article);

    /// <summary>Where the next member starts, for <see cref="Repeat"/>; -1 when this sink cannot repeat.</summary>
    int Mark();

    /// <summary>
    /// Writes again the members written between two <see cref="Mark"/>s, where the same members
    /// stand in the same place after a value; false (nothing written) when this sink cannot.
    /// </summary>
    bool Repeat(int start, int end);
}
