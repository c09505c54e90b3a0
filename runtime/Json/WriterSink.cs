using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Json;

/// <summary>An article written through a <see cref="Utf8JsonWriter"/>, with its options (indentation, encoder, checks).</summary>
internal readonly struct WriterSink(Utf8JsonWriter writer) : IJsonSink
{
    public void StartObject() => writer.WriteStartObject();

    public void StartObject(JsonEncodedText name) => writer.WriteStartObject(name);

    public void EndObject() => writer.WriteEndObject();

    public void StartArray(JsonEncodedText name) => writer.WriteStartArray(name);

    public void EndArray() => writer.WriteEndArray();

    public void String(JsonEncodedText name, string? value) => writer.WriteString(name, value);

    public void String(JsonEncodedText name, JsonEncodedText value) => writer.WriteString(name, value);

    public void StringValue(string? value) => writer.WriteStringValue(value);

    public void Number(JsonEncodedText name, int value) => writer.WriteNumber(name, value);

    public void Null(JsonEncodedText name) => writer.WriteNull(name);

    public void CustomMembers(Article article) => article.WriteCustomMembers(writer);

    public int Mark() => -1;

    public bool Repeat(int start, int end) => false;
}
