using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Json;

/// <summary>An article written through a <see cref="Utf8JsonWriter"/>, with its options (indentation, encoder, checks).</summary>
internal readonly struct WriterSink(Utf8JsonWriter writer) : IJsonSink
{
    public void StartObject() => writer.WriteStartObject();

    public void StartObject(JsonName name) => writer.WriteStartObject(name.Encoded);

    public void EndObject() => writer.WriteEndObject();

    public void StartArray(JsonName name) => writer.WriteStartArray(name.Encoded);

    public void EndArray() => writer.WriteEndArray();

    public void String(JsonName name, string? value) => writer.WriteString(name.Encoded, value);

    public void String(JsonName name, JsonEncodedText value) => writer.WriteString(name.Encoded, value);

    public void StringValue(string? value) => writer.WriteStringValue(value);

    public void String(JsonName name, ReadOnlySpan<char> value) => writer.WriteString(name.Encoded, value);

    public void StringValue(ReadOnlySpan<char> value) => writer.WriteStringValue(value);

    public void Number(JsonName name, int value) => writer.WriteNumber(name.Encoded, value);

    public void Null(JsonName name) => writer.WriteNull(name.Encoded);

    public void CustomMembers(Article article) => article.WriteCustomMembers(writer);

    public int Mark() => -1;

    public bool Repeat(int start, int end) => false;
}
